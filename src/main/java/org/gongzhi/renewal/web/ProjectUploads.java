package org.gongzhi.renewal.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.shared.files.PhotoUpload;

/** Turns an uploaded progress photo into a checked one (JPEG or PNG, 5 MB at most); no file is no photo. */
final class ProjectUploads {

    private ProjectUploads() {
    }

    static PhotoUpload photo(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return PhotoUpload.of(file.getBytes(), "photo");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded photo", e);
        }
    }
}
