package io.camelqonto.kamelets;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Pipe and the YAML route of the README run as the README says. */
class KameletExamplesTest extends KameletTestSupport {

    private static final String NOTE = "We do not use flash cards: please ask for a virtual card instead.";

    @TempDir
    static Path work;

    // set while CamelTestSupport's constructor asks for the properties, hence no initializers
    private Path inbox;
    private String refreshToken;

    /** As the README has it: credentials on the component, only what is not secret given to the kamelets. */
    @Override
    protected void kameletProperties(Properties properties) {
        refreshToken = emulator().oauth().issueTokens(ALL_SCOPES).refreshToken();
        // the Pipe keeps the default delay of a minute; the first poll comes after a second either way
        properties.put("camel.kamelet.qonto-requests-source.delay", "200");
        properties.put("camel.kamelet.qonto-request-action.declinedNote", NOTE);
        inbox = work.resolve("inbox-" + UUID.randomUUID());
        properties.put("payments.inbox", inbox.toString());
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        useOAuthOnTheComponent(context, refreshToken);
        return context;
    }

    @Test
    void thePipeDeclinesEveryPendingFlashCardRequestWithItsNote() throws Exception {
        List<String> flashCards = ids(requests("pending", "flash_card"));
        List<String> transfers = ids(requests("pending", "transfer"));
        assertThat(flashCards).isNotEmpty();

        load("decline-flash-card-requests.pipe.yaml");

        await("the flash card requests declined", Duration.ofSeconds(15),
                () -> flashCards.stream().allMatch(id -> "declined".equals(request(id).get("status"))));
        String added = emulator().store().addRequest(Map.of("request_type", "flash_card"));
        await("the new flash card request declined", Duration.ofSeconds(15),
                () -> "declined".equals(request(added).get("status")));
        assertThat(flashCards).allSatisfy(id -> assertThat(request(id).get("declined_note"))
                .isEqualTo(NOTE));
        assertThat(transfers).allSatisfy(id -> assertThat(request(id).get("status")).isEqualTo("pending"));
    }

    @Test
    void theRoutePaysEachTransferFileOnceEvenWhenItIsDroppedAgain() throws Exception {
        String transfer = "{\"bank_account_id\": \"" + mainAccountId() + "\", \"beneficiary_id\": \""
                          + trustedBeneficiaryId() + "\", \"amount\": \"980.00\", \"reference\": \"Invoice 2025-118\"}";
        load("pay-transfer-files.camel.yaml");

        drop("invoice-2025-118.json", transfer);
        await("the file paid", Duration.ofSeconds(15), () -> Files.exists(inbox.resolve(".done/invoice-2025-118.json")));
        drop("invoice-2025-118.json", transfer);
        await("the file dropped again processed", Duration.ofSeconds(15),
                () -> apiCalls("POST", "/v2/sepa/transfers").size() == 2 && !Files.exists(
                        inbox.resolve("invoice-2025-118.json")));

        assertThat(emulator().store().sepaTransfers()).filteredOn(t -> "Invoice 2025-118".equals(t.get("reference")))
                .singleElement().satisfies(t -> assertThat(t.get("beneficiary_id")).isEqualTo(trustedBeneficiaryId()));
        String key = UUID.nameUUIDFromBytes("invoice-2025-118.json".getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(apiCalls("POST", "/v2/sepa/transfers"))
                .allSatisfy(post -> assertThat(post.header("X-Qonto-Idempotency-Key")).hasValue(key));
        assertThat(inbox.resolve(".failed")).doesNotExist();
    }

    @Test
    void theReadmeShowsThesePipeAndRoute() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String example : List.of("decline-flash-card-requests.pipe.yaml", "pay-transfer-files.camel.yaml")) {
            String content = Files.readString(Path.of("src/test/resources/examples", example));
            assertThat(readme).as(example).contains("```yaml\n" + content + "```");
        }
    }

    private void load(String example) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:examples/" + example));
    }

    private void drop(String name, String content) throws Exception {
        Files.createDirectories(inbox);
        Path partial = Files.writeString(work.resolve(name + ".part"), content);
        Files.move(partial, inbox.resolve(name));
    }

    private static Map<String, Object> request(String id) {
        return emulator().store().request(id).orElseThrow();
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("id")).toList();
    }
}
