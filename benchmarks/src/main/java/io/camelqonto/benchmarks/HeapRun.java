package io.camelqonto.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import io.camelqonto.model.Transaction;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * Runs in a JVM of its own with a small heap ({@code -Xmx128m}): the component's consumer reads every item the
 * benchmark's server serves and, every {@code sampleEvery} items, collects the garbage and prints the heap still in
 * use: {@code heap <items> <bytes>}, then {@code done <items> <nanos>}.
 */
public final class HeapRun {

    private HeapRun() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        long items = Long.parseLong(args[1]);
        long sampleEvery = Long.parseLong(args[2]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong delivered = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        CamelContext camel = Contenders.qontoContext(baseUrl, Contenders.unlimited());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(Contenders.consumerUri("")).process(exchange -> {
                    Contenders.SINK.addAndGet(exchange.getMessage().getBody(Transaction.class).amountCents());
                    long count = delivered.incrementAndGet();
                    if (count % sampleEvery == 0) {
                        System.gc();
                        System.out.println("heap " + count + " " + memory.getHeapMemoryUsage().getUsed());
                    }
                    if (count == items) {
                        done.countDown();
                    }
                });
            }
        });
        long start = System.nanoTime();
        camel.start();
        done.await();
        System.out.println("done " + delivered.get() + " " + (System.nanoTime() - start));
        camel.stop();
    }
}
