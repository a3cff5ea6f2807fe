package io.camelqonto.component.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.camelqonto.client.QontoJson;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.emulator.ServedOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's resource table, the component doc's and the option reference say what the catalog rows and the
 * catalog JSON say, and the README's route per OAuth scope is the code {@link ScopeExamplesTest} runs. When a row or
 * a route changes, this test fails until the docs are regenerated with
 * {@code mvn -pl qonto-emulator,camel-qonto-component verify -Dtest=GeneratedDocsTest -Dqonto.docs.update=true}.
 */
class GeneratedDocsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path README = ROOT.resolve("README.md");
    private static final Path ADOC = Path.of("src/main/docs/qonto-component.adoc");
    private static final Path OPTIONS = ROOT.resolve("docs/options.md");
    private static final Path CATALOG = Path.of("src/generated/resources/META-INF/io/camelqonto/component/qonto.json");
    private static final boolean UPDATE = Boolean.getBoolean("qonto.docs.update");

    private static QontoEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = QontoEmulator.builder().port(0).seed(42).build().start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void theReadmesResourceTableAndScopeSummaryAreTheCatalogs() throws IOException {
        List<ServedOperation> served = emulator.servedOperations();
        checkSection(README, "<!-- resources: start -->", "<!-- resources: end -->", CatalogDocs.resourceTable(served));
        checkSection(README, "<!-- scopes: start -->", "<!-- scopes: end -->", CatalogDocs.scopeSummary(served));
    }

    @Test
    void theReadmesRoutePerScopeIsTheTestedOneAndEveryScopeHasOne() throws IOException {
        List<ScopeExamples.Example> examples = ScopeExamples.read();
        checkSection(README, "<!-- scope-examples: start -->", "<!-- scope-examples: end -->",
                ScopeExamples.markdown(examples));
        Set<String> scopes = Arrays.stream(QontoOperation.values()).map(QontoOperation::scope)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        assertThat(examples).flatExtracting(ScopeExamples.Example::scopes).as("the scopes the README has a route for")
                .containsAll(scopes);
    }

    @Test
    void theComponentDocsResourceTableIsTheCatalogs() throws IOException {
        checkSection(ADOC, "// resources: START", "// resources: END", CatalogDocs.resourceTableAsciidoc());
    }

    @Test
    void theOptionReferenceIsTheCatalogJsons() throws IOException {
        String expected = CatalogDocs.optionReference(QontoJson.mapper().readTree(CATALOG.toFile()));
        if (UPDATE) {
            Files.createDirectories(OPTIONS.getParent());
            Files.writeString(OPTIONS, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(OPTIONS, StandardCharsets.UTF_8)).as(OPTIONS + " is stale").isEqualTo(expected);
    }

    private static void checkSection(Path file, String start, String end, String expected) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).as(file + " has the marker " + start).isNotNegative();
        assertThat(to).as(file + " has the marker " + end).isGreaterThan(from);
        String current = text.substring(from + start.length() + 1, to);
        if (UPDATE && !current.equals(expected)) {
            Files.writeString(file, text.substring(0, from + start.length() + 1) + expected + text.substring(to),
                    StandardCharsets.UTF_8);
            current = expected;
        }
        assertThat(current).as(file + " between " + start + " and " + end + " is stale").isEqualTo(expected);
    }
}
