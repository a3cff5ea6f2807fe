package io.camelqonto.emulator.internal.webhook;

import io.camelqonto.emulator.WebhookDelivery;
import io.camelqonto.emulator.WebhookDelivery.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends events to their callback URLs the way Qonto does: a signed POST per event, which counts as delivered when
 * answered 2xx within a second, and is otherwise tried again with exponential backoff until the attempts are
 * spent. Faults drop events or deliver them twice, as Qonto may. Only callback URLs on this machine are called:
 * the emulator never sends data anywhere else. Thread-safe.
 */
public final class WebhookDeliverer {

    /** Qonto counts a delivery answered later than this as failed. */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(1);
    /** A duplicate comes later than its original, so that it is a new delivery and not the same request again. */
    private static final Duration DUPLICATE_DELAY = Duration.ofMillis(1100);

    private final Clock clock;
    private final Duration firstRetryDelay;
    private final int maxAttempts;
    private final Random random;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(ACK_TIMEOUT).build();
    private final List<WebhookDelivery> log = new ArrayList<>();

    private ScheduledExecutorService scheduler;
    /** Tasks of an earlier generation were scheduled before a reset and are dropped. */
    private long generation;
    private int pending;
    private double dropRate;
    private double duplicateRate;
    private int dropNext;

    public WebhookDeliverer(Clock clock, long seed, Duration firstRetryDelay, int maxAttempts) {
        this.clock = clock;
        this.seed = seed;
        this.random = new Random(seed);
        this.firstRetryDelay = firstRetryDelay;
        this.maxAttempts = maxAttempts;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newScheduledThreadPool(2, task -> {
                Thread thread = new Thread(task, "qonto-emulator-webhooks");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** Pending deliveries and retries are dropped. */
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        generation++;
        pending = 0;
        notifyAll();
    }

    /** Back to no faults, no pending delivery and an empty log. */
    public synchronized void reset() {
        generation++;
        pending = 0;
        log.clear();
        random.setSeed(seed);
        dropRate = 0;
        duplicateRate = 0;
        dropNext = 0;
        notifyAll();
    }

    public synchronized void enqueue(List<OutboundEvent> events) {
        for (OutboundEvent event : events) {
            if (dropNext > 0 || (dropRate > 0 && random.nextDouble() < dropRate)) {
                dropNext = Math.max(0, dropNext - 1);
                record(event, 1, false, 0, Outcome.DROPPED);
                continue;
            }
            schedule(event, 1, false, Duration.ZERO);
            if (duplicateRate > 0 && random.nextDouble() < duplicateRate) {
                schedule(event, 1, true, DUPLICATE_DELAY);
            }
        }
    }

    public synchronized List<WebhookDelivery> log() {
        return List.copyOf(log);
    }

    public synchronized void dropRate(double rate) {
        this.dropRate = checkRate(rate);
    }

    public synchronized void duplicateRate(double rate) {
        this.duplicateRate = checkRate(rate);
    }

    public synchronized void dropNext(int events) {
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative: " + events);
        }
        this.dropNext = events;
    }

    /** Waits until no delivery or retry is pending; false when that took longer than {@code timeout}. */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void schedule(OutboundEvent event, int attempt, boolean duplicate, Duration delay) {
        if (scheduler == null) {
            return;
        }
        long scheduledIn = generation;
        pending++;
        scheduler.schedule(() -> send(event, attempt, duplicate, scheduledIn), delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void send(OutboundEvent event, int attempt, boolean duplicate, long scheduledIn) {
        synchronized (this) {
            if (scheduledIn != generation) {
                return;
            }
        }
        Outcome outcome;
        int status = 0;
        URI callback = URI.create(event.callbackUrl());
        if (!CallbackUrls.isLoopback(callback)) {
            outcome = Outcome.NOT_LOOPBACK;
        } else {
            status = post(callback, event);
            if (status >= 200 && status < 300) {
                outcome = Outcome.DELIVERED;
            } else {
                outcome = attempt < maxAttempts ? Outcome.FAILED : Outcome.GAVE_UP;
            }
        }
        synchronized (this) {
            if (scheduledIn != generation) {
                return;
            }
            record(event, attempt, duplicate, status, outcome);
            if (outcome == Outcome.FAILED) {
                schedule(event, attempt + 1, duplicate, firstRetryDelay.multipliedBy(1L << (attempt - 1)));
            }
            pending--;
            notifyAll();
        }
    }

    /** The status answered within the ack timeout, or 0. */
    private int post(URI callback, OutboundEvent event) {
        HttpRequest request = HttpRequest.newBuilder(callback)
                .timeout(ACK_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSigner.HEADER, WebhookSigner.header(event.secret(), clock.instant().getEpochSecond(),
                        event.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(event.body()))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void record(OutboundEvent event, int attempt, boolean duplicate, int status, Outcome outcome) {
        log.add(new WebhookDelivery(event.eventId(), event.subscriptionId(), event.type(), event.event(), attempt,
                duplicate, status, outcome, clock.instant()));
    }

    private static double checkRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("A rate is between 0 and 1: " + rate);
        }
        return rate;
    }
}
