package io.camelqonto.component;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.model.InvalidInputException;

import static io.camelqonto.component.QontoFilter.Kind.BOOLEAN;
import static io.camelqonto.component.QontoFilter.Kind.DATE;
import static io.camelqonto.component.QontoFilter.Kind.IBAN;
import static io.camelqonto.component.QontoFilter.Kind.IBANS;
import static io.camelqonto.component.QontoFilter.Kind.INSTANT;
import static io.camelqonto.component.QontoFilter.Kind.TEXT;
import static io.camelqonto.component.QontoFilter.Kind.TEXTS;

/**
 * The path of a {@code qonto:} URI. A plural resource is a collection: it can be listed and, when Qonto offers a time
 * filter to resume from, consumed. A singular resource is one object to create, get or act on. Each resource lists
 * the operations it allows with the catalog entry ({@link QontoOperation}) each one calls, and the query filters
 * that apply to it.
 */
public enum QontoResource {

    requests(
            operations(QontoOperations.list, QontoOperation.LIST_REQUESTS),
            QontoOperations.list, List.of("created_at", "processed_at"),
            QontoFilter.choices("status", "status[]", QontoConfiguration::getStatus,
                    "pending", "approved", "declined", "canceled"),
            QontoFilter.choices("requestType", "request_type[]", QontoConfiguration::getRequestType,
                    "transfer", "multi_transfer", "flash_card", "virtual_card"),
            QontoFilter.of("createdAtFrom", "created_at_from", INSTANT, QontoConfiguration::getCreatedAtFrom),
            QontoFilter.of("processedAtFrom", "processed_at_from", INSTANT, QontoConfiguration::getProcessedAtFrom),
            QontoFilter.choice("sortBy", "sort_by", QontoConfiguration::getSortBy,
                    "created_at:asc", "created_at:desc", "processed_at:asc", "processed_at:desc",
                    "status:asc", "status:desc")),

    request(
            operations(QontoOperations.approve, QontoOperation.APPROVE_REQUEST,
                    QontoOperations.decline, QontoOperation.DECLINE_REQUEST),
            null, List.of()),

    transactions(
            operations(QontoOperations.list, QontoOperation.LIST_TRANSACTIONS),
            QontoOperations.list, List.of("updated_at", "settled_at", "emitted_at"),
            QontoFilter.of("bankAccountId", "bank_account_id", TEXT, QontoConfiguration::getBankAccountId),
            QontoFilter.of("iban", "iban", IBAN, QontoConfiguration::getIban),
            QontoFilter.choices("status", "status[]", QontoConfiguration::getStatus,
                    "pending", "declined", "completed"),
            QontoFilter.choice("side", "side", QontoConfiguration::getSide, "credit", "debit"),
            QontoFilter.of("operationType", "operation_type[]", TEXTS, QontoConfiguration::getOperationType),
            QontoFilter.of("updatedAtFrom", "updated_at_from", INSTANT, QontoConfiguration::getUpdatedAtFrom),
            QontoFilter.of("updatedAtTo", "updated_at_to", INSTANT, QontoConfiguration::getUpdatedAtTo),
            QontoFilter.of("settledAtFrom", "settled_at_from", INSTANT, QontoConfiguration::getSettledAtFrom),
            QontoFilter.of("settledAtTo", "settled_at_to", INSTANT, QontoConfiguration::getSettledAtTo),
            QontoFilter.of("emittedAtFrom", "emitted_at_from", INSTANT, QontoConfiguration::getEmittedAtFrom),
            QontoFilter.of("emittedAtTo", "emitted_at_to", INSTANT, QontoConfiguration::getEmittedAtTo),
            QontoFilter.of("withAttachments", "with_attachments", BOOLEAN, QontoConfiguration::getWithAttachments),
            QontoFilter.choices("includes", "includes[]", QontoConfiguration::getIncludes,
                    "labels", "attachments", "vat_details"),
            QontoFilter.choice("sortBy", "sort_by", QontoConfiguration::getSortBy,
                    "updated_at:asc", "updated_at:desc", "settled_at:asc", "settled_at:desc",
                    "emitted_at:asc", "emitted_at:desc")),

    transaction(
            operations(QontoOperations.get, QontoOperation.GET_TRANSACTION),
            QontoOperations.get, List.of(),
            QontoFilter.choices("includes", "includes[]", QontoConfiguration::getIncludes,
                    "labels", "attachments", "vat_details")),

    sepaTransfers(
            operations(QontoOperations.list, QontoOperation.LIST_SEPA_TRANSFERS),
            QontoOperations.list, List.of("updated_at"),
            QontoFilter.choices("status", "status[]", QontoConfiguration::getStatus,
                    "pending", "processing", "canceled", "declined", "settled"),
            QontoFilter.of("updatedAtFrom", "updated_at_from", INSTANT, QontoConfiguration::getUpdatedAtFrom),
            QontoFilter.of("updatedAtTo", "updated_at_to", INSTANT, QontoConfiguration::getUpdatedAtTo),
            QontoFilter.of("scheduledDateFrom", "scheduled_date_from", DATE,
                    QontoConfiguration::getScheduledDateFrom),
            QontoFilter.of("scheduledDateTo", "scheduled_date_to", DATE, QontoConfiguration::getScheduledDateTo),
            QontoFilter.of("beneficiaryIds", "beneficiary_ids[]", TEXTS, QontoConfiguration::getBeneficiaryIds),
            QontoFilter.of("ids", "ids[]", TEXTS, QontoConfiguration::getIds),
            QontoFilter.choice("sortBy", "sort_by", QontoConfiguration::getSortBy,
                    "updated_at:asc", "updated_at:desc", "scheduled_date:asc", "scheduled_date:desc")),

