package io.camelqonto.examples.springboot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.camelqonto.examples.flows.DemoEmulator;
import io.camelqonto.examples.flows.testing.ActivityExpectations;
import io.camelqonto.examples.flows.testing.ActivityExpectations.Version;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * webhooks/activity.xml in demo mode, on Spring Boot's web server: the route subscribes itself, the emulator pushes
 * the transactions, and a lost event is brought by the poll; each version is written once.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "example.demo.sample-payments=false",
    "example.gap-fill-delay=500",
    "camel.main.routes-include-pattern=classpath:webhooks/activity.xml",
    "example.webhook-url=http://127.0.0.1:${local.server.port}"
})
@DirtiesContext
class ActivityRouteTest {

    @TempDir
    static Path workDir;

    @DynamicPropertySource
    static void workDir(DynamicPropertyRegistry registry) {
        registry.add("example.work-dir", workDir::toString);
    }

    @Autowired
    DemoEmulator demo;

    @LocalServerPort
    int port;

    @Test
    void writesEachVersionOnceAlsoWhenQontoLosesAnEvent() {
        ActivityExpectations activity = new ActivityExpectations(demo, workDir);
        List<String> made = new ArrayList<>(demo.makeSamplePayments());
        Set<Version> expected = new HashSet<>(activity.currentVersions(made));
        activity.awaitVersions(expected);

        activity.loseTheNextEvent();
        activity.changeNote(made.get(0));
        expected.addAll(activity.currentVersions(made));
        activity.awaitVersions(expected);

        activity.assertEveryEventNotLostWasAcknowledged();
        activity.assertAnEventWasLost();
        activity.assertOneSubscription("http://127.0.0.1:" + port + "/qonto/transactions");
        activity.assertHoldsExactly(expected);
    }
}
