package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.domain.StatementDocument;
import io.camelqonto.emulator.internal.files.FileServer;
import io.camelqonto.emulator.internal.files.PresignedUrls;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Monthly account statements, each with a pre-signed link to its PDF. */
final class StatementApi {

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private final PresignedUrls urls;

    StatementApi(PresignedUrls urls) {
        this.urls = urls;
    }

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/statements", Scopes.ORGANIZATION_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/statements/{id}", Scopes.ORGANIZATION_READ, this::get));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> accountIds = query.values("bank_account_ids[]");
        List<String> ibans = query.values("ibans[]");
        if (!accountIds.isEmpty() && !ibans.isEmpty()) {
            // Inferred: Qonto documents the two filters as exclusive, not the error it answers.
            throw QontoErrors.unprocessable(ApiError.atParameter("mutually_exclusive",
                    "ibans and bank_account_ids cannot be used together", "ibans[]"));
        }
        Optional<YearMonth> from = month(query, "period_from");
        Optional<YearMonth> to = month(query, "period_to");
        SortOrder sort = SortOrder.read(query, List.of("period"), "period:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);

        Set<String> accounts = ibans.isEmpty() ? Set.copyOf(accountIds) : ibans.stream()
                .flatMap(iban -> call.domain().accounts().byIban(iban).stream())
                .map(account -> account.get("id").asText())
                .collect(Collectors.toSet());
        boolean byAccount = !accountIds.isEmpty() || !ibans.isEmpty();
        Predicate<ObjectNode> filter = s -> !byAccount || accounts.contains(s.get("bank_account_id").asText());
        filter = filter.and(s -> from.map(f -> !StatementDocument.period(s).isBefore(f)).orElse(true));
        filter = filter.and(s -> to.map(t -> !StatementDocument.period(s).isAfter(t)).orElse(true));
        List<ObjectNode> statements = call.domain().data().statements().where(filter).stream()
                // The period is month-year: as text it would not sort by time.
                .sorted(sort.comparator(s -> YEAR_MONTH.format(StatementDocument.period(s))))
                .map(statement -> render(statement, call))
                .toList();
        return Page.of("statements", statements, page);
    }

    private ApiResponse get(ApiCall call) {
        ObjectNode statement = call.domain().data().statements().get(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Statement not found"));
        return ApiResponse.json(200, Json.object().set("statement", render(statement, call)));
    }

    /** A fresh link in every response: Qonto's expire after a while. */
    private ObjectNode render(ObjectNode statement, ApiCall call) {
        ObjectNode rendered = statement.deepCopy();
        ((ObjectNode) rendered.get("file")).put("file_url",
                urls.link(call.request(), FileServer.statementPath(statement.get("id").asText())));
        return rendered;
    }

    /**
     * A month filter. Qonto's own clients send {@code MM-YYYY}, its reference speaks of dates: both are
     * accepted, a date or an instant standing for its month.
     */
    private static Optional<YearMonth> month(QueryReader query, String name) {
        return query.first(name).map(value -> parseMonth(value).orElseThrow(() -> QontoErrors.unprocessable(
                ApiError.atParameter("invalid_date",
                        name + " must be a month as MM-YYYY, e.g. 01-2026, or a date, e.g. 2026-01-15", name))));
    }

    private static Optional<YearMonth> parseMonth(String value) {
        for (DateTimeFormatter format : List.of(StatementDocument.PERIOD, YEAR_MONTH)) {
            try {
                return Optional.of(YearMonth.parse(value, format));
            } catch (DateTimeParseException notThisNotation) {
                // Each notation is tried in turn; only a value none of them reads is refused.
            }
        }
        return Timestamps.parseInstant(value).map(instant -> YearMonth.from(instant.atZone(ZoneOffset.UTC)));
    }
}
