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
 * collection no longer holds (a second list, with the parameters of Qonto's earlier reference). The other way round,
 * each of those requests has a row, or an exclusion in {@code conformance/exclusions.tsv} says how a user reaches it
 * without one; an exclusion of a request that has a row, or of no request, is an error too.
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

        @Override
        public String toString() {
            return method + " " + path + " (" + name + ")";
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
    void everyRequestOfQontoIsARowOrADocumentedExclusion() throws IOException {
        List<Exclusion> exclusions = exclusions();
        List<String> unreachable = everyRequest().stream()
                .filter(request -> Arrays.stream(QontoOperation.values()).noneMatch(request::sameCall))
                .filter(request -> exclusions.stream().noneMatch(exclusion -> exclusion.excludes(request)))
                .map(QontoRequest::toString).toList();
        assertThat(unreachable).as("Qonto's requests with neither a catalog row nor an exclusion saying why")
                .isEmpty();
    }

    @Test
    void everyExclusionIsOfARequestOfQontoThatHasNoRow() throws IOException {
        List<QontoRequest> requests = everyRequest();
        List<String> stale = new ArrayList<>();
        for (Exclusion exclusion : exclusions()) {
            List<QontoRequest> excluded = requests.stream().filter(exclusion::excludes).toList();
            if (excluded.size() != 1) {
                stale.add(exclusion + " names " + excluded.size() + " of Qonto's requests, not one");
            } else {
                Arrays.stream(QontoOperation.values()).filter(excluded.get(0)::sameCall).findFirst()
                        .ifPresent(row -> stale.add(exclusion + " has the catalog row " + row));
            }
            if (exclusion.reason().isBlank()) {
                stale.add(exclusion + " does not say why");
            }
        }
        assertThat(stale).as("exclusions to remove or correct").isEmpty();
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

    /**
     * A request of Qonto's that no catalog row sends, and why: a user reaches it another way. Named by method, path
     * and Qonto's name for it, as two of Qonto's requests share a method and path.
     */
    record Exclusion(String method, String path, String name, String reason) {

        boolean excludes(QontoRequest request) {
            return method.equals(request.method()) && shape(path).equals(shape(request.path()))
                   && name.equals(request.name());
        }

        @Override
        public String toString() {
            return "Exclusion of " + method + " " + path + " (" + name + ")";
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

    /** Qonto's collection, the scope table's endpoints it lacks, and the legacy requests. */
    private static List<QontoRequest> everyRequest() throws IOException {
        List<QontoRequest> requests = new ArrayList<>(requests());
        requests.addAll(requests("/conformance/scope-table-requests.tsv"));
        requests.addAll(requests("/conformance/qonto-legacy-requests.tsv"));
        return requests;
    }

    private static List<QontoRequest> requests(String resource) throws IOException {
        return rows(resource).stream().map(columns -> new QontoRequest(columns[0], columns[1], columns[2],
                columns[3], columns[4].isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(columns[4].split(",")))))
                .toList();
    }

    private static List<Exclusion> exclusions() throws IOException {
        return rows("/conformance/exclusions.tsv").stream()
                .map(columns -> new Exclusion(columns[0], columns[1], columns[2], columns[3])).toList();
    }

    /** The tab-separated columns of each line of a table, its header line left out. */
    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = CatalogConformanceTest.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split("\t", -1));
            }
            return rows;
        }
    }
}
