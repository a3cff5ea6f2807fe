package io.camelqonto.examples.main;

import java.nio.file.Path;

import io.camelqonto.examples.flows.DemoEmulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A route file of the example against a seeded emulator and in a work folder, both fresh for each test, so that every
 * test starts from the same data and no files of another; the test runs the route with {@link ExampleRun}.
 */
abstract class DemoModeRouteTest {

    @TempDir
    Path workDir;

    DemoEmulator demo;

    @BeforeEach
    void startEmulator() {
        demo = DemoEmulator.start();
    }

    @AfterEach
    void stopEmulator() {
        demo.close();
    }
}
