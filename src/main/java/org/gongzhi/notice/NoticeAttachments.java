package org.gongzhi.notice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.files.PhotoStore;

/** The files attached to notices: their bytes in the file store, what they are in the database. */
@Repository
public class NoticeAttachments {

    private static final String FOLDER = "notices";

    private final JdbcClient jdbc;
    private final PhotoStore files;

    NoticeAttachments(JdbcClient jdbc, PhotoStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    public long add(long communityId, long noticeId, AttachmentUpload upload, OffsetDateTime now) {
        String key = files.save(FOLDER, upload.bytes(), upload.extension());
        jdbc.sql("""
                insert into notice_attachment (community_id, notice_id, file_key, content_type, name, size_bytes,
                created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, noticeId, key, upload.contentType(), upload.name(), upload.bytes().length, now)
                .update();
        return jdbc.sql("select max(id) from notice_attachment where notice_id = ? and community_id = ? and file_key = ?")
                .params(noticeId, communityId, key).query(Long.class).single();
    }

    public long count(long communityId, long noticeId) {
        return jdbc.sql("select count(*) from notice_attachment where notice_id = ? and community_id = ?")
                .params(noticeId, communityId)
                .query(Long.class).single();
    }

    public List<NoticeAttachment> of(long communityId, long noticeId) {
        return jdbc.sql("""
                select id, notice_id, name, content_type, size_bytes from notice_attachment
                where notice_id = ? and community_id = ? order by id""").params(noticeId, communityId).query((rs, n) -> new NoticeAttachment(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getLong(5))).list();
    }

    /** The attachment and its bytes, if it belongs to this notice. */
    public Optional<File> file(long communityId, long noticeId, long id) {
        return jdbc.sql("""
                select id, notice_id, name, content_type, size_bytes, file_key from notice_attachment
                where notice_id = ? and community_id = ? and id = ?""").params(noticeId, communityId, id)
                .query((rs, n) -> new Object[] {new NoticeAttachment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)), rs.getString(6)})
                .optional()
                .flatMap(row -> files.read((String) row[1]).map(bytes -> new File((NoticeAttachment) row[0], bytes)));
    }

    public record File(NoticeAttachment attachment, byte[] bytes) {
    }
}
