package io.camelqonto.emulator;

import io.camelqonto.emulator.internal.auth.Scopes;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator from the command line until Ctrl-C:
 * {@code java -jar qonto-emulator-<version>-standalone.jar [--port 8080] [--seed 42] [--staging-token X]
 * [--api-key login:secret] [--oauth-client id:secret]}.
 */
public final class QontoEmulatorMain {

    private static final String USAGE = "Usage: java -jar qonto-emulator-standalone.jar [--port 8080] [--seed 42]"
            + " [--staging-token TOKEN] [--api-key LOGIN:SECRET] [--oauth-client ID:SECRET] [--help]";

    private QontoEmulatorMain() {
    }

    /**
     * Starts an emulator with the settings of the command line and runs until the process is stopped.
     *
     * @param args {@code --port}, {@code --seed}, {@code --staging-token}, {@code --api-key LOGIN:SECRET},
     *             {@code --oauth-client ID:SECRET}, each followed by its value
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        if (asksForHelp(List.of(args))) {
            System.out.println(USAGE);
            return;
        }
        QontoEmulator.Builder builder;
        try {
            builder = parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        QontoEmulator emulator = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.stop();
            stopped.countDown();
        }, "qonto-emulator-shutdown"));
        printWelcome(emulator, System.out);
        stopped.await();
    }

    /** Whether the command line asks for the usage ({@code --help} or {@code -h}) rather than an emulator. */
    static boolean asksForHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /** Reads the command line into emulator settings. */
    static QontoEmulator.Builder parse(List<String> args) {
        QontoEmulator.Builder builder = QontoEmulator.builder();
        Iterator<String> arguments = args.iterator();
        while (arguments.hasNext()) {
            String option = arguments.next();
            switch (option) {
                case "--port" -> builder.port(port(option, valueAfter(option, arguments)));
                case "--seed" -> builder.seed(number(option, valueAfter(option, arguments)));
                case "--staging-token" -> builder.stagingToken(valueAfter(option, arguments));
                case "--api-key" -> {
                    String[] pair = pair(option, valueAfter(option, arguments));
                    builder.apiKey(pair[0], pair[1]);
                }
                case "--oauth-client" -> {
                    String[] pair = pair(option, valueAfter(option, arguments));
                    builder.oauthClient(pair[0], pair[1]);
                }
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return builder;
    }

    /**
     * What a developer needs to start calling: this is a local tool with demo credentials, so they are
     * printed, with a fresh refresh token for trying OAuth at once.
     */
    static void printWelcome(QontoEmulator emulator, PrintStream out) {
        OAuthTokens tokens = emulator.oauth().issueTokens(Scopes.ALL);
        out.println("Qonto emulator listening on " + emulator.baseUrl() + " (seed " + emulator.seed() + ")");
        out.println();
        out.println("API key:         Authorization: " + emulator.apiKeyAuthorization());
        out.println("  try:           curl -H 'Authorization: " + emulator.apiKeyAuthorization() + "' "
                + emulator.baseUrl() + "/v2/organization");
        out.println("OAuth client:    " + emulator.oauthClientId() + " / " + emulator.oauthClientSecret());
        out.println("Token endpoint:  " + emulator.oauthTokenUrl());
        out.println("Refresh token:   " + tokens.refreshToken() + "  (scopes: " + String.join(" ", Scopes.ALL) + ")");
        if (emulator.stagingToken() != null) {
            out.println("Sandbox mode:    send X-Qonto-Staging-Token: " + emulator.stagingToken());
        }
        out.println("Admin API:       " + emulator.baseUrl() + "/_emulator/ (journal, faults, reset, store)");
        out.println();
        out.println("Press Ctrl-C to stop.");
    }

    private static String valueAfter(String option, Iterator<String> arguments) {
        if (!arguments.hasNext()) {
            throw new IllegalArgumentException("Missing value after " + option);
        }
        return arguments.next();
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value, e);
        }
    }

    /** Checked before narrowing to an int, which would turn a too large number into another port. */
    private static int port(String option, String value) {
        long port = number(option, value);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(option + " needs a port between 0 and 65535, not " + value);
        }
        return (int) port;
    }

    private static String[] pair(String option, String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException(option + " needs the form first:second");
        }
        return new String[] {value.substring(0, colon), value.substring(colon + 1)};
    }
}
