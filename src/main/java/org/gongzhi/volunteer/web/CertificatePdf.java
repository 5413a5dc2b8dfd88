package org.gongzhi.volunteer.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.pdf.PagedText;
import org.gongzhi.volunteer.ServiceRecord;
import org.gongzhi.volunteer.Volunteering;

/**
 * A certificate of volunteer service (志愿服务证明) as an A4 PDF of real text: who, the verified hours in all and
 * the star reached, then every counted entry with its day, team, what was done, how long and who verified it.
 */
@Component
class CertificatePdf {

    private static final float BLANK_LINE = 11;

    private final MessageSource messages;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] pdf(Volunteering.Certificate certificate, String community, Locale locale) {
        String title = text(locale, "volunteer.certificate.title");
        PagedText doc = new PagedText().title(title).space(BLANK_LINE);
        var standing = certificate.standing();
        doc.paragraph(text(locale, "volunteer.certificate.text", community, standing.name(), standing.hours(),
                standing.minutesOver(), certificate.entries().size()));
        doc.field(text(locale, "volunteer.certificate.star"), standing.star()
                .map(star -> text(locale, star.labelKey())).orElse(text(locale, "volunteer.star.none")), 0);
        doc.field(text(locale, "volunteer.certificate.issued"), certificate.issuedOn().toString(), 0);
        doc.space(BLANK_LINE).rule().heading(text(locale, "volunteer.certificate.entries"));
        for (ServiceRecord e : certificate.entries()) {
            doc.paragraph(text(locale, "volunteer.certificate.entry", e.servedOn().toString(), e.teamName(),
                    e.activity(), e.minutes() / 60, e.minutes() % 60, e.verifiedBy())
                    + (e.whatDone() == null ? "" : " · " + e.whatDone()));
        }
        return doc.pdf(title, (page, pages) -> standing.name() + " · " + page + " / " + pages);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
