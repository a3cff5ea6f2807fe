package io.camelqonto.component;

import java.time.Instant;

import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.Organization;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.SepaTransfer;
import io.camelqonto.model.Transaction;

/**
 * Reads the few fields the component turns into headers or cursors from the typed models, by name and without
 * reflection.
 */
public final class QontoModels {

    private QontoModels() {
    }

    /** The Qonto id of a model, or null when it has none. */
    public static String id(Object item) {
        if (item instanceof Transaction t) {
            return t.id();
        } else if (item instanceof ApprovalRequest r) {
            return r.id();
        } else if (item instanceof SepaTransfer s) {
            return s.id();
        } else if (item instanceof SepaBeneficiary b) {
            return b.id();
        } else if (item instanceof BankAccount a) {
            return a.id();
        } else if (item instanceof Organization o) {
            return o.id();
        }
        return null;
    }

    /** The status of a model, or null when it has none. */
    public static String status(Object item) {
        if (item instanceof Transaction t) {
            return t.status();
        } else if (item instanceof ApprovalRequest r) {
            return r.status();
        } else if (item instanceof SepaTransfer s) {
            return s.status();
        } else if (item instanceof SepaBeneficiary b) {
            return b.status();
        } else if (item instanceof BankAccount a) {
            return a.status();
        }
        return null;
    }

    /**
     * The value of a timestamp field, by its Qonto name ({@code updated_at}, {@code created_at}, ...).
     *
     * @throws IllegalArgumentException when the model has no such field
     */
    public static Instant instant(Object item, String field) {
        if (item instanceof Transaction t) {
            return switch (field) {
                case "updated_at" -> t.updatedAt();
                case "settled_at" -> t.settledAt();
                case "emitted_at" -> t.emittedAt();
                case "created_at" -> t.createdAt();
                default -> throw noSuchField(item, field);
            };
        } else if (item instanceof ApprovalRequest r) {
            return switch (field) {
                case "created_at" -> r.createdAt();
                case "processed_at" -> r.processedAt();
                default -> throw noSuchField(item, field);
            };
        } else if (item instanceof SepaTransfer s) {
            return switch (field) {
                case "updated_at" -> s.updatedAt();
                case "created_at" -> s.createdAt();
                default -> throw noSuchField(item, field);
            };
        }
        throw noSuchField(item, field);
    }

    private static IllegalArgumentException noSuchField(Object item, String field) {
        return new IllegalArgumentException(item.getClass().getSimpleName() + " has no timestamp field " + field);
    }
}
