package io.camelqonto.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import io.camelqonto.model.InvalidInputException;

/**
 * Checks the URLs credentials are sent to ({@code baseUrl}, {@code tokenUrl}) before anything is sent: absolute
 * {@code https} URLs, or plain {@code http} to this machine (an emulator, a local proxy). Plain {@code http} to another
 * host would carry API keys, tokens and payments in clear text, so it takes an explicit {@code allowInsecureHttp}.
 * Messages never quote the URL: it may carry credentials in its user part.
 */
public final class ServerUrls {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ServerUrls() {
    }

    /**
     * @param subject           what the URL belongs to, as named in the error (e.g. "qonto:transactions options")
     * @param option            the option holding the URL, as named in the error
     * @param url               the URL to check
     * @param allowInsecureHttp whether plain http may go to a host other than this machine
     * @throws InvalidInputException naming the option and what is wrong with it
     */
    public static void check(String subject, String option, String url, boolean allowInsecureHttp) {
        check(subject, option, url, allowInsecureHttp, false);
    }

    /**
     * Checks a pre-signed file link from Qonto before it is fetched: its query carries the signature, the rest must
     * be as safe as a configured URL (no other scheme, no credentials, plain http only to this machine).
     *
     * @return the link as a URI
     * @throws InvalidInputException naming the field, never quoting the link
     */
    static URI checkFileLink(String subject, String field, String url, boolean allowInsecureHttp) {
        check(subject, field, url, allowInsecureHttp, true);
        return URI.create(url);
    }

    private static void check(String subject, String option, String url, boolean allowInsecureHttp,
            boolean queryAllowed) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(subject, option, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || uri.isOpaque()) {
            throw new InvalidInputException(subject, option, "must be an absolute http(s) URL such as https://host");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidInputException(subject, option, "must use https (or http to this machine), not " + scheme);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException(subject, option, "must not carry user information; credentials have "
                    + "options of their own");
        }
        if (uri.getHost() == null) {
            throw new InvalidInputException(subject, option, "must name a host");
        }
        if (!queryAllowed && uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidInputException(subject, option, "must not have a query or a fragment");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new InvalidInputException(subject, option, "uses plain http to a host other than this machine; use"
                    + " https, or set allowInsecureHttp=true to send credentials unencrypted");
        }
    }

    /** Whether the host is this machine: localhost, 127.0.0.0/8 or ::1. Names are not resolved. */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        if (IPV4_LITERAL.matcher(name).matches()) {
            String[] octets = name.split("\\.");
            for (String octet : octets) {
                if (Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return octets[0].equals("127");
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            try {
                // with a colon in it, the address is parsed as an IPv6 literal, never looked up
                return InetAddress.getByName(name.substring(1, name.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
