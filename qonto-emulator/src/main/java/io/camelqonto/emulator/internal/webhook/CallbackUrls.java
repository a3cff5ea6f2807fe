package io.camelqonto.emulator.internal.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Where the emulator takes and sends webhook deliveries: this machine only, decided without a name lookup. */
public final class CallbackUrls {

    private CallbackUrls() {
    }

    /** {@code localhost} or a loopback address. */
    public static boolean isLoopback(URI url) {
        String host = url.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Inferred: Qonto wants https; plain http is taken for this machine only, where tests listen. */
    public static boolean isAcceptable(URI url) {
        if (url.getHost() == null) {
            return false;
        }
        return "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()) && isLoopback(url);
    }
}
