package org.gongzhi.deliberation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.shared.files.PhotoUpload;

/** Turns uploaded files into checked photos; an empty file input sends an empty part, which is no photo. */
final class ProposalUploads {

    private ProposalUploads() {
    }

    static List<PhotoUpload> photos(List<MultipartFile> files, String field) {
        List<PhotoUpload> photos = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file != null && !file.isEmpty()) {
                    photos.add(PhotoUpload.of(bytes(file), field));
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
