package org.gongzhi.deliberation.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.internal.MinutesPdf;
import org.gongzhi.deliberation.meeting.MeetingHandling;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Permissions;

/** The minutes of a held meeting as a PDF attachment named in the reader's language, for the page and the API. */
@Component
class MinutesDownload {

    private final MeetingHandling meetings;
    private final MinutesPdf pdf;
    private final MessageSource messages;

    MinutesDownload(MeetingHandling meetings, MinutesPdf pdf, MessageSource messages) {
        this.meetings = meetings;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The attachment; a meeting not yet held is {@link Refused}. */
    ResponseEntity<byte[]> attachment(long id, Locale locale) {
        byte[] body = pdf.pdf(meetings.minutes(Permissions.actor(), id), locale);
        String name = messages.getMessage("meeting.pdf.file", new Object[] {String.valueOf(id)}, locale);
        // filename*= (RFC 5987) carries the Chinese name; Spring adds an ASCII filename= for old clients
        ContentDisposition disposition = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }
}
