package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Attachments;
import io.camelqonto.emulator.internal.domain.SupplierInvoices;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.http.MultipartForm;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.StoredFile;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Supplier invoices: listed with every filter Qonto documents, read by id, and created in bulk from uploaded files,
 * each with its own idempotency key. Open to API keys.
 */
final class SupplierInvoiceApi {

    private static final String ITEM = "supplier_invoices[]";
    private static final List<String> DUE_DATES = List.of("past_and_today", "future", "missing_date");
    /** Inferred: Qonto names {@code this_week} as an example of its "friendly" values, not the full list. */
    private static final List<String> PERIODS = List.of("today", "this_week", "last_week", "this_month",
            "last_month", "this_year");
    /** Inferred: the only document type Qonto's reference shows. */
    private static final List<String> DOCUMENT_TYPES = List.of("duplicates");
    private static final List<String> QUERY_FIELDS = List.of("supplier_name", "invoice_number", "file_name",
            "description");
    /** Inferred: Qonto documents {@code sort_by}, not its fields. */
    private static final List<String> SORT_FIELDS = List.of("created_at", "updated_at", "issue_date", "due_date");

    List<Endpoint> endpoints() {
        return List.of(
                Endpoint.anyAuth("GET", "/v2/supplier_invoices", Scopes.SUPPLIER_INVOICE_READ, this::list),
                Endpoint.anyAuth("GET", "/v2/supplier_invoices/{id}", Scopes.SUPPLIER_INVOICE_READ, this::get),
                Endpoint.anyAuth("POST", "/v2/supplier_invoices/bulk", Scopes.SUPPLIER_INVOICE_WRITE,
                        this::bulkCreate));
    }

    private ApiResponse list(ApiCall call) {
        QueryReader query = call.query();
        List<String> statuses = query.enumValues(SupplierInvoices.STATUSES, "filter[status]", "filter[status][]");
        List<String> dueDates = query.enumValues(DUE_DATES, "filter[due_date]", "filter[due_date][]");
        List<String> attachmentIds = query.values("filter[attachment_id]", "filter[attachment_id][]");
        List<String> documentTypes = query.enumValues(DOCUMENT_TYPES, "filter[document_type]",
                "filter[document_type][]");
        List<String> approvers = query.values("filter[approver_id][]", "filter[approver_id]");
        LocalDate today = call.domain().now().atZone(ZoneOffset.UTC).toLocalDate();
        Optional<LocalDate[]> paymentPeriod = period(query, "filter[payment_date]", today);
        Optional<LocalDate[]> issuePeriod = period(query, "filter[issue_date]", today);
        Optional<LocalDate> issuedFrom = query.date("filter[issue_date_from]");
        Optional<Boolean> missingData = query.bool("filter[missing_data]");
        Optional<Boolean> matched = query.bool("filter[matched_transactions]");
        boolean excludeCreditNotes = query.bool("filter[exclude_credit_notes]").orElse(false);
        Optional<Predicate<ObjectNode>> payable = query.first("filter[payable_amount]").map(SupplierInvoiceApi::amount);
        Optional<String> text = query.first("query").map(t -> t.toLowerCase(Locale.ROOT));
        List<String> fields = query.first("query_fields").map(f -> List.of(f.split(","))).orElse(QUERY_FIELDS);
        if (!QUERY_FIELDS.containsAll(fields)) {
            throw QontoErrors.unprocessable(ApiError.atParameter("not_in_list",
                    "query_fields must be among: " + String.join(", ", QUERY_FIELDS), "query_fields"));
        }
        List<TimeRange> ranges = List.of(range(query, "created_at"), range(query, "updated_at"));
        SortOrder sort = SortOrder.read(query, SORT_FIELDS, "created_at:desc");
        PageRequest page = PageRequest.read(query, PageRequest.DEFAULT_PER_PAGE);

        Predicate<ObjectNode> filter = i -> statuses.isEmpty() || statuses.contains(i.get("status").asText());
        filter = filter.and(i -> dueDates.isEmpty() || dueDates.contains(dueDate(i, today)));
        filter = filter.and(i -> attachmentIds.isEmpty() || attachmentIds.contains(i.get("attachment_id").asText()));
        filter = filter.and(i -> documentTypes.isEmpty() || i.get("has_duplicates").asBoolean());
        filter = filter.and(i -> approvers.isEmpty() || Json.stringList(i.path("approval_workflow")
                .path("approver_ids")).stream().anyMatch(approvers::contains));
        filter = filter.and(i -> paymentPeriod.map(p -> within(i, "payment_date", p)).orElse(true));
        filter = filter.and(i -> issuePeriod.map(p -> within(i, "issue_date", p)).orElse(true));
        filter = filter.and(i -> issuedFrom.map(from -> date(i, "issue_date").map(d -> !d.isBefore(from))
                .orElse(false)).orElse(true));
        filter = filter.and(i -> missingData.map(m -> m == missingData(i)).orElse(true));
        filter = filter.and(i -> matched.map(m -> m == !i.get("matched_transactions").isEmpty()).orElse(true));
        filter = filter.and(i -> !excludeCreditNotes || !i.get("is_credit_note").asBoolean());
        filter = filter.and(i -> payable.map(p -> p.test(i)).orElse(true));
        filter = filter.and(i -> text.map(t -> fields.stream().anyMatch(f -> i.path(f).asText("")
                .toLowerCase(Locale.ROOT).contains(t))).orElse(true));
        for (TimeRange range : ranges) {
            filter = filter.and(range::contains);
        }
        List<ObjectNode> invoices = call.domain().data().documents().supplierInvoices().where(filter).stream()
                .sorted(sort.comparator()).toList();
        return Page.of("supplier_invoices", invoices, page);
    }

