package io.camelqonto.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;

/** A webhook receiver for the tests: records what the emulator posts and answers with the statuses it is told. */
final class CallbackServer implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();

    CallbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Answer answer;
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("X-Qonto-Signature"), body));
                answer = answers.isEmpty() ? new Answer(200, Duration.ZERO) : answers.poll();
            }
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers, in order; 200 at once when they are spent. */
    synchronized void answer(Integer... statuses) {
        for (int status : statuses) {
            answers.add(new Answer(status, Duration.ZERO));
        }
    }

    /** The next answer comes after this delay. */
    synchronized void answerLate(int status, Duration delay) {
        answers.add(new Answer(status, delay));
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Answer(int status, Duration delay) {
    }

    record Received(String method, String path, String contentType, String signature, byte[] body) {
    }
}
