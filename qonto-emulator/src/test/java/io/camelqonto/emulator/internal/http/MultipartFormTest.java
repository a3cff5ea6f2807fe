package io.camelqonto.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    private static final String BOUNDARY = "qonto-7f3a";
    /** Bytes a file may hold: line breaks, dashes, and what looks like a boundary without being one. */
    private static final byte[] BINARY = {'%', 'P', 'D', 'F', '\r', '\n', '-', '-', 'q', 'o', 0, (byte) 0xFF, '\r', '\n'};

    @Test
    void readsFilesAndTextsInOrderWithTheirNamesTypesAndBytes() {
        byte[] body = body(
                part("form-data; name=\"supplier_invoices[][file]\"; filename=\"re%C3%A7u.pdf\"", "application/pdf",
                        BINARY),
                part("form-data; name=\"supplier_invoices[][idempotency_key]\"", "text/plain; charset=UTF-8",
                        "k-1".getBytes(StandardCharsets.UTF_8)),
                part("form-data; name=\"supplier_invoices[][file]\"; filename*=UTF-8''facture%20f%C3%A9v.pdf", null,
                        new byte[] {1}),
                part("form-data; name=\"note\"", null, "50% \"off\"".getBytes(StandardCharsets.UTF_8)));

        MultipartForm form = MultipartForm.read(request("multipart/form-data; charset=UTF-8; boundary=" + BOUNDARY,
                body)).orElseThrow();

        assertThat(form.parts()).extracting(MultipartForm.Part::name).containsExactly("supplier_invoices[][file]",
                "supplier_invoices[][idempotency_key]", "supplier_invoices[][file]", "note");
        assertThat(form.all("supplier_invoices[][file]")).extracting(MultipartForm.Part::fileName)
                .containsExactly("reçu.pdf", "facture fév.pdf");
        assertThat(form.first("supplier_invoices[][file]").orElseThrow().content()).isEqualTo(BINARY);
        assertThat(form.first("supplier_invoices[][file]").orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThat(form.text("supplier_invoices[][idempotency_key]")).contains("k-1");
        assertThat(form.text("note")).contains("50% \"off\"");
        assertThat(form.text("supplier_invoices[][file]")).isEmpty();
    }

    @Test
    void aBodyThatIsNoFormIsNoneAndABrokenFormIsRefused() {
        assertThat(MultipartForm.read(request("application/json", "{}".getBytes(StandardCharsets.UTF_8)))).isEmpty();

        byte[] unclosed = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> MultipartForm.read(request("multipart/form-data; boundary=" + BOUNDARY, unclosed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> MultipartForm.read(request("multipart/form-data", unclosed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
    }

    private static byte[] part(String disposition, String type, byte[] content) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        String head = "Content-Disposition: " + disposition + "\r\n" + (type == null ? "" : "Content-Type: " + type
                + "\r\n") + "\r\n";
        part.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        part.writeBytes(content);
        return part.toByteArray();
    }

    private static byte[] body(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(part);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static ApiRequest request(String contentType, byte[] body) {
        return new ApiRequest("POST", "/v2/attachments", null, Map.of("content-type", List.of(contentType)),
                new String(body, StandardCharsets.UTF_8), body, "127.0.0.1", Instant.EPOCH);
    }
}
