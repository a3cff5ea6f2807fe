package io.camelqonto.examples.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.examples.flows.DemoEmulator;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The application's Actuator, over HTTP as an orchestrator or an operator calls it, in demo mode with the approvals
 * route (a consumer of pending requests and producers that approve or decline them): UP while the emulator answers,
 * DOWN with the reason while it refuses the credentials and when it cannot be reached, and never a secret or a full
 * IBAN. The tests run in order: the last one stops the emulator.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "example.demo.sample-payments=false",
    "example.poll-delay=200",
    "camel.main.routes-include-pattern=classpath:camel/approvals.xml",
    // the producer checks ask Qonto again after a fifth of a second rather than a minute
    "camel.component.qonto.health-check-probe-interval=200"
})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActuatorMonitoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QONTO_REASON = "qonto.reason";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path workDir;

    @DynamicPropertySource
    static void workDir(DynamicPropertyRegistry registry) {
        registry.add("example.work-dir", workDir::toString);
    }

    @Autowired
    DemoEmulator demo;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    private record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** Asks /actuator/health until the answer fits, for at most 20 seconds. */
    private Answer awaitHealth(String what, Predicate<Answer> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Answer last = null;
        while (System.nanoTime() - deadline < 0) {
            last = get("/actuator/health");
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        return fail("Timed out waiting for " + what + "; last answer: " + last);
    }

    /** Camel's checks as Actuator shows them: each check's state under its id, its details under id.data. */
    private static JsonNode camelChecks(Answer health) throws IOException {
        return health.json().path("components").path("camelHealth").path("details");
    }

    /** The ids of the route's consumer check and of the producer checks of its qonto endpoints. */
    private static List<String> qontoCheckIds(JsonNode checks) {
        List<String> ids = new ArrayList<>();
        checks.fieldNames().forEachRemaining(name -> {
            if (name.equals("consumer:approvals") || name.startsWith("producer:qonto-") && !name.endsWith(".data")) {
                ids.add(name);
            }
        });
        return ids;
    }

    /** Whether the consumer and both producer checks are in this state, for this reason ("" for none). */
    private static boolean qontoChecks(Answer health, String state, String reason) {
        try {
            JsonNode checks = camelChecks(health);
            List<String> ids = qontoCheckIds(checks);
            return ids.size() == 3 && ids.stream().allMatch(id -> state.equals(checks.path(id).asText())
                    && reason.equals(checks.path(id + ".data").path(QONTO_REASON).asText("")));
        } catch (IOException e) {
            return false;
        }
    }

    private void assertNoSecret(Answer answer) {
        String iban = (String) demo.emulator().store().bankAccounts().get(0).get("iban");
        assertThat(answer.body()).doesNotContain(
                environment.getRequiredProperty("camel.component.qonto.client-secret"),
                environment.getRequiredProperty("camel.component.qonto.refresh-token"),
                iban);
    }

    @Test
    @Order(1)
    void upWhileQontoAnswersWithAProducerCheckForEachQontoEndpointOfTheRoute() throws Exception {
        Answer health = awaitHealth("UP", answer -> answer.status() == 200 && qontoChecks(answer, "UP", ""));

        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(qontoCheckIds(camelChecks(health))).as("the consumer, approve and decline")
                .contains("consumer:approvals").hasSize(3);
        assertNoSecret(health);

        Answer requests = get("/actuator/metrics/qonto.requests?tag=operation:list_requests&tag=status:200");
        assertThat(requests.status()).isEqualTo(200);
        assertThat(requests.json().path("measurements").get(0).path("value").asDouble()).isPositive();
        Answer console = get("/actuator/camel/qonto");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.body()).contains("\"routeId\":\"approvals\"").contains("\"authentication\":\"oauth\"");
        assertNoSecret(console);
    }

    @Test
    @Order(2)
    void downWithTheReasonWhileQontoRefusesTheCredentials() throws Exception {
        demo.emulator().faults().inject(FaultRule.builder().path("/v2/").status(401).rate(1.0).build());

        Answer health = awaitHealth("DOWN for 401", answer -> answer.status() == 503
                && qontoChecks(answer, "DOWN", "unauthorized"));

        assertThat(health.json().path("status").asText()).isEqualTo("DOWN");
        assertThat(camelChecks(health).path("consumer:approvals.data").path("qonto.message").asText())
                .contains("refused the credentials");
        assertNoSecret(health);

        demo.emulator().faults().clear();
        awaitHealth("UP again", answer -> answer.status() == 200 && qontoChecks(answer, "UP", ""));
    }

    @Test
    @Order(3)
    void downWithTheReasonWhenQontoCannotBeReached() throws Exception {
        demo.emulator().stop();

        Answer health = awaitHealth("DOWN for no connection", answer -> answer.status() == 503
                && qontoChecks(answer, "DOWN", "unreachable"));

        assertThat(camelChecks(health).path("consumer:approvals.data").path("qonto.message").asText())
                .contains("cannot be reached");
        assertNoSecret(health);
    }
}
