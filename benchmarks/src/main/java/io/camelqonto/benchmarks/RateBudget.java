package io.camelqonto.benchmarks;

import java.time.Duration;
import java.util.List;

import io.camelqonto.client.RateLimiter;
import io.camelqonto.model.Transaction;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * The consumer against a server that enforces two rate windows, with the component's limiter set to the same two:
 * how much of each window's budget it used over the run, and how many 429s it met.
 */
final class RateBudget {

    /**
     * @param used     requests the server admitted within the run's length from the first one
     * @param shares   per window: used over what the window allows in the run's length
     * @param peaks    per window: the most requests in any span of the window's length, over its limit
     * @param refused  429s
     */
    record Result(int used, double[] shares, double[] peaks, int refused) {
    }

    private RateBudget() {
    }

    /**
     * @param routes consumer routes sharing the component's limiter, as several routes against one account do
     */
    static Result run(FastQontoServer server, int shortPermits, Duration shortWindow, int longPermits,
            Duration longWindow, Duration runFor, int routes) throws Exception {
        FastQontoServer.Windows windows = new FastQontoServer.Windows(shortPermits, shortWindow.toNanos(), longPermits,
                longWindow.toNanos());
        server.serve(Transactions.distinct(50_000_000), windows);
        RateLimiter limiter = new RateLimiter(new RateLimiter.Window(shortPermits, shortWindow),
                new RateLimiter.Window(longPermits, longWindow));
        CamelContext camel = Contenders.qontoContext(server.baseUrl(), limiter);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int route = 0; route < routes; route++) {
                    // an endpoint of its own for each route, each with a cursor of its own
                    from(Contenders.consumerUri("&stateKey=route-" + route).replace("perPage=100", "perPage=10"))
                            .process(exchange -> Contenders.SINK.addAndGet(
                                    exchange.getMessage().getBody(Transaction.class).amountCents()));
                }
            }
        });
        camel.start();
        Thread.sleep(runFor.toMillis() + 1_000);
        camel.stop();
        List<Long> arrivals = windows.arrivals();
        long end = arrivals.get(0) + runFor.toNanos();
        int used = (int) arrivals.stream().filter(at -> at < end).count();
        double[] shares = new double[2];
        double[] peaks = new double[2];
        for (int w = 0; w < 2; w++) {
            double allowed = windows.permits(w) * (double) runFor.toNanos() / windows.lengthNanos(w);
            shares[w] = used / allowed;
            peaks[w] = (double) windows.peak(w) / windows.permits(w);
        }
        return new Result(used, shares, peaks, windows.refused());
    }
}
