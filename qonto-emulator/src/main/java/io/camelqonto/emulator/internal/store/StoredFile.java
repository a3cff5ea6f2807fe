package io.camelqonto.emulator.internal.store;

/** The bytes of an uploaded file, with the name and media type it came with. */
public record StoredFile(String fileName, String contentType, byte[] content) {

    public StoredFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "StoredFile[fileName=" + fileName + ", contentType=" + contentType + ", size=" + content.length + "]";
    }
}
