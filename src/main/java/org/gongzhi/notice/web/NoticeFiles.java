package org.gongzhi.notice.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.notice.AttachmentUpload;
import org.gongzhi.notice.NoticeAttachments;

/** Uploaded attachments checked by their bytes, and an attached file answered for showing or downloading. */
final class NoticeFiles {

    private NoticeFiles() {
    }

    /** The checked files that were sent (an empty file input sends an empty part, which is none). */
    static List<AttachmentUpload> uploads(List<MultipartFile> files, String field) {
        List<AttachmentUpload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file != null && !file.isEmpty()) {
                uploads.add(AttachmentUpload.of(bytes(file), file.getOriginalFilename(), field));
            }
        }
        return uploads;
    }

    /** Images shown in the page, PDFs downloaded under their name; never sniffed as anything else. */
    static ResponseEntity<byte[]> answer(NoticeAttachments.File file) {
        boolean image = file.attachment().image();
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.attachment().name(), java.nio.charset.StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff").body(file.bytes());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded attachment", e);
        }
    }
}
