package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.files.OnePagePdf;
import io.camelqonto.emulator.internal.json.Json;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The shape of a monthly account statement and of its PDF. The stored document has no {@code file_url}: that
 * is a pre-signed link made for each response, as Qonto's expire.
 */
public final class StatementDocument {

    public static final String CONTENT_TYPE = "application/pdf";

    /** Qonto writes a statement's period as month-year. */
    public static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM-uuuu");

    private StatementDocument() {
    }

    /** A statement whose {@code file_size} is the size of the PDF {@link #pdf} renders for it. */
    public static ObjectNode create(String id, ObjectNode account, YearMonth period, ObjectNode organization) {
        ObjectNode statement = Json.object()
                .put("id", id)
                .put("bank_account_id", account.get("id").asText())
                .put("period", PERIOD.format(period));
        statement.set("file", Json.object()
                .put("file_name", account.get("slug").asText() + "-statement-" + PERIOD.format(period) + ".pdf")
                .put("file_content_type", CONTENT_TYPE));
        int size = pdf(statement, organization).length;
        ((ObjectNode) statement.get("file")).put("file_size", String.valueOf(size));
        return statement;
    }

    /**
     * The statement's PDF, made only of values that never change, so that it always matches the announced
     * {@code file_size}.
     */
    public static byte[] pdf(ObjectNode statement, ObjectNode organization) {
        return OnePagePdf.render(List.of(
                "Qonto - Account statement",
                organization.get("legal_name").asText(),
                "Period: " + statement.get("period").asText(),
                "Bank account id: " + statement.get("bank_account_id").asText(),
                "Statement id: " + statement.get("id").asText()));
    }

    public static YearMonth period(ObjectNode statement) {
        return YearMonth.parse(statement.get("period").asText(), PERIOD);
    }

    public static String fileName(ObjectNode statement) {
        return statement.at("/file/file_name").asText();
    }
}
