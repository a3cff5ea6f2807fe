package io.camelqonto.component;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import io.camelqonto.model.ApprovalRequest;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented approval route, written in YAML and in XML, runs as documented. */
class QontoDslRoutesTest extends QontoTestSupport {

    private static String supplier;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        // a creditor of some seeded pending transfer requests, the "known supplier" of the route
        supplier = (String) pendingTransfers().get(0).get("creditor_name");
        Properties properties = new Properties();
        properties.put("suppliers", supplier);
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "approve-known-suppliers.camel.yaml", "approve-known-suppliers.camel.xml" })
    void approvesThePendingRequestsOfKnownSuppliers(String file) throws Exception {
        List<String> expected = pendingTransfers().stream().filter(r -> supplier.equals(r.get("creditor_name")))
                .map(r -> (String) r.get("id")).collect(Collectors.toList());
        MockEndpoint approved = getMockEndpoint("mock:approved");
        approved.expectedMessageCount(expected.size());

        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/" + file));

        approved.assertIsSatisfied(15_000);
        assertThat(approved.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(ApprovalRequest.class))
                .allSatisfy(request -> assertThat(request.status()).isEqualTo("approved"))
                .extracting(ApprovalRequest::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).allSatisfy(id -> assertThat(emulator.store().request(id).orElseThrow().get("status"))
                .isEqualTo("approved"));
    }

    private static List<Map<String, Object>> pendingTransfers() {
        return emulator.store().requests().stream()
                .filter(r -> "pending".equals(r.get("status")) && "transfer".equals(r.get("request_type")))
                .toList();
    }
}
