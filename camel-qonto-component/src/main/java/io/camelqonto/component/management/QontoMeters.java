package io.camelqonto.component.management;

import io.camelqonto.client.QontoClientListener;
import io.camelqonto.component.consumer.QontoConsumer;

/**
 * The meters of one component, kept apart from Micrometer's types so that the component runs without Micrometer:
 * {@link #NONE} then, {@code io.camelqonto.component.metrics.MicrometerMeters} when a {@code MeterRegistry} is there.
 */
public interface QontoMeters {

    /** No meters. */
    QontoMeters NONE = new QontoMeters() {
        @Override
        public QontoClientListener clientListener() {
            return QontoClientListener.NONE;
        }

        @Override
        public Runnable bindConsumer(QontoConsumer consumer) {
            return () -> {
            };
        }

        @Override
        public void close() {
        }
    };

    /** {@return a listener counting what the component's clients do} */
    QontoClientListener clientListener();

    /**
     * Starts the meters of a consumer.
     *
     * @param consumer the consumer, just started
     * @return what removes its meters, run when it stops
     */
    Runnable bindConsumer(QontoConsumer consumer);

    /** Removes every meter. */
    void close();
}
