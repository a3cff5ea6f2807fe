package io.camelqonto.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The monthly statement of a bank account; {@code period} is Qonto's {@code MM-YYYY}, kept as sent. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(String id, String bankAccountId, String period, File file,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements QontoModel, FileLink {

    /**
     * Keeps its own copy of the keys beyond the declared ones.
     *
     * @param id            its id
     * @param bankAccountId the id of the account
     * @param period        the month, {@code MM-YYYY}
     * @param file          its PDF
     * @param otherFields   the keys beyond the declared ones, kept and written back as they are; none when null
     */
    public Statement {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The statement's PDF. {@code fileUrl} is a download link that may grant access by itself, so {@link #toString()}
     * leaves it out; {@code fileSize} is a string, as Qonto sends it.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record File(String fileName, String fileContentType, String fileSize, String fileUrl,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

        /**
         * Keeps its own copy of the keys beyond the declared ones.
         *
         * @param fileName        the file's name
         * @param fileContentType the file's media type, e.g. {@code application/pdf}
         * @param fileSize        the file's size in bytes, a string as Qonto sends it
         * @param fileUrl         a download link that may grant access by itself
         * @param otherFields     the keys beyond the declared ones, kept and written back as they are; none when null
         */
        public File {
            otherFields = OtherFields.copyOf(otherFields);
        }

        @Override
        public String toString() {
            return "File[fileName=" + fileName + ", fileContentType=" + fileContentType + ", fileSize=" + fileSize
                    + ", otherFields=" + OtherFields.describe(otherFields) + "]";
        }
    }

    @Override
    public String fileUrl() {
        return file == null ? null : file.fileUrl();
    }

    @Override
    public String fileName() {
        return file == null ? null : file.fileName();
    }

    @Override
    public String fileContentType() {
        return file == null ? null : file.fileContentType();
    }

    @Override
    public String toString() {
        return "Statement[id=" + id + ", bankAccountId=" + bankAccountId + ", period=" + period + ", file=" + file
                + ", otherFields=" + OtherFields.describe(otherFields) + "]";
    }
}
