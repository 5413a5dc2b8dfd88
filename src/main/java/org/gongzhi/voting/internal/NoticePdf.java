package org.gongzhi.voting.internal;

import org.gongzhi.shared.pdf.PagedText;
import org.gongzhi.voting.tally.ResultNotice;

/**
 * The result notice as an A4 PDF of real text in the embedded CJK font (as the meeting minutes are), so that it can
 * be searched, copied and read aloud: the heading centred, then the notice's lines, with page numbers at the foot.
 */
public final class NoticePdf {

    private static final float BLANK_LINE = 11;

    private NoticePdf() {
    }

    public static byte[] pdf(ResultNotice notice) {
        PagedText doc = new PagedText().title(notice.heading()).space(BLANK_LINE);
        for (String line : notice.lines()) {
            if (line.isBlank()) {
                doc.space(BLANK_LINE);
            } else {
                doc.paragraph(line);
            }
        }
        return doc.pdf(notice.heading(), (page, pages) -> page + " / " + pages);
    }
}
