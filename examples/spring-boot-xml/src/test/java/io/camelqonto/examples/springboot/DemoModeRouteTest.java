package io.camelqonto.examples.springboot;

import java.nio.file.Path;

import io.camelqonto.examples.flows.DemoEmulator;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application in demo mode, running the route file that the test class names in
 * {@code camel.main.routes-include-pattern}, with its files in a work folder of the test class's own. The context is
 * closed after the class, and its emulator with it, so that each class starts from the seeded data. No sample payments
 * file is dropped: the payments test drops its own, and the others want none. The Qonto consumers poll every half
 * second rather than every 30.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {
    "example.demo.sample-payments=false",
    "example.poll-delay=500"
})
@DirtiesContext
abstract class DemoModeRouteTest {

    @TempDir
    static Path workDir;

    @DynamicPropertySource
    static void workDir(DynamicPropertyRegistry registry) {
        registry.add("example.work-dir", workDir::toString);
    }

    @Autowired
    DemoEmulator demo;
}
