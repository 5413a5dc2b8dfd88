package org.gongzhi.notice;

import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoUpload;

/**
 * A file attached to a notice, judged by its bytes and never by its name or the type the browser claims: a JPEG or
 * PNG (re-encoded from its pixels, as every uploaded photo is) or a PDF that PDFBox can open. Anything else is
 * refused with a message naming the field.
 */
public record AttachmentUpload(String name, String contentType, byte[] bytes) {

    public static final long MAX_PDF_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_NOTICE = 5;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final int MAX_NAME = 120;

    public static AttachmentUpload of(byte[] bytes, String originalName, String field) {
        String name = name(originalName);
        if (bytes.length >= PDF.length && Arrays.equals(bytes, 0, PDF.length, PDF, 0, PDF.length)) {
            if (bytes.length > MAX_PDF_BYTES) {
                throw InvalidInput.of(field, "notice.attachment.invalid.size", MAX_PDF_BYTES / 1024 / 1024);
            }
            try (PDDocument document = Loader.loadPDF(bytes)) {
                if (document.getNumberOfPages() == 0) {
                    throw InvalidInput.of(field, "notice.attachment.invalid.type");
                }
            } catch (IOException e) {
                throw InvalidInput.of(field, "notice.attachment.invalid.type");
            }
            return new AttachmentUpload(withExtension(name, "pdf"), "application/pdf", bytes);
        }
        if (!PhotoUpload.looksLikePhoto(bytes)) {
            throw InvalidInput.of(field, "notice.attachment.invalid.type");
        }
        PhotoUpload photo = PhotoUpload.of(bytes, field);
        return new AttachmentUpload(withExtension(name, photo.extension()), photo.contentType(), photo.bytes());
    }

    public String extension() {
        return switch (contentType) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }

    /** The name shown for the file: the last part of what the browser sent, without control characters. */
    private static String name(String original) {
        String plain = original == null ? "" : original.replaceAll("^.*[/\\\\]", "")
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        return plain.isEmpty() ? "attachment" : plain.length() > MAX_NAME ? plain.substring(0, MAX_NAME) : plain;
    }

    private static String withExtension(String name, String extension) {
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return (base.isEmpty() ? "attachment" : base) + "." + extension;
    }
}