    private ApiResponse get(ApiCall call) {
        ObjectNode invoice = new SupplierInvoices(call.domain().data(), call.domain()::now).byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Supplier invoice not found"));
        return ApiResponse.json(200, Json.object().set("supplier_invoice", invoice));
    }

    /**
     * Qonto answers 200 whatever happens to each file: the invoices made, and an error for each file refused, pointing
     * at its index. A file whose key was seen before answers the invoice that key made, once more.
     */
    private ApiResponse bulkCreate(ApiCall call) {
        MultipartForm form = Uploads.form(call);
        String source = form.text("source").orElse("supplier_invoices");
        if (!SupplierInvoices.SOURCES.contains(source)) {
            throw QontoErrors.unprocessable(ApiError.atPointer("not_in_list",
                    "source must be one of: " + String.join(", ", SupplierInvoices.SOURCES), "/source"));
        }
        List<Map<String, MultipartForm.Part>> items = items(form);
        if (items.isEmpty()) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "supplier_invoices can't be blank",
                    "/supplier_invoices"));
        }
        SupplierInvoices invoices = new SupplierInvoices(call.domain().data(), call.domain()::now);
        Attachments attachments = new Attachments(call.domain().data(), call.domain()::now);
        ArrayNode created = Json.array();
        ArrayNode errors = Json.array();
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/supplier_invoices/" + i;
            MultipartForm.Part file = items.get(i).get("file");
            MultipartForm.Part key = items.get(i).get("idempotency_key");
            if (file == null || !file.isFile()) {
                errors.add(ApiError.atPointer("blank", "file can't be blank", pointer + "/file").toJson());
                continue;
            }
            if (key == null || key.text().isBlank()) {
                errors.add(ApiError.atPointer("blank", "idempotency_key can't be blank",
                        pointer + "/idempotency_key").toJson());
                continue;
            }
            if (file.size() == 0) {
                errors.add(ApiError.atPointer("blank", "the file is empty", pointer + "/file").toJson());
                continue;
            }
            Optional<ObjectNode> earlier = invoices.byKey(key.text());
            created.add(earlier.orElseGet(() -> invoices.upload(key.text(), new StoredFile(file.fileName(),
                    Uploads.contentType(file), file.content()), source, attachments)));
        }
        return ApiResponse.json(200, Json.object().<ObjectNode>set("supplier_invoices", created).set("errors",
                errors));
    }

    /**
     * The items of {@code supplier_invoices[][...]} fields, as Rack reads an array of hashes: a field already set in
     * the current item starts the next one.
     */
    private static List<Map<String, MultipartForm.Part>> items(MultipartForm form) {
        List<Map<String, MultipartForm.Part>> items = new ArrayList<>();
        Map<String, MultipartForm.Part> current = null;
        for (MultipartForm.Part part : form.parts()) {
            if (!part.name().startsWith(ITEM + "[") || !part.name().endsWith("]")) {
                continue;
            }
            String field = part.name().substring(ITEM.length() + 1, part.name().length() - 1);
            if (current == null || current.containsKey(field)) {
                current = new LinkedHashMap<>();
                items.add(current);
            }
            current.put(field, part);
        }
        return items;
    }

    private static TimeRange range(QueryReader query, String field) {
        return new TimeRange(field, query.instant("filter[" + field + "_from]"),
                query.instant("filter[" + field + "_to]"));
    }

    /** Inferred: an invoice misses data while its amount, supplier or due date is unknown. */
    private static boolean missingData(ObjectNode invoice) {
        return invoice.get("total_amount").isNull() || invoice.get("supplier_name").isNull()
                || invoice.get("due_date").isNull();
    }

    private static String dueDate(ObjectNode invoice, LocalDate today) {
        return date(invoice, "due_date").map(d -> d.isAfter(today) ? "future" : "past_and_today")
                .orElse("missing_date");
    }

    private static Optional<LocalDate> date(ObjectNode invoice, String field) {
        JsonNode value = invoice.get(field);
        return value == null || value.isNull() ? Optional.empty() : Timestamps.parseDate(value.asText());
    }

    private static boolean within(ObjectNode invoice, String field, LocalDate[] period) {
        return date(invoice, field).map(d -> !d.isBefore(period[0]) && !d.isAfter(period[1])).orElse(false);
    }

    /** A "friendly" period as its first and last day, weeks starting on Monday. */
    private static Optional<LocalDate[]> period(QueryReader query, String name, LocalDate today) {
        return query.enumValue(name, PERIODS).map(value -> switch (value) {
            case "today" -> new LocalDate[] {today, today};
            case "this_week" -> week(today);
            case "last_week" -> week(today.minusWeeks(1));
            case "this_month" -> new LocalDate[] {today.withDayOfMonth(1),
                    today.with(TemporalAdjusters.lastDayOfMonth())};
            case "last_month" -> new LocalDate[] {today.minusMonths(1).withDayOfMonth(1),
                    today.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth())};
            default -> new LocalDate[] {today.withDayOfYear(1), today.with(TemporalAdjusters.lastDayOfYear())};
        });
    }

    private static LocalDate[] week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    /** {@code lte:100.00:EUR} or {@code gte:...}: the payable amount against a bound, in that currency. */
    private static Predicate<ObjectNode> amount(String filter) {
        String[] parts = filter.split(":");
        if (parts.length != 3 || !List.of("lte", "gte").contains(parts[0]) || !parts[1].matches("\\d+(\\.\\d{1,2})?")) {
            throw QontoErrors.unprocessable(ApiError.atParameter("invalid_format",
                    "filter[payable_amount] must read lte:<amount>:<currency> or gte:<amount>:<currency>",
                    "filter[payable_amount]"));
        }
        BigDecimal bound = new BigDecimal(parts[1]);
        return invoice -> {
            JsonNode payable = invoice.get("payable_amount");
            if (payable == null || payable.isNull() || !parts[2].equals(payable.path("currency").asText())) {
                return false;
            }
            int comparison = new BigDecimal(payable.get("value").asText()).compareTo(bound);
            return "lte".equals(parts[0]) ? comparison <= 0 : comparison >= 0;
        };
    }
}
