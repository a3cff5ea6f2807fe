package io.camelqonto.component;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.spi.ScheduledPollConsumerScheduler;
import org.apache.camel.support.service.ServiceSupport;

/** A poll scheduler that polls when a test says so, in the test's thread: what came before a poll is known. */
final class ManualPollScheduler extends ServiceSupport implements ScheduledPollConsumerScheduler {

    private CamelContext camelContext;
    private Runnable poll;
    private boolean started;

    /** Runs one poll of the consumer, to its end. */
    void pollNow() {
        if (poll == null || !started) {
            throw new IllegalStateException("No consumer is scheduled here");
        }
        poll.run();
    }

    @Override
    public void onInit(Consumer consumer) {
        // nothing to prepare: polls run when the test asks
    }

    @Override
    public void scheduleTask(Runnable task) {
        this.poll = task;
    }

    @Override
    public void unscheduleTask() {
        this.poll = null;
    }

    @Override
    public void startScheduler() {
        started = true;
    }

    @Override
    public boolean isSchedulerStarted() {
        return started;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }
}
