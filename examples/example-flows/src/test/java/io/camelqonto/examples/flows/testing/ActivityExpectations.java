package io.camelqonto.examples.flows.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camelqonto.emulator.WebhookDelivery;
import org.awaitility.core.ConditionTimeoutException;
import io.camelqonto.examples.flows.DemoEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the activity flow must write, whichever DSL its route is written in: each version of each transaction of the
 * main account that Qonto pushes, or that the poll finds when Qonto lost its event, once, as a line of JSON.
 */
public final class ActivityExpectations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoEmulator demo;
    private final Path file;

    public ActivityExpectations(DemoEmulator demo, Path workDir) {
        this.demo = demo;
        this.file = workDir.resolve("activity/transactions.jsonl");
    }

    /** Qonto loses the event of the next change: only the poll can bring it. */
    public void loseTheNextEvent() {
        demo.emulator().webhooks().dropNext(1);
    }

    /** Changes a transaction's note, which gives it a new version. */
    public void changeNote(String transactionId) {
        demo.emulator().store().updateTransaction(transactionId, Map.of("note", "Reimbursed"));
    }

    /** The transactions as the activity must hold them now: by id, their current updated_at. */
    public Set<Version> currentVersions(List<String> transactionIds) {
        return transactionIds.stream().map(id -> demo.emulator().store().transaction(id).orElseThrow())
                .map(tx -> new Version((String) tx.get("id"), Instant.parse((String) tx.get("updated_at"))))
                .collect(Collectors.toSet());
    }

    /** Waits until the activity holds these versions; a line being appended may not parse yet. */
    public void awaitVersions(Set<Version> versions) {
        try {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> lines().containsAll(versions));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Expected " + versions + " in " + content(), e);
        }
    }

    private String content() {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no file)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The activity holds these versions, each once, and nothing else. */
    public void assertHoldsExactly(Set<Version> versions) {
        List<Version> lines = lines();
        assertThat(lines).as("each version once").doesNotHaveDuplicates();
        assertThat(lines).containsExactlyInAnyOrderElementsOf(versions);
    }

    /**
     * Every event Qonto did not lose was acknowledged in the end, on its first attempt or on a retry (a first request
     * to a web server that is still warming up may take longer than the second Qonto waits).
     */
    public void assertEveryEventNotLostWasAcknowledged() {
        assertThat(demo.emulator().webhooks().awaitIdle(Duration.ofSeconds(60))).isTrue();
        List<WebhookDelivery> deliveries = demo.emulator().webhooks().deliveries();
        Set<String> sent = deliveries.stream().filter(d -> d.outcome() != WebhookDelivery.Outcome.DROPPED)
                .map(WebhookDelivery::eventId).collect(Collectors.toSet());
        Set<String> acknowledged = deliveries.stream().filter(d -> d.outcome() == WebhookDelivery.Outcome.DELIVERED)
                .map(WebhookDelivery::eventId).collect(Collectors.toSet());
        assertThat(sent).isNotEmpty();
        assertThat(acknowledged).as(deliveries.toString()).isEqualTo(sent);
    }

    /** Qonto lost an event, and the flow holds the transaction all the same: the poll brought it. */
    public void assertAnEventWasLost() {
        assertThat(demo.emulator().webhooks().deliveries()).extracting(WebhookDelivery::outcome)
                .contains(WebhookDelivery.Outcome.DROPPED);
    }

    /** The flow has one subscription, whatever the restarts. */
    public void assertOneSubscription(String callbackUrl) {
        assertThat(demo.emulator().store().webhookSubscriptions()).singleElement()
                .satisfies(subscription -> assertThat(subscription.get("callback_url")).isEqualTo(callbackUrl));
    }

    private List<Version> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode transaction = JSON.readTree(line);
                versions.add(new Version(transaction.get("id").asText(),
                        Instant.parse(transaction.get("updated_at").asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    /** A transaction as of one change. */
    public record Version(String id, Instant updatedAt) {
    }
}
