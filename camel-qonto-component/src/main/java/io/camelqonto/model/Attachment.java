package io.camelqonto.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A file justifying a transaction (a receipt, an invoice). {@code url} is a download link valid 30 minutes that grants
 * access by itself, so {@link #toString()} leaves it out; {@code fileSize} is a string, as Qonto sends it. An upload
 * answers the new attachment's id only.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(String id, Instant createdAt, String fileName, String fileSize, String fileContentType,
        String url, ProbativeAttachment probativeAttachment,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel, FileLink {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id                  its id
     * @param createdAt           when it was created
     * @param fileName            the file's name
     * @param fileSize            the file's size in bytes, a string as Qonto sends it
     * @param fileContentType     the file's media type, e.g. {@code application/pdf}
     * @param url                 a download link valid 30 minutes that grants access by itself
     * @param probativeAttachment the PAdES (probative) version of the file, once Qonto made it
     * @param otherFields         the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public Attachment {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The PAdES (probative) version of the file, which Qonto makes in the background: {@code status} says whether it
     * exists yet; its {@code url} is a download link like the attachment's.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProbativeAttachment(String status, String fileName, String fileContentType, String fileSize,
            String url, @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param status          whether the probative version exists yet
         * @param fileName        the file's name
         * @param fileContentType the file's media type, e.g. {@code application/pdf}
         * @param fileSize        the file's size in bytes, a string as Qonto sends it
         * @param url             a download link of the probative version
         * @param otherFields     the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public ProbativeAttachment {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "ProbativeAttachment[status=" + status + ", fileName=" + fileName + ", fileSize=" + fileSize
                    + ", otherFields=" + OtherFields.describe(otherFields) + "]";
        }
    }

    @Override
    public String fileUrl() {
        return url;
    }

    @Override
    public String toString() {
        return "Attachment[id=" + id + ", createdAt=" + createdAt + ", fileName=" + fileName + ", fileSize=" + fileSize
                + ", fileContentType=" + fileContentType + ", probativeAttachment=" + probativeAttachment
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
