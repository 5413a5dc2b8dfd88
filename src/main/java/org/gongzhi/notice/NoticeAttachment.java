package org.gongzhi.notice;

/** A file attached to a notice, as its readers see it listed. */
public record NoticeAttachment(long id, long noticeId, String name, String contentType, long size) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
