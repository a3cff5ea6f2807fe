package io.camelqonto.examples.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelqonto.emulator.QontoEmulator;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's Camel JBang section, as far as it can run here: its route file and the properties of its emulator
 * command, run by Camel Main (what {@code camel run} starts) against the standalone emulator's seed, read every
 * completed transaction of the account the README names. The JBang command line itself is not run by the build.
 */
class JBangRouteTest {

    private static final Pattern ROUTE = Pattern.compile(
            "`transactions\\.camel\\.yaml`:\\n\\n```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EMULATOR_COMMAND = Pattern.compile(
            "```\\ncamel run transactions\\.camel\\.yaml --dep=[^\\n]*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PROPERTY = Pattern.compile("--prop=([^=\\s]+)=(\\S+)");

    @TempDir
    Path work;

    @Test
    void theReadmesRouteReadsEveryCompletedTransactionOfTheAccountItNames() throws Exception {
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        Path route = Files.writeString(work.resolve("transactions.camel.yaml"), find(ROUTE, readme));
        Map<String, String> properties = new LinkedHashMap<>();
        Matcher property = PROPERTY.matcher(find(EMULATOR_COMMAND, readme));
        while (property.find()) {
            properties.put(property.group(1), property.group(2));
        }
        assertThat(properties).containsKeys("camel.component.qonto.base-url", "camel.component.qonto.login",
                "camel.component.qonto.secret-key", "qonto.bank-account-id");

        // the emulator as the README starts it (seed 42), on a free port instead of 8080
        try (QontoEmulator emulator = QontoEmulator.builder().port(0).seed(42).build().start()) {
            String account = properties.get("qonto.bank-account-id");
            assertThat(emulator.store().bankAccounts()).as("the README names the seed's main account")
                    .anySatisfy(a -> assertThat(a).containsEntry("id", account).containsEntry("main", true));
            assertThat(properties).containsEntry("camel.component.qonto.login", emulator.apiKeyLogin())
                    .containsEntry("camel.component.qonto.secret-key", emulator.apiKeySecret());
            List<Object> completed = emulator.store().transactions().stream()
                    .filter(t -> account.equals(t.get("bank_account_id")) && "completed".equals(t.get("status")))
                    .map(t -> t.get("id")).toList();
            assertThat(completed).isNotEmpty();

            Set<Object> logged = ConcurrentHashMap.newKeySet();
            Main main = new Main();
            properties.forEach(main::addOverrideProperty);
            main.addOverrideProperty("camel.component.qonto.base-url", emulator.baseUrl());
            main.addOverrideProperty("camel.main.routes-include-pattern", "file:" + route);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void beforeConfigure(BaseMainSupport support) {
                    support.getCamelContext().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                        @Override
                        public void notify(CamelEvent event) {
                            logged.add(((CamelEvent.ExchangeCompletedEvent) event).getExchange().getMessage()
                                    .getHeader("CamelQontoId"));
                        }

                        @Override
                        public boolean isEnabled(CamelEvent event) {
                            return event instanceof CamelEvent.ExchangeCompletedEvent;
                        }
                    });
                }
            });
            main.start();
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> logged.size() >= completed.size());
            } finally {
                main.stop();
            }
            assertThat(logged).containsExactlyInAnyOrderElementsOf(completed);
        }
    }

    private static String find(Pattern pattern, String readme) {
        Matcher matcher = pattern.matcher(readme);
        assertThat(matcher.find()).as("the README shows %s", pattern).isTrue();
        return matcher.group(1);
    }
}
