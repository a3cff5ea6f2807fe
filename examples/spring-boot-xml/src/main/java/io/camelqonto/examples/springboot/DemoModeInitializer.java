package io.camelqonto.examples.springboot;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.camelqonto.examples.flows.DemoEmulator;
import io.camelqonto.examples.flows.QontoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before any bean exists, what the component talks to. With {@code QONTO_*} credentials (environment
 * variables, or any other property source) they become {@code camel.component.qonto.*} properties. Without them a
 * seeded emulator starts in-process; its URL, OAuth client, a refresh token it issued, {@code scaMode=mock} and its
 * main account id take precedence over application.properties, and it is registered as the {@link DemoEmulator}
 * bean, which closes with the application. A sample payments file is dropped into the inbox, and two card payments are
 * made once the application is ready (the emulator pushes them to the activity flow), unless
 * {@code example.demo.sample-payments=false}. The activity flow runs in demo mode, and against Qonto when
 * {@code QONTO_WEBHOOK_URL} tells where Qonto reaches this application.
 * <p>
 * Registered in {@code META-INF/spring.factories}.
 */
public class DemoModeInitializer implements ApplicationContextInitializer<GenericApplicationContext> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoModeInitializer.class);
    /** Added to camel.main.routes-include-pattern in application.properties: the activity flow's routes. */
    private static final String WEBHOOK_ROUTES = "example.webhook-routes";
    private static final String WITH_WEBHOOKS = ",classpath:webhooks/*.xml";

    @Override
    public void initialize(GenericApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        Optional<Map<String, String>> qonto = QontoSettings.fromEnvironment(environment::getProperty);
        if (qonto.isPresent()) {
            Map<String, String> properties = new LinkedHashMap<>(qonto.get());
            if (properties.containsKey(QontoSettings.WEBHOOK_URL)) {
                properties.put(WEBHOOK_ROUTES, WITH_WEBHOOKS);
            }
            addFirst(environment, "qontoEnvironmentVariables", properties);
            return;
        }
        DemoEmulator demo = DemoEmulator.start();
        LOG.info("No Qonto credentials in the environment (QONTO_*): running against the emulator at {}",
                demo.emulator().baseUrl());
        context.registerBean(DemoEmulator.class, () -> demo);
        Map<String, String> properties = new LinkedHashMap<>(demo.properties());
        properties.put(WEBHOOK_ROUTES, WITH_WEBHOOKS);
        addFirst(environment, "qontoDemoEmulator", properties);
        if (environment.getProperty("example.demo.sample-payments", Boolean.class, true)) {
            Path inbox = Path.of(environment.resolveRequiredPlaceholders("${example.work-dir}/payments/inbox"));
            LOG.info("Dropped a sample payments file: {}", demo.dropSamplePayments(inbox));
            context.addApplicationListener(new ApplicationListener<ApplicationReadyEvent>() {
                @Override
                public void onApplicationEvent(ApplicationReadyEvent ready) {
                    LOG.info("Made two card payments for Qonto to push: {}", demo.makeSamplePayments());
                }
            });
        }
    }

    private static void addFirst(ConfigurableEnvironment environment, String name, Map<String, String> properties) {
        environment.getPropertySources().addFirst(new MapPropertySource(name, new LinkedHashMap<>(properties)));
    }
}
