package org.gongzhi.shared.files;

import java.util.Arrays;

import org.gongzhi.shared.domain.InvalidInput;

/** A photo a person uploads: JPEG or PNG, judged by its bytes rather than by what the browser claims. */
public record PhotoUpload(byte[] bytes, String contentType) {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Checks size and kind; {@code field} names the form field in the error. */
    public static PhotoUpload of(byte[] bytes, String field) {
        if (bytes.length > MAX_BYTES) {
            throw InvalidInput.of(field, "photo.validation.size", MAX_BYTES / 1024 / 1024);
        }
        if (startsWith(bytes, JPEG)) {
            return new PhotoUpload(bytes, "image/jpeg");
        }
        if (startsWith(bytes, PNG)) {
            return new PhotoUpload(bytes, "image/png");
        }
        throw InvalidInput.of(field, "photo.validation.type");
    }

    public String extension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