    sepaTransfer(
            operations(QontoOperations.create, QontoOperation.CREATE_SEPA_TRANSFER,
                    QontoOperations.get, QontoOperation.GET_SEPA_TRANSFER,
                    QontoOperations.cancel, QontoOperation.CANCEL_SEPA_TRANSFER,
                    QontoOperations.downloadProof, QontoOperation.DOWNLOAD_SEPA_TRANSFER_PROOF,
                    QontoOperations.verifyPayee, QontoOperation.VERIFY_PAYEE),
            QontoOperations.create, List.of()),

    sepaBeneficiaries(
            operations(QontoOperations.list, QontoOperation.LIST_SEPA_BENEFICIARIES),
            QontoOperations.list, List.of(),
            QontoFilter.of("iban", "iban[]", IBANS, QontoConfiguration::getIban),
            QontoFilter.choices("status", "status[]", QontoConfiguration::getStatus,
                    "pending", "validated", "declined"),
            QontoFilter.of("trusted", "trusted", BOOLEAN, QontoConfiguration::getTrusted)),

    sepaBeneficiary(
            operations(QontoOperations.get, QontoOperation.GET_SEPA_BENEFICIARY,
                    QontoOperations.create, QontoOperation.CREATE_SEPA_BENEFICIARY,
                    QontoOperations.update, QontoOperation.UPDATE_SEPA_BENEFICIARY,
                    QontoOperations.untrust, QontoOperation.UNTRUST_SEPA_BENEFICIARIES),
            QontoOperations.get, List.of()),

    organization(
            operations(QontoOperations.get, QontoOperation.GET_ORGANIZATION),
            QontoOperations.get, List.of(),
            QontoFilter.of("includeExternalAccounts", "include_external_accounts", BOOLEAN,
                    QontoConfiguration::getIncludeExternalAccounts)),

    bankAccounts(
            operations(QontoOperations.list, QontoOperation.LIST_BANK_ACCOUNTS),
            QontoOperations.list, List.of());

    private final Map<QontoOperations, QontoOperation> operations;
    private final QontoOperations defaultOperation;
    private final List<String> cursorFields;
    private final List<QontoFilter> filters;

    QontoResource(Map<QontoOperations, QontoOperation> operations, QontoOperations defaultOperation,
                  List<String> cursorFields, QontoFilter... filters) {
        this.operations = Collections.unmodifiableMap(operations);
        this.defaultOperation = defaultOperation;
        this.cursorFields = cursorFields;
        this.filters = List.of(filters);
    }

    private static Map<QontoOperations, QontoOperation> operations(Object... pairs) {
        Map<QontoOperations, QontoOperation> map = new EnumMap<>(QontoOperations.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((QontoOperations) pairs[i], (QontoOperation) pairs[i + 1]);
        }
        return map;
    }

    /**
     * The resource named by a URI path.
     *
     * @throws InvalidInputException naming the unknown value and the known resources
     */
    public static QontoResource fromPath(String path) {
        return Arrays.stream(values()).filter(r -> r.name().equals(path)).findFirst()
                .orElseThrow(() -> new InvalidInputException("qonto endpoint", "resource",
                        "'" + path + "' is not a Qonto resource; known resources: " + names(Arrays.asList(values()))));
    }

    /** Whether this is a collection (plural) resource, listed page by page. */
    public boolean isCollection() {
        return operations.containsKey(QontoOperations.list);
    }

    /** The operations allowed here, in a stable order, with the catalog entry each one calls. */
    public Map<QontoOperations, QontoOperation> operations() {
        return operations;
    }

    /** The operation a producer runs when neither the header nor the option names one; null when one is required. */
    public QontoOperations defaultOperation() {
        return defaultOperation;
    }

    /**
     * The catalog entry of a named operation.
     *
     * @throws InvalidInputException naming the operation and the ones this resource allows
     */
    public QontoOperation operation(String name, String source) {
        QontoOperations op = QontoOperations.of(name).orElse(null);
        if (op == null || !operations.containsKey(op)) {
            throw new InvalidInputException("qonto:" + name(), source,
                    "'" + name + "' is not an operation of " + name() + "; allowed: " + names(operations.keySet()));
        }
        return operations.get(op);
    }

    /** Whether a polling consumer can read this resource: it needs a time filter and sort order to resume from. */
    public boolean isConsumable() {
        return !cursorFields.isEmpty();
    }

    /** The timestamp fields a consumer can resume from; the first is the default. Empty when not consumable. */
    public List<String> cursorFields() {
        return cursorFields;
    }

    /** The query filters that apply to this resource. */
    public List<QontoFilter> filters() {
        return filters;
    }

    /** Every filter option of every resource, by option name, to detect options set where they do not apply. */
    public static Map<String, QontoFilter> allFilters() {
        Map<String, QontoFilter> all = new LinkedHashMap<>();
        for (QontoResource resource : values()) {
            resource.filters.forEach(f -> all.putIfAbsent(f.option(), f));
        }
        return all;
    }

    /** Names of the consumable resources, for error messages. */
    public static String consumableNames() {
        return names(Arrays.stream(values()).filter(QontoResource::isConsumable).toList());
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
