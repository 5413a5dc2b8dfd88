package org.gongzhi.renewal.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gongzhi.renewal.PaymentReceipt;
import org.gongzhi.shared.pdf.PagedText;

/**
 * A receipt (收据) for a confirmed crowdfunding payment as an A4 PDF of real text: the project and campaign, the
 * amount, the receipt number, the pledger as the public ledger shows them, how it was paid, who recorded and who
 * confirmed it (four eyes), and whether it was refunded since.
 */
@Component
class ReceiptPdf {

    private static final float BLANK_LINE = 11;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final MessageSource messages;

    ReceiptPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] pdf(PaymentReceipt r, Locale locale) {
        String title = text(locale, "receipt.title");
        PagedText doc = new PagedText().title(title).space(BLANK_LINE);
        doc.field(text(locale, "receipt.project"), r.projectTitle(), 0);
        doc.field(text(locale, "receipt.purpose"), r.campaignPurpose(), 0);
        doc.field(text(locale, "receipt.amount"), text(locale, "project.money.yuan", r.amountYuan()), 0);
        doc.field(text(locale, "receipt.number"), r.receiptNo(), 0);
        doc.field(text(locale, "receipt.payment"), "#" + r.paymentId() + " · " + text(locale, "receipt.pledge",
                r.pledgeId()), 0);
        doc.field(text(locale, "receipt.pledger"), r.pledger() + (r.building() == null ? ""
                : " · " + text(locale, "campaign.ledger.building", r.building())), 0);
        doc.field(text(locale, "receipt.method"), text(locale, r.method().labelKey()), 0);
        doc.field(text(locale, "receipt.recorded"), r.recordedBy() + " · " + when(r.recordedAt()), 0);
        doc.field(text(locale, "receipt.confirmed"), r.confirmedBy() + " · " + when(r.confirmedAt()), 0);
        if (r.refunded()) {
            doc.space(BLANK_LINE).paragraph(text(locale, "receipt.refunded"));
        }
        doc.space(BLANK_LINE).rule().paragraph(text(locale, "receipt.note"));
        return doc.pdf(title, (page, pages) -> r.receiptNo() + " · " + page + " / " + pages);
    }

    private static String when(OffsetDateTime at) {
        return at.atZoneSameInstant(SHANGHAI).format(WHEN);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
