package io.camelqonto.component;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated metadata tooling reads: the component JSON, the URI factory, and the header list. */
class QontoMetadataTest extends CamelTestSupport {

    /** The generator writes the JSON under META-INF and the package of the component class. */
    private static final String COMPONENT_JSON = "/META-INF/io/camelqonto/component/qonto.json";
    private static final String[] SECRETS
            = { "secretKey", "clientSecret", "accessToken", "refreshToken", "stagingToken" };

    @Test
    void theComponentJsonDescribesEveryOptionAndMarksTheSecrets() throws Exception {
        JsonNode json;
        try (InputStream in = QontoComponent.class.getResourceAsStream(COMPONENT_JSON)) {
            assertThat(in).as(COMPONENT_JSON + " on the classpath").isNotNull();
            json = new ObjectMapper().readTree(in);
        }

        assertThat(json.at("/component/scheme").asText()).isEqualTo("qonto");
        assertThat(json.at("/component/syntax").asText()).isEqualTo("qonto:resource");
        assertThat(json.at("/component/firstVersion").asText()).isEqualTo("0.1.0");
        assertThat(json.at("/component/label").asText()).isEqualTo("finance,api");
        JsonNode properties = json.get("properties");
        assertThat(properties.fieldNames()).toIterable().contains("resource", "operation", "environment", "login",
                "secretKey", "clientId", "clientSecret", "refreshToken", "tokenFile", "scaMode", "perPage", "maxPages",
                "status", "requestType", "createdAtFrom", "bankAccountId", "debitIban", "declinedNote", "query",
                "outputType", "idempotencyKeyExpression",
                "acceptedMatchResults", "stateRepository", "stateKey", "startFrom", "cursorField");
        for (String secret : SECRETS) {
            assertThat(properties.at("/" + secret + "/secret").asBoolean()).as(secret).isTrue();
            assertThat(properties.at("/" + secret + "/group").asText()).as(secret).isEqualTo("security");
            assertThat(json.at("/componentProperties/" + secret + "/secret").asBoolean()).as(secret).isTrue();
        }
        assertThat(properties.at("/login/secret").asBoolean()).isFalse();
        assertThat(properties.at("/scaMode/enum")).extracting(JsonNode::asText).containsExactly("fail", "wait", "mock");
        assertThat(properties.at("/scaMode/defaultValue").asText()).isEqualTo("fail");
        assertThat(properties.at("/resource/enum")).extracting(JsonNode::asText).contains("requests", "sepaTransfer");
        // filters and inputs come from the catalog rows, with the values Qonto documents for tooling to check
        assertThat(properties.at("/status/enum")).extracting(JsonNode::asText)
                .contains("pending", "approved", "declined", "canceled", "completed", "settled", "validated");
        assertThat(properties.at("/side/enum")).extracting(JsonNode::asText).containsExactly("credit", "debit");
        assertThat(properties.at("/status/group").asText()).isEqualTo("filter");
        assertThat(properties.at("/declinedNote/group").asText()).isEqualTo("producer");
        assertThat(properties.at("/bankAccountId/enum").isMissingNode()).isTrue();
        assertThat(properties.at("/operation/enum")).extracting(JsonNode::asText)
                .contains("list", "get", "create", "approve", "decline");
        properties.fields().forEachRemaining(option -> assertThat(option.getValue().get("description").asText())
                .as("description of " + option.getKey()).isNotBlank());
        assertThat(json.get("headers").fieldNames()).toIterable().allMatch(name -> name.startsWith("CamelQonto"))
                .contains(QontoConstants.OPERATION, QontoConstants.ID, QontoConstants.IDEMPOTENCY_KEY,
                        QontoConstants.SCA_SESSION_TOKEN, QontoConstants.CURSOR);
    }

    @Test
    void theUriFactoryBuildsUrisAndKnowsTheSecrets() throws Exception {
        EndpointUriFactory factory = PluginHelper.getUriFactoryResolver(context).resolveFactory("qonto", context);

        assertThat(factory).isNotNull();
        assertThat(factory.isEnabled("qonto")).isTrue();
        assertThat(factory.secretPropertyNames()).contains(SECRETS);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("resource", "requests");
        options.put("status", "pending");
        options.put("requestType", "transfer");
        assertThat(factory.buildUri("qonto", options))
                .isEqualTo("qonto:requests?requestType=transfer&status=pending");
    }
}
