package org.gongzhi.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gongzhi.dashboard.SubdistrictFigures.CommunityMeasures;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.pdf.PagedText;
import org.gongzhi.shared.security.Actor;

/**
 * The subdistrict's monthly report for the programme (美好社区，先锋行动): one calendar month's comparison of its
 * communities, every headline measure, as a spreadsheet (.xlsx, numbers as numbers) or an A4 PDF of real text.
 * It holds no personal data; each download is still audited, as every export is.
 */
@Component
public class SubdistrictReport {

    /** The months the report reaches back: as far as the work-order measures do. */
    static final int MAX_MONTHS_BACK = 36;
    private static final float BLANK_LINE = 11;

    private final SubdistrictComparison comparison;
    private final MessageSource messages;
    private final AuditTrail audit;

    SubdistrictReport(SubdistrictComparison comparison, MessageSource messages, AuditTrail audit) {
        this.comparison = comparison;
        this.messages = messages;
        this.audit = audit;
    }

    /** The month asked for, else the last whole month; a month to come or too long ago is refused. */
    public YearMonth month(YearMonth asked) {
        YearMonth current = YearMonth.from(comparison.today());
        YearMonth month = asked != null ? asked : current.minusMonths(1);
        if (month.isAfter(current)) {
            throw InvalidInput.of("month", "subdistrict.validation.month.future", month);
        }
        if (month.isBefore(current.minusMonths(MAX_MONTHS_BACK))) {
            throw InvalidInput.of("month", "subdistrict.validation.month.past", MAX_MONTHS_BACK);
        }
        return month;
    }

    /** The month's figures: its days, up to today for the month under way. */
    public SubdistrictFigures figures(Actor actor, YearMonth month) {
        LocalDate today = comparison.today();
        LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        return comparison.compare(actor, month.atDay(1), end, null, null);
    }

    public String filename(YearMonth month, String extension) {
        return "subdistrict-report-" + month + "." + extension;
    }

    public byte[] xlsx(Actor actor, YearMonth month, Locale locale) {
        SubdistrictFigures f = figures(actor, month);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text(locale, "subdistrict.report.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle tenths = workbook.createCellStyle();
            tenths.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(title(f, month, locale));
            title.setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(text(locale, "subdistrict.period", f.from(), f.to()));
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue(text(locale, "subdistrict.measure"));
            header.getCell(0).setCellStyle(bold);
            List<CommunityMeasures> communities = f.communities();
            for (int c = 0; c < communities.size(); c++) {
                Cell cell = header.createCell(c + 1);
                cell.setCellValue(communities.get(c).name());
                cell.setCellStyle(bold);
            }
            int r = 4;
            for (SubdistrictMeasure measure : f.measures()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(text(locale, measure.labelKey()));
                for (int c = 0; c < communities.size(); c++) {
                    Long value = communities.get(c).value(measure);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c + 1);
                    switch (measure.unit()) {
                        case COUNT -> cell.setCellValue(value);
                        case PER_MILLE -> {
                            cell.setCellValue(value / 1000.0);
                            cell.setCellStyle(percent);
                        }
                        case TENTHS -> {
                            cell.setCellValue(value / 10.0);
                            cell.setCellStyle(tenths);
                        }
                    }
                }
            }
            sheet.createRow(r + 1).createCell(0).setCellValue(text(locale, "subdistrict.report.note"));
            sheet.setColumnWidth(0, 30 * 256);
            for (int c = 0; c < communities.size(); c++) {
                sheet.setColumnWidth(c + 1, 18 * 256);
            }
            workbook.write(out);
            audited(actor, month, "xlsx");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(Actor actor, YearMonth month, Locale locale) {
        SubdistrictFigures f = figures(actor, month);
        String title = title(f, month, locale);
        PagedText doc = new PagedText().title(title).space(BLANK_LINE);
        doc.paragraph(text(locale, "subdistrict.period", f.from(), f.to()));
        doc.paragraph(text(locale, "subdistrict.report.note"));
        for (CommunityMeasures community : f.communities()) {
            doc.rule().heading(community.name() + "（" + community.code() + "）");
            for (SubdistrictMeasure measure : f.measures()) {
                doc.field(text(locale, "subdistrict.report.label", text(locale, measure.labelKey())),
                        shown(measure, community.value(measure)), 0);
            }
        }
        byte[] pdf = doc.pdf(title, (page, pages) -> title + " · " + page + " / " + pages);
        audited(actor, month, "pdf");
        return pdf;
    }

    /** A figure as people read it: a count, a percentage with one decimal, hours with one decimal; "–" for none. */
    public static String shown(SubdistrictMeasure measure, Long value) {
        if (value == null) {
            return "–";
        }
        return switch (measure.unit()) {
            case COUNT -> String.valueOf(value);
            case PER_MILLE -> value / 10 + "." + value % 10 + "%";
            case TENTHS -> value / 10 + "." + value % 10;
        };
    }

    private String title(SubdistrictFigures f, YearMonth month, Locale locale) {
        return text(locale, "subdistrict.report.title", f.subdistrict(), month.getYear(), month.getMonthValue());
    }

    private void audited(Actor actor, YearMonth month, String format) {
        audit.record(actor.communityId(), "SUBDISTRICT_REPORT_EXPORTED", "subdistrict", null, month + " " + format);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
