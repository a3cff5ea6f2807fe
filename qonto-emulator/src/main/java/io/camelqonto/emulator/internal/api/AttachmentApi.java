package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.auth.Scopes;
import io.camelqonto.emulator.internal.domain.Attachments;
import io.camelqonto.emulator.internal.domain.Transactions;
import io.camelqonto.emulator.internal.files.FileServer;
import io.camelqonto.emulator.internal.files.PresignedUrls;
import io.camelqonto.emulator.internal.http.ApiResponse;
import io.camelqonto.emulator.internal.http.MultipartForm;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;

/**
 * Attachments, alone and on transactions: uploading one (multipart {@code file}), reading one with a pre-signed link to
 * its file, listing, adding and removing those of a transaction. Open to API keys; uploads need an idempotency key.
 */
final class AttachmentApi {

    private static final String TRANSACTION_ATTACHMENTS = "/v2/transactions/{transaction_id}/attachments";

    private final PresignedUrls urls;

    AttachmentApi(PresignedUrls urls) {
        this.urls = urls;
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", new PathTemplate("/v2/attachments"), Scopes.ATTACHMENT_WRITE, false, true,
                        this::upload),
                Endpoint.anyAuth("GET", "/v2/attachments/{id}", Scopes.ORGANIZATION_READ, this::get),
                Endpoint.anyAuth("GET", TRANSACTION_ATTACHMENTS, Scopes.ORGANIZATION_READ, this::list),
                new Endpoint("POST", new PathTemplate(TRANSACTION_ATTACHMENTS), Scopes.ATTACHMENT_WRITE, false, true,
                        this::uploadToTransaction),
                Endpoint.anyAuth("DELETE", TRANSACTION_ATTACHMENTS, Scopes.ATTACHMENT_WRITE, this::removeAll),
                Endpoint.anyAuth("DELETE", TRANSACTION_ATTACHMENTS + "/{attachment_id}", Scopes.ATTACHMENT_WRITE,
                        this::remove));
    }

    /** Qonto's answer names the new attachment's id only. */
    private ApiResponse upload(ApiCall call) {
        ObjectNode attachment = store(call);
        return ApiResponse.json(200, Json.object().set("attachment", Json.object().put("id",
                attachment.get("id").asText())));
    }

    private ApiResponse get(ApiCall call) {
        ObjectNode attachment = attachments(call).byId(call.path("id"))
                .orElseThrow(() -> QontoErrors.notFound("Attachment not found"));
        return ApiResponse.json(200, Json.object().set("attachment", render(attachment, call)));
    }

    private ApiResponse list(ApiCall call) {
        PageRequest page = PageRequest.read(call.query(), PageRequest.DEFAULT_PER_PAGE);
        ObjectNode transaction = transaction(call);
        List<ObjectNode> rendered = attachments(call).of(transaction).stream()
                .map(attachment -> render(attachment, call)).toList();
        return Page.of("attachments", rendered, page);
    }

    /**
     * Qonto answers an empty 200 and processes the file in the background, so that the attachment may show a moment
     * later. Inferred: the emulator attaches it at once.
     */
    private ApiResponse uploadToTransaction(ApiCall call) {
        ObjectNode transaction = transaction(call);
        ObjectNode attachment = store(call);
        attachments(call).attach(transactions(call), transaction, attachment.get("id").asText());
        return ApiResponse.empty(200);
    }

    private ApiResponse removeAll(ApiCall call) {
        attachments(call).detach(transactions(call), transaction(call), null);
        return ApiResponse.empty(200);
    }

    /** Inferred: an attachment removed from its transaction is deleted, as in Qonto's app. */
    private ApiResponse remove(ApiCall call) {
        if (!attachments(call).detach(transactions(call), transaction(call), call.path("attachment_id"))) {
            throw QontoErrors.notFound("Attachment not found");
        }
        return ApiResponse.empty(200);
    }

    private ObjectNode store(ApiCall call) {
        MultipartForm.Part file = Uploads.file(call, "file", Attachments.CONTENT_TYPES);
        return attachments(call).upload(file.fileName(), Uploads.contentType(file), file.content());
    }

    /**
     * A fresh pre-signed link to the file, valid 30 minutes, in every answer; the probative (PAdES) version lists all
     * its keys, those it has no value for as null.
     */
    private ObjectNode render(ObjectNode attachment, ApiCall call) {
        ObjectNode rendered = attachment.deepCopy();
        rendered.put("url", urls.link(call.request(), FileServer.attachmentPath(attachment.get("id").asText())));
        ObjectNode probative = Json.object();
        for (String key : List.of("status", "file_name", "file_content_type", "file_size", "url")) {
            probative.set(key, attachment.path("probative_attachment").path(key).isMissingNode() ? null
                    : attachment.path("probative_attachment").get(key));
        }
        rendered.set("probative_attachment", probative);
        return rendered;
    }

    private static ObjectNode transaction(ApiCall call) {
        return transactions(call).byId(call.path("transaction_id"))
                .orElseThrow(() -> QontoErrors.notFound("Transaction not found"));
    }

    private static Transactions transactions(ApiCall call) {
        return call.domain().transactions();
    }

    private static Attachments attachments(ApiCall call) {
        return new Attachments(call.domain().data(), call.domain()::now);
    }
}
