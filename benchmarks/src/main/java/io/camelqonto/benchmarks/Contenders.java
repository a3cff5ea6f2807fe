package io.camelqonto.benchmarks;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.component.QontoComponent;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.model.Transaction;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The three ways of reading every transaction that are compared: the component's consumer, a plain HttpClient 5 +
 * Jackson loop, and a camel-http + Jackson + split route as a Camel user would write it. Each hands every item, as the
 * same model, to a step that reads its amount.
 */
final class Contenders {

    static final String ACCOUNT = "d23f0824-128b-4f33-8c5c-7fd0a6a3a450";
    static final String LOGIN = "acme-corp-7132";
    static final String SECRET = "bench-secret-key";
    /** How a plain Jackson user reads Qonto's JSON. */
    static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** Keeps the items' amounts from being optimized away. */
    static final AtomicLong SINK = new AtomicLong();

    private Contenders() {
    }

    /** A limiter that never waits: the comparison is about the client's own cost. */
    static RateLimiter unlimited() {
        return new RateLimiter(new RateLimiter.Window(Integer.MAX_VALUE, Duration.ofSeconds(1)));
    }

    /** A Camel context whose qonto component points at the server with an API key and this limiter. */
    static CamelContext qontoContext(String baseUrl, RateLimiter limiter) {
        DefaultCamelContext camel = new DefaultCamelContext();
        QontoComponent qonto = camel.getComponent("qonto", QontoComponent.class);
        QontoConfiguration configuration = qonto.getConfiguration();
        configuration.setBaseUrl(baseUrl);
        configuration.setLogin(LOGIN);
        configuration.setSecretKey(SECRET);
        qonto.setRateLimiter(limiter);
        return camel;
    }

    static String consumerUri(String options) {
        return "qonto:transactions?bankAccountId=" + ACCOUNT + "&perPage=100&delay=10&initialDelay=0" + options;
    }

    /**
     * The component's consumer until it delivered {@code items} items (exchanges, or items in lists with batching).
     * Its requests are those the server had answered when the last item arrived.
     */
    static RunResult consumer(FastQontoServer server, int items, String options, RateLimiter limiter)
            throws Exception {
        CamelContext camel = qontoContext(server.baseUrl(), limiter);
        AtomicLong delivered = new AtomicLong();
        AtomicLong requestsAtLast = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(options)).routeId("consumer").autoStartup(false)
                        .process(exchange -> {
                            Object body = exchange.getMessage().getBody();
                            long count;
                            if (body instanceof java.util.List<?> page) {
                                page.forEach(item -> SINK.addAndGet(((Transaction) item).amountCents()));
                                count = delivered.addAndGet(page.size());
                            } else {
                                SINK.addAndGet(((Transaction) body).amountCents());
                                count = delivered.incrementAndGet();
                            }
                            if (count == items) {
                                requestsAtLast.set(server.listRequests());
                                done.countDown();
                            }
                        });
            }
        });
        camel.start();
        try {
            CpuMeter before = CpuMeter.snapshot();
            long start = System.nanoTime();
            camel.getRouteController().startRoute("consumer");
            if (!done.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the consumer delivered " + delivered.get() + " of " + items);
            }
            long nanos = System.nanoTime() - start;
            long[] spent = CpuMeter.snapshot().since(before);
            return new RunResult(items, nanos, spent[0], spent[1], requestsAtLast.get());
        } finally {
            camel.stop();
        }
    }

    /** A plain loop: page after page with HttpClient 5, each answer read by Jackson into the page's models. */
    static RunResult rawLoop(FastQontoServer server, int items) throws Exception {
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            CpuMeter before = CpuMeter.snapshot();
            long start = System.nanoTime();
            long count = 0;
            Integer page = 1;
            while (page != null) {
                HttpGet get = new HttpGet(server.baseUrl() + "/v2/transactions?bank_account_id=" + ACCOUNT
                        + "&per_page=100&page=" + page);
                get.setHeader("Authorization", LOGIN + ":" + SECRET);
                TransactionsPage body = http.execute(get, response -> {
                    try (InputStream in = response.getEntity().getContent()) {
                        return PLAIN.readValue(in, TransactionsPage.class);
                    }
                });
                for (Transaction transaction : body.transactions()) {
                    SINK.addAndGet(transaction.amountCents());
                    count++;
                }
                page = body.meta().nextPage();
            }
            long nanos = System.nanoTime() - start;
            long[] spent = CpuMeter.snapshot().since(before);
            check(count, items, "the loop");
            return new RunResult(count, nanos, spent[0], spent[1], server.listRequests());
        }
    }

    /** A route as a Camel user writes it: camel-http in a loop over pages, Jackson, and a split into items. */
    static RunResult camelHttpRoute(FastQontoServer server, int items) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        AtomicLong delivered = new AtomicLong();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:transactions")
                        .setProperty("page", constant(1))
                        .loopDoWhile(exchangeProperty("page").isNotNull())
                            .removeHeaders("*")
                            .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                            .setHeader(Exchange.HTTP_QUERY, simple("bank_account_id=" + ACCOUNT
                                    + "&per_page=100&page=${exchangeProperty.page}"))
                            .setHeader("Authorization", constant(LOGIN + ":" + SECRET))
                            .to(server.baseUrl() + "/v2/transactions")
                            .unmarshal(new JacksonDataFormat(PLAIN, TransactionsPage.class))
                            .setProperty("page", simple("${body.meta.nextPage}"))
                            .split(simple("${body.transactions}"))
                                .process(exchange -> {
                                    SINK.addAndGet(exchange.getMessage().getBody(Transaction.class).amountCents());
                                    delivered.incrementAndGet();
                                })
                            .end()
                        .end();
            }
        });
        camel.start();
        try {
            CpuMeter before = CpuMeter.snapshot();
            long start = System.nanoTime();
            camel.createProducerTemplate().sendBody("direct:transactions", null);
            long nanos = System.nanoTime() - start;
            long[] spent = CpuMeter.snapshot().since(before);
            check(delivered.get(), items, "the camel-http route");
            return new RunResult(delivered.get(), nanos, spent[0], spent[1], server.listRequests());
        } finally {
            camel.stop();
        }
    }

    private static void check(long count, int expected, String who) {
        if (count != expected) {
            throw new IllegalStateException(who + " read " + count + " items of " + expected);
        }
    }
}
