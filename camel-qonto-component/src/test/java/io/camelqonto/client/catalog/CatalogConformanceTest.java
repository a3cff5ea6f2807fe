package io.camelqonto.client.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.emulator.ServedOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog against Qonto's own collection of requests (our list of its 126 requests, kept as test data, plus the
 * endpoints its OAuth scope table names that the collection lacks) and against the emulator: each row is one of
 * Qonto's requests with the parameters Qonto documents for it, and the emulator serves each row with the same scope,
 * OAuth-only and idempotency rules. Deprecated rows are the legacy requests Qonto's scope table still lists but its
 * collection no longer holds (a second list, with the parameters of Qonto's earlier reference).
 */
class CatalogConformanceTest {

    private static QontoEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = QontoEmulator.builder().port(0).seed(42).build().start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** One request of Qonto's collection. */
    record QontoRequest(String group, String name, String method, String path, Set<String> query) {

        boolean sameCall(QontoOperation operation) {
            return method.equals(operation.method()) && shape(path).equals(shape(operation.pathTemplate()));
        }
    }

    @Test
    void theListHoldsEveryRequestOfQontosCollection() throws IOException {
        assertThat(requests()).hasSize(126);
    }

    @Test
    void theLegacyRequestsAreExactlyTheDeprecatedRows() throws IOException {
        List<QontoRequest> legacy = requests("/conformance/qonto-legacy-requests.tsv");
        List<QontoOperation> deprecated = Arrays.stream(QontoOperation.values()).filter(QontoOperation::deprecated)
                .toList();

        assertThat(deprecated).allSatisfy(operation -> assertThat(legacy).anyMatch(r -> r.sameCall(operation)));
        assertThat(legacy).allSatisfy(request -> assertThat(deprecated).anyMatch(request::sameCall));
        assertThat(requests()).noneMatch(request -> deprecated.stream().anyMatch(request::sameCall));
    }

    @Test
    void everyRowIsARequestOfQontosCollectionWithTheParametersQontoDocuments() throws IOException {
        List<QontoRequest> requests = new ArrayList<>(requests());
        requests.addAll(requests("/conformance/scope-table-requests.tsv"));
        List<QontoRequest> legacy = requests("/conformance/qonto-legacy-requests.tsv");
        for (QontoOperation operation : QontoOperation.values()) {
            if (operation.sandboxOnly()) {
                // the sandbox's mocked SCA approval is documented in Qonto's SCA guide, not in the collection
                continue;
            }
            QontoRequest request = (operation.deprecated() ? legacy : requests).stream()
                    .filter(r -> r.sameCall(operation)).findFirst().orElse(null);
            assertThat(request).as(operation + " is one of Qonto's requests").isNotNull();
            Set<String> documented = request.query().stream().map(CatalogConformanceTest::baseName)
                    .filter(name -> !name.equals("page") && !name.equals("per_page"))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> declared = operation.queryParameters().stream().map(Parameter::baseName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(declared).as(operation + " declares what Qonto documents, and only that")
                    .isEqualTo(documented);
            assertThat(operation.paged()).as(operation + " pages as Qonto's request does")
                    .isEqualTo(request.query().contains("page") || request.query().contains("per_page"));
        }
    }

    @Test
    void theEmulatorServesEveryRowWithTheSameRules() {
        List<ServedOperation> served = emulator.servedOperations();
        for (QontoOperation operation : QontoOperation.values()) {
            ServedOperation match = served.stream()
                    .filter(s -> s.method().equals(operation.method())
                                 && shape(s.path()).equals(shape(operation.pathTemplate())))
                    .findFirst().orElse(null);
            assertThat(match).as(operation + " is served by the emulator").isNotNull();
            assertThat(match.oauthOnly()).as(operation + " OAuth only").isEqualTo(operation.oauthOnly());
            assertThat(match.idempotent()).as(operation + " idempotency key").isEqualTo(operation.idempotent());
            if (operation.scope() != null) {
                assertThat(match.scope()).as(operation + " scope").isEqualTo(operation.scope());
            }
        }
    }

    /** The path with every placeholder alike: Qonto's names for them differ between requests. */
    static String shape(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static String baseName(String name) {
        return name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
    }

    static List<QontoRequest> requests() throws IOException {
        return requests("/conformance/qonto-requests.tsv");
    }

    private static List<QontoRequest> requests(String resource) throws IOException {
        try (InputStream in = CatalogConformanceTest.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<QontoRequest> requests = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t", -1);
                Set<String> query = columns[4].isEmpty() ? Set.of()
                        : new TreeSet<>(Arrays.asList(columns[4].split(",")));
                requests.add(new QontoRequest(columns[0], columns[1], columns[2], columns[3], query));
            }
            return requests;
        }
    }
}
