package io.camelqonto.emulator.internal.api;

import io.camelqonto.emulator.internal.http.MultipartForm;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the multipart/form-data bodies of Qonto's upload endpoints, with the 422s that refuse them. */
final class Uploads {

    private static final Map<String, String> BY_EXTENSION = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png", "xml", "application/xml");

    private Uploads() {
    }

    /**
     * The form of a call. Inferred: Qonto documents the multipart fields, not the errors for a body that is not a
     * form; a JSON body is refused like a missing one.
     */
    static MultipartForm form(ApiCall call) {
        try {
            return MultipartForm.read(call.request()).orElseThrow(() -> QontoErrors.unprocessable(ApiError.of(
                    "invalid_body", "The request body must be multipart/form-data")));
        } catch (IllegalArgumentException malformed) {
            throw QontoErrors.unprocessable(ApiError.of("invalid_body",
                    "The multipart/form-data body cannot be read: " + malformed.getMessage()));
        }
    }

    /**
     * The one file of the field, not empty and of one of the media types allowed (any when the list is empty).
     * Inferred: the codes of these refusals.
     */
    static MultipartForm.Part file(ApiCall call, String field, List<String> allowed) {
        MultipartForm.Part file = form(call).first(field).filter(MultipartForm.Part::isFile)
                .orElseThrow(() -> QontoErrors.unprocessable(ApiError.atPointer("blank", field + " can't be blank",
                        "/" + field)));
        check(file, "/" + field, allowed);
        return file;
    }

    /** Refuses an empty file, or one whose media type is not allowed (any when the list is empty). */
    static void check(MultipartForm.Part file, String pointer, List<String> allowed) {
        if (file.size() == 0) {
            throw QontoErrors.unprocessable(ApiError.atPointer("blank", "the file is empty", pointer));
        }
        if (!allowed.isEmpty() && !allowed.contains(contentType(file))) {
            throw QontoErrors.unprocessable(ApiError.atPointer("invalid_file_type",
                    "the file must be one of: " + String.join(", ", allowed), pointer));
        }
    }

    /** The media type the part declares, else the one of its file name's extension. */
    static String contentType(MultipartForm.Part file) {
        String declared = file.contentType() == null ? "" : file.contentType().split(";")[0].trim()
                .toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream")) {
            return declared;
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return BY_EXTENSION.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }
}
