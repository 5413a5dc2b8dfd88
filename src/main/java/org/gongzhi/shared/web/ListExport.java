package org.gongzhi.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.Labelled;
import org.gongzhi.shared.security.SecondFactor;

/**
 * A list staff see, as the .xlsx it downloads to: the rows the list's own paged query gives for the filter on
 * screen, page after page, written through POI's streaming workbook (a window of rows in memory, the rest
 * compressed on disk and deleted after), so that tens of thousands of rows arrive in seconds with flat memory.
 * Each export is audited with the list, the filter and the number of rows. A list's export is a few lines:
 * its columns, and its query by page.
 */
@Component
public class ListExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows read per query: a page of the list's own query. */
    public static final int PAGE = 500;
    private static final int WINDOW = 200;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final AuditTrail audit;
    private final SecondFactor secondFactor;
    private final Clock clock;

    ListExport(MessageSource messages, AuditTrail audit, Clock clock, SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** One column: the message key of its header, and its value in a row. */
    public record Column<T>(String headerKey, Function<? super T, ?> value) {
    }

    public static <T> Column<T> column(String headerKey, Function<? super T, ?> value) {
        return new Column<>(headerKey, value);
    }

    /** The pages of a list read whole (a short list without paging of its own): all of it, then nothing. */
    public static <T> IntFunction<List<T>> whole(Supplier<List<T>> list) {
        return page -> page == 0 ? list.get() : List.of();
    }

    /** A value shown as the label of a message key (for codes that are not {@link Labelled} enums). */
    public static MessageSourceResolvable label(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    /**
     * What to export: the list's name (the message key of its title, also naming the file and the sheet), what
     * the audit log records it as, the filter as the list's query string, the columns, and the rows by page:
     * page {@code n} (from 0) of {@link #PAGE} rows; a shorter page is the last.
     */
    public record Export<T>(String titleKey, String subject, String filter, List<Column<T>> columns,
            IntFunction<List<T>> pages) {
    }

    /** Sends the list as an attachment and records it in the audit log; returns the number of rows. */
    public <T> int send(HttpServletResponse response, Locale locale, Long communityId, Export<T> export)
            throws IOException {
        // lists of people, and the rest alike: an export leaves the system, so it asks for the second factor
        secondFactor.requireForPersonalData();
        String title = messages.getMessage(export.titleKey(), null, locale);
        String filename = messages.getMessage("listExport.filename", new Object[] {title,
                LocalDate.now(clock.withZone(ZONE)).toString()}, locale);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        int rows = write(response.getOutputStream(), locale, title, export);
        audit.record(communityId, "LIST_EXPORTED", export.subject(), null,
                rows + " rows" + (export.filter() == null || export.filter().isBlank() ? "" : " · " + export.filter()));
        return rows;
    }

    <T> int write(OutputStream out, Locale locale, String title, Export<T> export) throws IOException {
        // the temporary files may hold personal data: compressed, and deleted when done
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName(title));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<Column<T>> columns = export.columns();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(messages.getMessage(columns.get(c).headerKey(), null, locale));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            int rows = 0;
            for (int page = 0; ; page++) {
                List<T> items = export.pages().apply(page);
                for (T item : items) {
                    Row row = sheet.createRow(++rows);
                    for (int c = 0; c < columns.size(); c++) {
                        set(row, c, columns.get(c).value().apply(item), locale);
                    }
                }
                if (items.size() < PAGE) {
                    break;
                }
            }
            workbook.write(out);
            return rows;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void set(Row row, int column, Object value, Locale locale) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (value) {
            case Number n -> cell.setCellValue(n.doubleValue());
            case Boolean b -> cell.setCellValue(messages.getMessage(b ? "listExport.yes" : "listExport.no", null,
                    locale));
            case Labelled l -> cell.setCellValue(messages.getMessage(l.labelKey(), null, l.name(), locale));
            case MessageSourceResolvable m -> cell.setCellValue(messages.getMessage(m, locale));
            case OffsetDateTime t -> cell.setCellValue(t.atZoneSameInstant(ZONE).format(MINUTES));
            case LocalDate d -> cell.setCellValue(d.toString());
            // text stays text: a string cell is never read as a formula
            default -> cell.setCellValue(value.toString());
        }
    }

    /** A sheet's name: at most 31 characters, none of those Excel forbids. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name.isEmpty() ? "Sheet1" : name;
    }
}
