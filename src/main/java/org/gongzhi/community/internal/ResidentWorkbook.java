package org.gongzhi.community.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gongzhi.community.Gender;
import org.gongzhi.community.Relation;
import org.gongzhi.community.ResidenceType;
import org.gongzhi.community.ResidentRow;
import org.gongzhi.community.resident.ResidentImport;
import org.gongzhi.community.resident.ResidentInput;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * The residents spreadsheet (.xlsx): the import template, reading an uploaded file, and the streamed export.
 * Headers and values are always the register's Chinese labels (the ones {@link ResidentInput} accepts); only the
 * template's guide sheet speaks the reader's language.
 */
@Component
public class ResidentWorkbook {

    /** The import columns, in the order of {@link ResidentInput}'s fields; each is headed by its field label. */
    public static final List<String> FIELDS = List.of("name", "gender", "birthDate", "phone", "idCard", "relation",
            "residenceType", "partyMember", "movedIn", "stairwellCode", "room");
    private static final List<String> EXPORT_FIELDS = Stream.concat(FIELDS.stream(),
            Stream.of("address", "grid", "movedOut")).toList();
    private static final Set<String> TEXT_FIELDS = Set.of("name", "phone", "idCard", "stairwellCode", "room");
    private static final Set<String> DATE_FIELDS = Set.of("birthDate", "movedIn", "movedOut");
    private static final Map<String, Integer> WIDTHS = Map.of("idCard", 22, "phone", 15, "birthDate", 12,
            "movedIn", 12, "movedOut", 12, "relation", 12, "residenceType", 10, "stairwellCode", 11, "address", 20);
    private static final List<String> GUIDE_NOTES = List.of("import.guide.note.sample", "import.guide.note.limit",
            "import.guide.note.allOrNothing");
    private static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final int ID_CARD_COLUMN = FIELDS.indexOf("idCard");
    private static final int STREAMING_WINDOW = 200;
    static final String SAMPLE_PHONE = "138****0000";
    static final String SAMPLE_ID_CARD = "110101********0000";

    private final MessageSource messages;

    public ResidentWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** A data row as Excel numbers it, its cells as text, and what was wrong with a cell before any rule ran. */
    public record SheetRow(int number, ResidentInput input, List<Problem> cellProblems) {
    }

    /** The column header (in the file's Chinese) of a field. */
    public String header(String field) {
        return fileText("field." + field);
    }

