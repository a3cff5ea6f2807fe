package io.camelqonto.examples.main;

import java.nio.file.Path;
import java.util.Map;

import io.camelqonto.examples.flows.DemoEmulator;

import org.apache.camel.main.Main;

/**
 * One route file of the example, run by Camel Main with the example's application.properties and the properties
 * the demo mode gives (a seeded emulator, OAuth, scaMode=mock), in a work folder of the test's own.
 */
final class ExampleRun implements AutoCloseable {

    private final Main main;

    private ExampleRun(Main main) {
        this.main = main;
    }

    static ExampleRun start(DemoEmulator demo, String routeFile, Path workDir) throws Exception {
        return start(demo, "classpath:routes/" + routeFile, workDir, Map.of());
    }

    /** @param routes a route file by its classpath location; {@code properties} override the example's */
    static ExampleRun start(DemoEmulator demo, String routes, Path workDir, Map<String, String> properties)
            throws Exception {
        Main main = new Main();
        demo.properties().forEach(main::addOverrideProperty);
        main.addOverrideProperty("camel.main.routes-include-pattern", routes);
        main.addOverrideProperty("example.work-dir", workDir.toString());
        properties.forEach(main::addOverrideProperty);
        main.start();
        return new ExampleRun(main);
    }

    @Override
    public void close() {
        main.stop();
    }
}
