package org.gongzhi.patrol.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.shared.files.PhotoUpload;

/** Turns an uploaded file into a checked photo; no file is no photo. */
final class CaseUploads {

    private CaseUploads() {
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
