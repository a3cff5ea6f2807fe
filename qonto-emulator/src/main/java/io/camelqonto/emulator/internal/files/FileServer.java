package io.camelqonto.emulator.internal.files;

import io.camelqonto.emulator.internal.EmulatorState;
import io.camelqonto.emulator.internal.domain.Attachments;
import io.camelqonto.emulator.internal.domain.StatementDocument;
import io.camelqonto.emulator.internal.http.ApiRequest;
import io.camelqonto.emulator.internal.http.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves the files behind the pre-signed links of API responses, as the storage service behind Qonto's links
 * would: no {@code Authorization} header, a valid signature instead, and S3's XML errors.
 */
public final class FileServer {

    public static final String PREFIX = "/_files/";

    private static final String STATEMENTS = PREFIX + "statements/";
    private static final String CARDS = PREFIX + "cards/";
    private static final String ATTACHMENTS = PREFIX + "attachments/";
    private static final String VIEW = "/view";
    private static final String PDF = ".pdf";

    private final EmulatorState state;
    private final PresignedUrls urls;

    public FileServer(EmulatorState state, PresignedUrls urls) {
        this.state = state;
        this.urls = urls;
    }

    public static boolean handles(String path) {
        return path.startsWith(PREFIX);
    }

    /** Where the PDF of a statement is served. */
    public static String statementPath(String statementId) {
        return STATEMENTS + statementId + PDF;
    }

    /** Where the file of an attachment is served. */
    public static String attachmentPath(String attachmentId) {
        return ATTACHMENTS + attachmentId;
    }

    /** Where the page showing a card's data is served, for an iframe. */
    public static String cardViewPath(String cardId) {
        return CARDS + cardId + VIEW;
    }

    /** The signature is checked first, so that a link that is not valid tells nothing about what exists. */
    public ApiResponse handle(ApiRequest request) {
        Optional<PresignedUrls.Refusal> refusal = urls.check(request);
        if (refusal.isPresent()) {
            return error(403, refusal.get().code(), refusal.get().message());
        }
        return statement(request.path())
                .map(StatementFile::response)
                .or(() -> cardView(request.path()))
                .or(() -> attachment(request.path()))
                .orElseGet(() -> error(404, "NoSuchKey", "The specified key does not exist."));
    }

    /**
     * The page Qonto shows in a card's iframe. The emulator knows no card numbers: it shows what the API shows, the
     * masked number and the expiry.
     */
    private Optional<ApiResponse> cardView(String path) {
        if (!path.startsWith(CARDS) || !path.endsWith(VIEW)) {
            return Optional.empty();
        }
        String id = path.substring(CARDS.length(), path.length() - VIEW.length());
        return state.locked(domain -> domain.data().cards().get(id).map(card -> ApiResponse.text(200,
                "text/html; charset=utf-8", "<!DOCTYPE html><html><body><p>" + card.get("mask_pan").asText()
                        + "</p><p>" + card.get("exp_month").asText() + "/" + card.get("exp_year").asText()
                        + "</p></body></html>")));
    }

    /** An attachment's file, as uploaded (or made up for a seeded one), under the name it was uploaded with. */
    private Optional<ApiResponse> attachment(String path) {
        if (!path.startsWith(ATTACHMENTS)) {
            return Optional.empty();
        }
        String id = path.substring(ATTACHMENTS.length());
        return state.locked(domain -> {
            Attachments attachments = new Attachments(domain.data(), domain::now);
            return attachments.byId(id).map(attachments::file).map(file -> ApiResponse.bytes(200,
                    file.contentType(), file.content())
                    .withHeader("Content-Disposition", disposition(file.fileName())));
        });
    }

    /** RFC 6266: an ASCII name for old clients, and the name itself in UTF-8, since a header is ASCII on the wire. */
    private static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "").replace("\\", "");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private Optional<StatementFile> statement(String path) {
        if (!path.startsWith(STATEMENTS) || !path.endsWith(PDF)) {
            return Optional.empty();
        }
        String id = path.substring(STATEMENTS.length(), path.length() - PDF.length());
        return state.locked(domain -> domain.data().statements().get(id).map(statement -> new StatementFile(
                StatementDocument.fileName(statement),
                StatementDocument.pdf(statement, domain.data().organization()))));
    }

    private static ApiResponse error(int status, String code, String message) {
        return ApiResponse.text(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Error><Code>" + code + "</Code><Message>" + message + "</Message></Error>");
    }

    private record StatementFile(String fileName, byte[] pdf) {

        ApiResponse response() {
            return ApiResponse.bytes(200, StatementDocument.CONTENT_TYPE, pdf)
                    .withHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
    }
}
