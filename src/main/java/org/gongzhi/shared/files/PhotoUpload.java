package org.gongzhi.shared.files;

import java.util.Arrays;

import org.gongzhi.shared.domain.InvalidInput;

/**
 * A photo a person uploads: JPEG or PNG, judged by its bytes rather than by what the browser claims, and
 * re-encoded from its pixels so that no metadata (EXIF, GPS) it came with is kept.
 */
public record PhotoUpload(byte[] bytes, String contentType) {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Checks size, kind and pixel count, and re-encodes; {@code field} names the form field in the error. */
    public static PhotoUpload of(byte[] bytes, String field) {
        if (bytes.length > MAX_BYTES) {
            throw InvalidInput.of(field, "photo.validation.size", MAX_BYTES / 1024 / 1024);
        }
        if (startsWith(bytes, JPEG)) {
            return new PhotoUpload(CleanImage.reencode(bytes, "jpeg", field), "image/jpeg");
        }
        if (startsWith(bytes, PNG)) {
            return new PhotoUpload(CleanImage.reencode(bytes, "png", field), "image/png");
        }
        throw InvalidInput.of(field, "photo.validation.type");
    }

    /** Whether the bytes begin as a JPEG or PNG does, before any pixel is decoded. */
    public static boolean looksLikePhoto(byte[] bytes) {
        return startsWith(bytes, JPEG) || startsWith(bytes, PNG);
    }

    public String extension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