    public void writeTemplate(OutputStream out, Locale guideLocale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = Styles.of(workbook);
            Sheet sheet = workbook.createSheet(fileText("import.sheet.residents"));
            writeHeader(sheet, FIELDS, styles);
            writeRow(sheet.createRow(1), FIELDS, sample(), styles);
            for (int i = 0; i < FIELDS.size(); i++) {
                CellStyle style = styles.of(FIELDS.get(i));
                if (style != null) {
                    sheet.setDefaultColumnStyle(i, style);
                }
            }
            offerChoices(sheet);
            writeGuide(workbook.createSheet(message("import.guide.sheet", guideLocale)), guideLocale, styles);
            workbook.write(out);
        }
    }

    /** The residents in the first sheet, blank rows skipped; a file that is not the template is one problem. */
    public List<SheetRow> read(InputStream in, int maxRows) {
        try (Workbook workbook = open(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw InvalidInput.of("file", "import.file.empty");
            }
            return rows(workbook.getSheetAt(0), maxRows);
        } catch (IOException e) {
            throw unreadable();
        }
    }

    /** A new export; add the residents, write it out, and close it to delete its temporary files. */
    public Export newExport() {
        return new Export();
    }

    /** An export being built row by row on disk (SXSSF), so that the whole register never sits in memory. */
    public final class Export implements AutoCloseable {

        // temporary files hold personal data: compressed, and deleted on close
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, STREAMING_WINDOW, true);
        private final Styles styles = Styles.of(workbook);
        private final Sheet sheet = workbook.createSheet(fileText("export.sheet"));
        private int rows;

        private Export() {
            writeHeader(sheet, EXPORT_FIELDS, styles);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, EXPORT_FIELDS.size() - 1));
        }

        public void add(ResidentRow resident) {
            writeRow(sheet.createRow(++rows), EXPORT_FIELDS, exportValues(resident), styles);
        }

        public int rows() {
            return rows;
        }

        public void writeTo(OutputStream out) throws IOException {
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.dispose();
            } finally {
                workbook.close();
            }
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not .xlsx (empty, .xls, csv, damaged) with assorted runtime exceptions
            throw unreadable();
        }
    }

    static InvalidInput unreadable() {
        return InvalidInput.of("file", "import.file.unreadable");
    }

    private List<SheetRow> rows(Sheet sheet, int maxRows) {
        checkHeaders(sheet.getRow(0));
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            List<String> texts = texts(row);
            if (texts.stream().allMatch(Objects::isNull)) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw InvalidInput.of("file", "import.file.tooManyRows", maxRows);
            }
            rows.add(new SheetRow(i + 1, input(texts), cellProblems(row)));
        }
        if (rows.isEmpty()) {
            throw InvalidInput.of("file", "import.file.empty");
        }
        return rows;
    }

    private void checkHeaders(Row row) {
        for (int i = 0; i < FIELDS.size(); i++) {
            String expected = header(FIELDS.get(i));
            String found = row == null ? null : text(row.getCell(i));
            if (!expected.equals(found)) {
                throw InvalidInput.of("file", "import.file.headers", CellReference.convertNumToColString(i),
                        expected, found == null ? "" : found);
            }
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            texts.add(row == null ? null : text(row.getCell(i)));
        }
        return texts;
    }

    static ResidentInput input(List<String> t) {
        return new ResidentInput(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), t.get(6), t.get(7),
                t.get(8), t.get(9), t.get(10));
    }

    /** An 18-digit number in a numeric cell has already lost its last digits: no rule can repair that. */
    private static List<Problem> cellProblems(Row row) {
        return effectiveType(row.getCell(ID_CARD_COLUMN)) == CellType.NUMERIC
                ? List.of(new Problem("idCard", "import.idCard.number"))
                : List.of();
    }

    private static CellType effectiveType(Cell cell) {
        if (cell == null) {
            return CellType.BLANK;
        }
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** A cell as the text a person typed: dates as 2025-03-01, numbers without ".0" or exponent. */
    private static String text(Cell cell) {
        String text = switch (effectiveType(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())).toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        return clean(text);
    }

    /** Pasted cells often carry no-break or ideographic spaces, which trim() keeps. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.replace('\u00A0', ' ').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private void writeHeader(Sheet sheet, List<String> fields, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < fields.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(header(fields.get(i)));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, WIDTHS.getOrDefault(fields.get(i), 9) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void writeRow(Row row, List<String> fields, List<Object> values, Styles styles) {
        for (int i = 0; i < fields.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else {
                cell.setCellValue(value.toString());
            }
            CellStyle style = styles.of(fields.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /**
     * The example row: its phone and ID-card number are visibly placeholders, not a real person's, and the import
     * refuses them, so a row left in by mistake never becomes a resident.
     */
    private List<Object> sample() {
        return List.of(fileText("import.sample.name"), fileText("gender.M"), LocalDate.of(1980, 5, 12),
                SAMPLE_PHONE, SAMPLE_ID_CARD, fileText("relation.HOUSEHOLDER"),
                fileText("residenceType.OWNER"), fileText("no"), LocalDate.of(2025, 3, 1), "AY-12-2", "301");
    }

    private List<Object> exportValues(ResidentRow r) {
        return Arrays.asList(r.name(), fileText("gender." + r.gender()), r.birthDate(), r.phoneMasked(),
                r.idCardMasked(), fileText("relation." + r.relation()), fileText("residenceType." + r.residenceType()),
                fileText(r.partyMember() ? "yes" : "no"), r.movedIn(), r.stairwellCode(), r.room(),
                fileText("address", r.buildingNumber(), r.unitNumber(), r.room()),
                fileText("grid.number", r.gridNumber()), r.movedOut());
    }

    /** The labels a choice column accepts, or none for a free-text column. */
    private List<String> choices(String field) {
        return switch (field) {
            case "gender" -> labels("gender.", Gender.values());
            case "relation" -> labels("relation.", Relation.values());
            case "residenceType" -> labels("residenceType.", ResidenceType.values());
            case "partyMember" -> List.of(fileText("yes"), fileText("no"));
            default -> List.of();
        };
    }

    private List<String> labels(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> fileText(prefix + v.name())).toList();
    }

    /** Drop-down lists in the choice columns, so that Excel itself refuses a value the import would refuse. */
    private void offerChoices(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < FIELDS.size(); i++) {
            List<String> choices = choices(FIELDS.get(i));
            if (!choices.isEmpty()) {
                DataValidation validation = helper.createValidation(
                        helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                        new CellRangeAddressList(1, ResidentImport.MAX_ROWS, i, i));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
        }
    }

    private void writeGuide(Sheet sheet, Locale locale, Styles styles) {
        sheet.createRow(0).createCell(0).setCellValue(message("import.guide.title", locale));
        Row header = sheet.createRow(1);
        header.createCell(0).setCellValue(message("import.guide.column", locale));
        header.createCell(1).setCellValue(message("import.guide.how", locale));
        header.getCell(0).setCellStyle(styles.header());
        header.getCell(1).setCellStyle(styles.header());
        int r = 2;
        for (String field : FIELDS) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(header(field));
            Cell how = row.createCell(1);
            how.setCellValue(message("import.guide." + field, locale, String.join("/", choices(field))));
            how.setCellStyle(styles.wrap());
        }
        r++;
        for (String note : GUIDE_NOTES) {
            sheet.createRow(r++).createCell(0).setCellValue(message(note, locale, ResidentImport.MAX_ROWS));
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    private String fileText(String code, Object... args) {
        return message(code, FILE_LOCALE, args);
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** The few cell styles a workbook shares; a text style keeps Excel from turning numbers into numbers. */
    private record Styles(CellStyle header, CellStyle text, CellStyle date, CellStyle wrap) {

        static Styles of(Workbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy-mm-dd"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            return new Styles(header, text, date, wrap);
        }

        CellStyle of(String field) {
            if (TEXT_FIELDS.contains(field)) {
                return text;
            }
            return DATE_FIELDS.contains(field) ? date : null;
        }
    }
}
