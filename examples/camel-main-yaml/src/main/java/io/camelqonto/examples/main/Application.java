package io.camelqonto.examples.main;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.camelqonto.examples.flows.DemoEmulator;
import io.camelqonto.examples.flows.QontoSettings;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the YAML routes of {@code classpath:routes/} with Camel Main: automatic approval of pending transfer
 * requests, a monthly CSV ledger of completed transactions, and SEPA transfers from CSV files dropped into an
 * inbox; and the one of {@code classpath:webhooks/}: the transactions Qonto pushes, as they happen.
 * <p>
 * With {@code QONTO_*} credentials in the environment (see {@link QontoSettings}) it talks to Qonto and runs until
 * stopped; the pushed transactions need {@code QONTO_WEBHOOK_URL}, the public address Qonto reaches this application
 * at. Without credentials it starts the emulator in-process, drops a sample payments file into the inbox, makes two
 * card payments the emulator pushes, and stops by itself once all four flows are idle.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    /**
     * Long enough for the first polls and the file consumer's read lock; short enough not to keep a newcomer waiting.
     */
    private static final String DEMO_MAX_IDLE_SECONDS = "10";

    /** The routes when the activity flow runs too: it needs Camel's HTTP server, which Qonto pushes to. */
    private static final String WITH_WEBHOOKS = "classpath:routes/*.camel.yaml,classpath:webhooks/*.camel.yaml";

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        Optional<Map<String, String>> qonto = QontoSettings.fromEnvironment(System::getenv);
        if (qonto.isPresent()) {
            qonto.get().forEach(main::addOverrideProperty);
            if (qonto.get().containsKey(QontoSettings.WEBHOOK_URL)) {
                withWebhooks(main);
            }
            main.run(args);
            return;
        }
        try (DemoEmulator demo = DemoEmulator.start()) {
            LOG.info("No Qonto credentials in the environment (QONTO_*): running against the emulator at {}",
                    demo.emulator().baseUrl());
            demo.properties().forEach(main::addOverrideProperty);
            withWebhooks(main);
            main.addOverrideProperty("camel.main.duration-max-idle-seconds", DEMO_MAX_IDLE_SECONDS);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterConfigure(BaseMainSupport configured) {
                    Path inbox = Path.of(configured.getCamelContext()
                            .resolvePropertyPlaceholders("{{example.work-dir}}/payments/inbox"));
                    LOG.info("Dropped a sample payments file: {}", demo.dropSamplePayments(inbox));
                }

                @Override
                public void afterStart(BaseMainSupport started) {
                    LOG.info("Made two card payments for Qonto to push: {}", demo.makeSamplePayments());
                }
            });
            main.run(args);
        }
    }

    private static void withWebhooks(Main main) {
        main.addOverrideProperty("camel.main.routes-include-pattern", WITH_WEBHOOKS);
        main.addOverrideProperty("camel.server.enabled", "true");
    }
}
