package io.camelqonto.examples.main;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelqonto.examples.flows.testing.ActivityExpectations;
import io.camelqonto.examples.flows.testing.ActivityExpectations.Version;

import org.junit.jupiter.api.Test;

/**
 * webhooks/activity.camel.yaml against the emulator, on Camel's HTTP server: the route subscribes itself, the
 * emulator pushes the transactions, a lost event is brought by the poll, and after a restart nothing is written
 * twice and the subscription is the same.
 */
class ActivityRouteTest extends DemoModeRouteTest {

    @Test
    void writesEachVersionOnceAlsoWhenQontoLosesAnEventAndAcrossARestart() throws Exception {
        int port = freePort();
        Map<String, String> properties = Map.of("camel.server.enabled", "true",
                "camel.server.port", String.valueOf(port), "example.gap-fill-delay", "500");
        ActivityExpectations activity = new ActivityExpectations(demo, workDir);
        List<String> made = new ArrayList<>();
        Set<Version> expected = new HashSet<>();

        try (ExampleRun run = ExampleRun.start(demo, "classpath:webhooks/activity.camel.yaml", workDir, properties)) {
            made.addAll(demo.makeSamplePayments());
            expected.addAll(activity.currentVersions(made));
            activity.awaitVersions(expected);

            activity.loseTheNextEvent();
            activity.changeNote(made.get(0));
            expected.addAll(activity.currentVersions(made));
            activity.awaitVersions(expected);
            activity.assertEveryEventNotLostWasAcknowledged();
        }
        activity.assertAnEventWasLost();

        try (ExampleRun run = ExampleRun.start(demo, "classpath:webhooks/activity.camel.yaml", workDir, properties)) {
            made.addAll(demo.makeSamplePayments());
            expected.addAll(activity.currentVersions(made));
            activity.awaitVersions(expected);
        }
        activity.assertOneSubscription("http://127.0.0.1:" + port + "/qonto/transactions");
        activity.assertHoldsExactly(expected);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
