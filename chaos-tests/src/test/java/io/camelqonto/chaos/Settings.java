package io.camelqonto.chaos;

import org.apache.camel.main.Main;

/** The component options the children share, from the system properties the test starts them with. */
final class Settings {

    private Settings() {
    }

    static void apply(Main main) {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("camel.")) {
                main.addInitialProperty(name, System.getProperty(name));
            }
            if (name.startsWith("chaos.")) {
                main.addInitialProperty(name, System.getProperty(name));
            }
        }
        // the faults are many: quick retries keep the run short, Qonto's own pace is not the point here
        main.addInitialProperty("camel.component.qonto.retry-initial-delay", "10");
        main.addInitialProperty("camel.component.qonto.retry-max-delay", "100");
        main.addInitialProperty("camel.component.qonto.max-attempts", "6");
        main.addInitialProperty("camel.component.qonto.rate-limit-per-ten-seconds", "1000000");
        main.addInitialProperty("camel.component.qonto.rate-limit-per-ten-minutes", "1000000");
        main.addInitialProperty("camel.main.duration-max-seconds", "600");
    }
}
