package org.gongzhi.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * Turns uploaded files into checked photos for every form and API that takes them; an empty file input sends an
 * empty part, which is no photo.
 */
public final class PhotoUploads {

    private PhotoUploads() {
    }

    /** The checked photo, or null when none was sent; {@code field} names the form field in the error. */
    public static PhotoUpload photo(MultipartFile file, String field) {
        return file == null || file.isEmpty() ? null : PhotoUpload.of(bytes(file), field);
    }

    /** The checked photos that were sent, in order. */
    public static List<PhotoUpload> photos(List<MultipartFile> files, String field) {
        List<PhotoUpload> photos = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                PhotoUpload photo = photo(file, field);
                if (photo != null) {
                    photos.add(photo);
                }
            }
        }
        return photos;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded photo", e);
        }
    }
}
