package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.files.OnePagePdf;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.StoredFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Attachments: the receipts and invoices that justify transactions. An uploaded one keeps its bytes; a seeded one has
 * none, and its file is a PDF of the announced size made up when it is downloaded.
 */
public final class Attachments {

    /** What Qonto takes as an attachment: JPEG, PNG or PDF. */
    public static final List<String> CONTENT_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

    private final DataStore data;
    private final Supplier<Instant> now;

    public Attachments(DataStore data, Supplier<Instant> now) {
        this.data = data;
        this.now = now;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.attachments().get(id);
    }

    /** Stores an uploaded file as a new attachment, linked to nothing yet. */
    public ObjectNode upload(String fileName, String contentType, byte[] content) {
        String id = data.ids().uuid("attachment");
        ObjectNode attachment = Json.object()
                .put("id", id)
                .put("created_at", Timestamps.format(now.get()))
                .put("file_name", fileName)
                .put("file_size", String.valueOf(content.length))
                .put("file_content_type", contentType)
                .putNull("url");
        // Inferred: Qonto makes the PAdES version in the background; a fresh upload has none yet.
        attachment.set("probative_attachment", Json.object().put("status", "pending"));
        data.attachments().put(attachment);
        data.documents().file(id, new StoredFile(fileName, contentType, content));
        return attachment;
    }

    /** The attachments of a transaction, in the order they were added. */
    public List<ObjectNode> of(ObjectNode transaction) {
        List<ObjectNode> attachments = new ArrayList<>();
        transaction.path("attachment_ids").forEach(id -> byId(id.asText()).ifPresent(attachments::add));
        return attachments;
    }

    /** Links an attachment to a transaction, which counts as an update of the transaction. */
    public void attach(Transactions transactions, ObjectNode transaction, String attachmentId) {
        List<String> ids = new ArrayList<>(Json.stringList(transaction.path("attachment_ids")));
        ids.add(attachmentId);
        transactions.update(transaction, Map.of("attachment_ids", ids));
    }

    /**
     * Removes attachments from a transaction (all of them when {@code attachmentId} is null) and forgets them.
     *
     * @return whether the transaction had the attachment
     */
    public boolean detach(Transactions transactions, ObjectNode transaction, String attachmentId) {
        List<String> ids = new ArrayList<>(Json.stringList(transaction.path("attachment_ids")));
        List<String> removed = attachmentId == null ? List.copyOf(ids) : ids.contains(attachmentId)
                ? List.of(attachmentId) : List.of();
        if (attachmentId != null && removed.isEmpty()) {
            return false;
        }
        ids.removeAll(removed);
        transactions.update(transaction, Map.of("attachment_ids", ids));
        removed.forEach(id -> {
            data.attachments().remove(id);
            data.documents().forgetFile(id);
        });
        return true;
    }

    /** The file behind an attachment's link. */
    public StoredFile file(ObjectNode attachment) {
        String id = attachment.get("id").asText();
        return data.documents().file(id).orElseGet(() -> seededFile(attachment));
    }

    /**
     * A seeded attachment's PDF, padded after its end to the {@code file_size} the attachment announces: PDF readers
     * ignore what follows the end-of-file marker.
     */
    private static StoredFile seededFile(ObjectNode attachment) {
        byte[] pdf = OnePagePdf.render(List.of("Receipt", "Attachment id: " + attachment.get("id").asText()));
        JsonNode size = attachment.get("file_size");
        int announced = size == null || size.isNull() ? pdf.length : Integer.parseInt(size.asText());
        byte[] padded = Arrays.copyOf(pdf, Math.max(pdf.length, announced));
        Arrays.fill(padded, pdf.length, padded.length, (byte) ' ');
        return new StoredFile(attachment.get("file_name").asText(), attachment.get("file_content_type").asText(),
                padded);
    }
}
