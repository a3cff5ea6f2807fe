package io.camelqonto.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of an upload: {@code multipart/form-data} fields in order, text or files. A field may repeat, as Qonto's
 * bulk upload repeats {@code supplier_invoices[][file]} and {@code supplier_invoices[][idempotency_key]} per invoice.
 * Immutable; its files are read when the call is sent.
 */
public final class MultipartBody {

    private final List<Part> parts;

    private MultipartBody(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** {@return a builder with no field yet} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the fields, in the order they are sent} */
    public List<Part> parts() {
        return parts;
    }

    /** Whether an attempt already took a file that cannot be read again. */
    boolean spent() {
        return parts.stream().map(Part::file).filter(Objects::nonNull).anyMatch(UploadFile::spent);
    }

    @Override
    public String toString() {
        // text fields may be personal data; the names of the fields and files are enough to tell bodies apart
        return "MultipartBody" + parts.stream().map(part -> part.file() == null ? part.name()
                : part.name() + "=" + part.file().fileName()).toList();
    }

    /**
     * One field: a text or a file.
     *
     * @param name the field's name; several fields may share one
     * @param text the value of a text field, null for a file
     * @param file the file of a file field, null for a text
     */
    public record Part(String name, String text, UploadFile file) {

        /**
         * Checks that the field holds exactly one of a text and a file.
         *
         * @param name the field's name
         * @param text the value of a text field, null for a file
         * @param file the file of a file field, null for a text
         * @throws IllegalArgumentException when the field holds both a text and a file, or neither
         */
        public Part {
            Objects.requireNonNull(name, "name");
            if ((text == null) == (file == null)) {
                throw new IllegalArgumentException("a field holds either a text or a file");
            }
        }

        @Override
        public String toString() {
            return "Part[name=" + name + (file == null ? "" : ", file=" + file) + "]";
        }
    }

    /** Collects the fields of a {@link MultipartBody}, in order. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a text field; a null value is skipped, so that optional fields can be passed as they are.
         *
         * @param name  the field's name
         * @param value its value, or null to leave the field out
         * @return this builder
         */
        public Builder text(String name, String value) {
            if (value != null) {
                parts.add(new Part(name, value, null));
            }
            return this;
        }

        /**
         * Adds a file field.
         *
         * @param name the field's name, e.g. {@code file}
         * @param file the file, read when the call is sent
         * @return this builder
         */
        public Builder file(String name, UploadFile file) {
            parts.add(new Part(name, null, Objects.requireNonNull(file, "file")));
            return this;
        }

        /** {@return the body, with the fields added so far} */
        public MultipartBody build() {
            return new MultipartBody(parts);
        }
    }
}
