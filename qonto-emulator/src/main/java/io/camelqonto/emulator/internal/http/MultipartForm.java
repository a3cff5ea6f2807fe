package io.camelqonto.emulator.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578) as Qonto's upload endpoints read it: its parts in the order they came,
 * each with its field name, the file name and media type a file part carries, and its bytes.
 */
public final class MultipartForm {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private final List<Part> parts;

    private MultipartForm(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * The form a request carries.
     *
     * @return empty when the request is not {@code multipart/form-data}
     * @throws IllegalArgumentException when it says it is, and its body is not one
     */
    public static Optional<MultipartForm> read(ApiRequest request) {
        Optional<String> type = request.header("Content-Type");
        if (type.isEmpty() || !type.get().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        String boundary = parameters(type.get()).get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new IllegalArgumentException("the multipart/form-data content type names no boundary");
        }
        return Optional.of(parse(request.rawBody() == null ? new byte[0] : request.rawBody(), boundary));
    }

    public List<Part> parts() {
        return parts;
    }

    /** The parts of a field, in order: a field repeated for each item of a list has several. */
    public List<Part> all(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).toList();
    }

    public Optional<Part> first(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst();
    }

    /** The text of a field that is not a file, if it came. */
    public Optional<String> text(String name) {
        return first(name).filter(part -> !part.isFile()).map(Part::text);
    }

    private static MultipartForm parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        int start = indexOf(body, delimiter, 0);
        if (start < 0) {
            throw new IllegalArgumentException("the body holds no part delimited by its boundary");
        }
        List<Part> parts = new ArrayList<>();
        int position = start + delimiter.length;
        while (true) {
            if (startsWith(body, position, new byte[] {'-', '-'})) {
                return new MultipartForm(parts);
            }
            if (!startsWith(body, position, CRLF)) {
                throw new IllegalArgumentException("a boundary is not followed by a line break");
            }
            int headersStart = position + CRLF.length;
            int headersEnd = indexOf(body, HEADERS_END, headersStart);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("a part's headers do not end");
            }
            byte[] nextDelimiter = concat(CRLF, delimiter);
            int contentEnd = indexOf(body, nextDelimiter, headersEnd + HEADERS_END.length);
            if (contentEnd < 0) {
                throw new IllegalArgumentException("the last part is not closed by the boundary");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, headersEnd + HEADERS_END.length, contentEnd)));
            position = contentEnd + nextDelimiter.length;
        }
    }

    private static Part part(String headerBlock, byte[] content) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : headerBlock.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String disposition = headers.get("content-disposition");
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw new IllegalArgumentException("a part has no form-data Content-Disposition");
        }
        Map<String, String> parameters = parameters(disposition);
        String name = parameters.get("name");
        if (name == null) {
            throw new IllegalArgumentException("a part has no name");
        }
        String fileName = parameters.containsKey("filename*") ? extended(parameters.get("filename*"))
                : percentDecoded(parameters.get("filename"));
        return new Part(name, fileName, headers.get("content-type"), content);
    }

    /** The {@code key=value} parameters after the first {@code ;} of a header, values unquoted. */
    private static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = header.substring(i + 1, equals).trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = equals + 1;
            if (j < header.length() && header.charAt(j) == '"') {
                for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length()) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                }
                j = header.indexOf(';', j);
            } else {
                int end = header.indexOf(';', j);
                value.append(header, j, end < 0 ? header.length() : end);
                j = end;
            }
            parameters.put(key, value.toString().trim());
            i = j;
        }
        return parameters;
    }

    /** An RFC 5987 value such as {@code UTF-8''re%C3%A7u.pdf}. */
    private static String extended(String value) {
        int quote = value.indexOf("''");
        String encoded = quote < 0 ? value : value.substring(quote + 2);
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * A file name written with RFC 7578's percent-encoding, decoded as Rack (the multipart parser of Rails) does.
     * Inferred: Qonto answers like a Rails application. Decoded
     * only when every {@code %} starts an escape, so that a name with a bare {@code %} stays as it is.
     */
    private static String percentDecoded(String fileName) {
        if (fileName == null || !fileName.contains("%") || !fileName.replaceAll("%[0-9a-fA-F]{2}", "").matches(
                "[^%]*")) {
            return fileName;
        }
        return URLDecoder.decode(fileName.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (body[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        for (int i = Math.max(0, from); i <= body.length - target.length; i++) {
            if (startsWith(body, i, target)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /**
     * One field of the form.
     *
     * @param fileName    the name a file part gives its file; null for a text field
     * @param contentType the media type a part declares, or null
     */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public Part {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        public boolean isFile() {
            return fileName != null;
        }

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        public int size() {
            return content.length;
        }

        /** The content is left out: a file may hold anything. */
        @Override
        public String toString() {
            return "Part[name=" + name + ", fileName=" + fileName + ", contentType=" + contentType + ", size="
                    + content.length + "]";
        }
    }
}
