package io.camelqonto.model;

/**
 * A resource that points to a file Qonto serves from a pre-signed link (a statement's PDF, an attachment): the link
 * grants access by itself, so it is fetched without credentials and never logged.
 */
public interface FileLink {

    /** {@return the pre-signed download link, or null when Qonto sent none} */
    String fileUrl();

    /** {@return the file's name as Qonto gives it, or null} */
    String fileName();

    /** {@return the file's media type as Qonto gives it, or null} */
    String fileContentType();
}
