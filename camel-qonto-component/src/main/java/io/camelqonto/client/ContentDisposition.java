package io.camelqonto.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the file name of a {@code Content-Disposition} header, in its RFC 6266 forms. */
final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*(?:UTF-8|utf-8)''([^;]+)");
    private static final Pattern QUOTED = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*([^;\\s]+)");

    private ContentDisposition() {
    }

    /** The file name, or null when the header names none. Path parts are dropped: a name is not a place to write. */
    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        String name = null;
        Matcher m = EXTENDED.matcher(header);
        if (m.find()) {
            name = URLDecoder.decode(m.group(1).trim().replace("+", "%2B"), StandardCharsets.UTF_8);
        } else if ((m = QUOTED.matcher(header)).find()) {
            name = m.group(1).replaceAll("\\\\(.)", "$1");
        } else if ((m = PLAIN.matcher(header)).find()) {
            name = m.group(1);
        }
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() || base.equals(".") || base.equals("..") ? null : base;
    }
}
