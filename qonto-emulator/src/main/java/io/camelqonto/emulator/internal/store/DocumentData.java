package io.camelqonto.emulator.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organization's paperwork beyond transactions: supplier invoices, insurance contracts with their documents, the
 * bytes of the files uploaded through the API, and the Embed auth links handed out. Not thread-safe: the emulator's
 * state lock guards it.
 */
public final class DocumentData {

    private final ResourceTable supplierInvoices = new ResourceTable();
    private final ResourceTable insuranceContracts = new ResourceTable();
    /** Uploaded files by the id of the attachment or document they are: Qonto's objects carry links, not bytes. */
    private final Map<String, StoredFile> files = new HashMap<>();
    private final List<ObjectNode> embedAuthLinks = new ArrayList<>();
    /** The SHA-256 of each supplier invoice's file, by invoice id: Qonto flags invoices uploaded twice. */
    private final Map<String, String> supplierInvoiceDigests = new HashMap<>();
    private final Map<String, UploadKey> supplierInvoiceKeys = new HashMap<>();

    public ResourceTable supplierInvoices() {
        return supplierInvoices;
    }

    public ResourceTable insuranceContracts() {
        return insuranceContracts;
    }

    public Optional<StoredFile> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    public void file(String id, StoredFile file) {
        files.put(id, file);
    }

    public void forgetFile(String id) {
        files.remove(id);
    }

    public List<ObjectNode> embedAuthLinks() {
        return embedAuthLinks;
    }

    public String supplierInvoiceDigest(String invoiceId) {
        return supplierInvoiceDigests.get(invoiceId);
    }

    public void supplierInvoiceDigest(String invoiceId, String digest) {
        supplierInvoiceDigests.put(invoiceId, digest);
    }

    public Optional<UploadKey> supplierInvoiceKey(String idempotencyKey) {
        return Optional.ofNullable(supplierInvoiceKeys.get(idempotencyKey));
    }

    public void supplierInvoiceKey(String idempotencyKey, String invoiceId, Instant at) {
        supplierInvoiceKeys.put(idempotencyKey, new UploadKey(invoiceId, at));
    }

    /** The invoice an upload's idempotency key created, and when. */
    public record UploadKey(String invoiceId, Instant at) {
    }
}
