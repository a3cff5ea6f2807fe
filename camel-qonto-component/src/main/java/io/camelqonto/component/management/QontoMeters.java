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

    /** Counts what the component's clients do. */
    QontoClientListener clientListener();

    /** Starts the meters of a consumer; running what it returns removes them. */
    Runnable bindConsumer(QontoConsumer consumer);

    /** Removes every meter. */
    void close();
}
