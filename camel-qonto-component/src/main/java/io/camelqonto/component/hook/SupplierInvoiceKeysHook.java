package io.camelqonto.component.hook;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.camelqonto.client.MultipartBody;

/**
 * Each file of a bulk upload of supplier invoices goes out followed by its own
 * {@code supplier_invoices[][idempotency_key]}: a name-based UUID of the write's key and the file's place in the
 * upload, so that a retry, a redelivery or a replay with the same key sends the same keys and Qonto makes each invoice
 * once.
 */
final class SupplierInvoiceKeysHook implements OperationHook {

    private static final String KEY_FIELD = "supplier_invoices[][idempotency_key]";

    @Override
    public void beforeSend(WriteContext write) {
        MultipartBody upload = (MultipartBody) write.payload();
        String writeKey = write.state().idempotencyKey();
        MultipartBody.Builder keyed = MultipartBody.builder();
        int index = 0;
        for (MultipartBody.Part part : upload.parts()) {
            if (part.file() == null) {
                keyed.text(part.name(), part.text());
                continue;
            }
            keyed.file(part.name(), part.file());
            keyed.text(KEY_FIELD, UUID.nameUUIDFromBytes((writeKey + "/" + index++)
                    .getBytes(StandardCharsets.UTF_8)).toString());
        }
        write.call().body(keyed.build());
    }
}
