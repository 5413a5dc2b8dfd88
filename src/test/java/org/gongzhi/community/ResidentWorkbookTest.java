package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.gongzhi.community.internal.ResidentWorkbook.SheetRow;
import org.gongzhi.community.internal.ResidentWorkbook;
import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.community.resident.ResidentInput;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/** The .xlsx format alone, no Spring: template, reading cells of every type, headers, limits and the export. */
class ResidentWorkbookTest {

    /** The import columns as the brief for the file format names them. */
    static final List<String> HEADERS = List.of("姓名", "性别", "出生日期", "手机号码", "身份证号", "与户主关系",
            "居住类型", "党员", "迁入日期", "楼道编号", "室号");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Random RANDOM = new Random();

    private final ResidentWorkbook workbook = new ResidentWorkbook(messages());

    @Test
    void the_template_has_the_headers_a_sample_row_and_a_guide_to_the_allowed_values() throws IOException {
        try (XSSFWorkbook template = open(template(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(texts(template.getSheetAt(0).getRow(0))).isEqualTo(HEADERS);
            assertThat(template.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(template.getNumberOfSheets()).isEqualTo(2);
            assertThat(allText(template.getSheetAt(1))).contains("男/女",
                    "户主/配偶/子女/父母/孙辈/祖辈/兄弟姐妹/其他", "业主/租户/家属", "是/否", "2025-03-01", "AY-12-2");
        }
    }

    @Test
    void the_guide_speaks_the_readers_language_but_the_columns_stay_chinese() throws IOException {
        try (XSSFWorkbook template = open(template(Locale.ENGLISH))) {
            assertThat(texts(template.getSheetAt(0).getRow(0))).isEqualTo(HEADERS);
            assertThat(allText(template.getSheetAt(1))).contains("Required", "男/女");
        }
    }

    @Test
    void the_template_sample_reads_back_with_placeholder_numbers_that_the_import_refuses() {
        List<SheetRow> rows = workbook.read(in(template(Locale.SIMPLIFIED_CHINESE)), 10);

        assertThat(rows).hasSize(1);
        SheetRow sample = rows.getFirst();
        assertThat(sample.number()).isEqualTo(2);
        assertThat(sample.cellProblems()).isEmpty();
        assertThat(sample.input().name()).contains("示例");
        assertThat(sample.input().birthDate()).isEqualTo("1980-05-12");
        assertThat(sample.input().phone()).isEqualTo("138****0000").doesNotMatch(".*1[3-9]\\d{9}.*");
        assertThat(sample.input().idCard()).isEqualTo("110101********0000").doesNotMatch(".*\\d{17}[\\dX].*");
        assertThat(IdCardNumber.parse(sample.input().idCard())).isEmpty();
        assertThat(sample.input().room()).isEqualTo("301");
        assertThatThrownBy(() -> sample.input().validate(TODAY, true))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder("phone", "idCard"));
    }

    @Test
    void numbers_and_dates_come_out_as_a_person_typed_them_whatever_the_cell_type() {
        byte[] file = xlsx(new Object[] {" 张三\u00A0", "男", LocalDate.of(1980, 5, 12), 13812345678L, "310117198005120013",
                "户主", "业主", true, "2025-03-01", "AY-2-1", 301});

        ResidentInput input = workbook.read(in(file), 10).getFirst().input();

        assertThat(input.name()).isEqualTo("张三");
        assertThat(input.birthDate()).isEqualTo("1980-05-12");
        assertThat(input.phone()).isEqualTo("13812345678");
        assertThat(input.room()).isEqualTo("301");
        assertThat(input.partyMember()).isEqualTo("true");
        assertThat(input.movedIn()).isEqualTo("2025-03-01");
    }

    @Test
    void an_id_card_number_that_excel_stored_as_a_number_is_a_problem_of_its_cell() {
        byte[] file = xlsx(new Object[] {"张三", "男", null, null, 310117198005120013L, "户主", "业主", null, null,
                "AY-2-1", "101"});

        SheetRow row = workbook.read(in(file), 10).getFirst();

        assertThat(row.cellProblems()).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("idCard", "import.idCard.number"));
    }

    @Test
    void blank_rows_are_skipped_and_every_row_keeps_the_number_excel_shows() {
        Object[] someone = {"张三", "男", "1980-05-12", null, null, "户主", "业主", null, null, "AY-2-1", "101"};
        byte[] file = xlsx(someone, new Object[11], new Object[] {" ", "", null}, someone);

        assertThat(workbook.read(in(file), 10)).extracting(SheetRow::number).containsExactly(2, 5);
    }

    @Test
    void wrong_headers_are_one_problem_naming_the_column_and_what_it_should_be() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.set(3, "电话");
        byte[] file = xlsx(headers, new Object[] {"张三"});

        assertThatThrownBy(() -> workbook.read(in(file), 10)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("file");
                    assertThat(p.code()).isEqualTo("import.file.headers");
                    assertThat(p.args()).containsExactly("D", "手机号码", "电话");
                }));
    }

    @Test
    void a_file_that_is_not_an_xlsx_workbook_is_one_problem() {
        for (byte[] notXlsx : List.of(new byte[0], "姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8))) {
            assertFileProblem(notXlsx, 10, "import.file.unreadable");
        }
    }

    @Test
    void a_file_with_only_headers_has_no_residents() {
        assertFileProblem(xlsx(), 10, "import.file.empty");
    }

    @Test
    void more_rows_than_the_limit_are_refused_as_a_whole() {
        Object[] someone = {"张三", "男", "1980-05-12", null, null, "户主", "业主", null, null, "AY-2-1", "101"};
        assertFileProblem(xlsx(someone, someone, someone, someone), 3, "import.file.tooManyRows");
    }

    @Test
    void the_export_has_the_import_columns_then_address_grid_and_moved_out_with_masked_numbers() throws IOException {
        ResidentRow resident = new ResidentRow(1, "李四", Gender.F, LocalDate.of(1950, 1, 2), "138****5678",
                "310117********1234", Relation.SPOUSE, ResidenceType.OWNER, true, LocalDate.of(2012, 7, 1),
                LocalDate.of(2025, 3, 1), 12, 2, "301", "AY-12-2", 3, 3, 9);

        try (XSSFWorkbook export = open(export(List.of(resident)))) {
            Sheet sheet = export.getSheetAt(0);
            List<String> headers = new ArrayList<>(HEADERS);
            headers.addAll(List.of("地址", "网格", "迁出日期"));
            assertThat(texts(sheet.getRow(0))).isEqualTo(headers);
            assertThat(texts(sheet.getRow(1))).containsExactly("李四", "女", "1950-01-02", "138****5678",
                    "310117********1234", "配偶", "业主", "是", "2012-07-01", "AY-12-2", "301", "12号楼2单元301室",
                    "第3网格", "2025-03-01");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void every_label_the_export_writes_is_one_the_import_understands() {
        List<ResidentRow> everyChoice = Arrays.stream(Relation.values()).map(relation -> new ResidentRow(1, "王五",
                Gender.values()[relation.ordinal() % 2], LocalDate.of(1960, 1, 1), null, null, relation,
                ResidenceType.values()[relation.ordinal() % 3], relation.ordinal() % 2 == 0, LocalDate.of(2020, 1, 1),
                null, 1, 1, "101", "AY-1-1", 1, 1, 1)).toList();

        List<SheetRow> rows = workbook.read(in(export(everyChoice)), 100);

        assertThat(rows).extracting(row -> row.input().validate(TODAY, true)).extracting(
                ResidentInput.Valid::relation, ResidentInput.Valid::gender, ResidentInput.Valid::residenceType,
                ResidentInput.Valid::partyMember)
                .containsExactlyElementsOf(everyChoice.stream().map(r -> org.assertj.core.groups.Tuple.tuple(
                        r.relation(), r.gender(), r.residenceType(), r.partyMember())).toList());
    }

    // ---- in-memory files, shared with the import and browser tests of this package

    /** An .xlsx with the template's headers and these rows; a cell is a String, Number, LocalDate, Boolean or null. */
    static byte[] xlsx(Object[]... rows) {
        return xlsx(HEADERS, rows);
    }

    static byte[] xlsx(List<String> headers, Object[]... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("居民");
            CellStyle shortDate = book.createCellStyle();
            shortDate.setDataFormat((short) 14); // Excel's built-in m/d/yy: how a date is shown must not matter
            write(sheet.createRow(0), headers.toArray(), shortDate);
            for (int i = 0; i < rows.length; i++) {
                write(sheet.createRow(i + 1), rows[i], shortDate);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row for a resident, gender and date of birth written as the ID-card number's digits say. */
    static Object[] resident(String name, String idCard, String relation, String stairwell, String room) {
        String gender = (idCard.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        LocalDate born = LocalDate.parse(idCard.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        return new Object[] {name, gender, born, null, idCard, relation, "业主", "否", "2025-03-01", stairwell, room};
    }

    /** A valid Songjiang ID-card number born 1901–1925: no demo resident was, and Excel dates start in 1900. */
    static String newIdCard() {
        LocalDate born = LocalDate.of(1901, 1, 1).plusDays(RANDOM.nextInt(25 * 365));
        String first17 = "310117" + born.toString().replace("-", "") + "%03d".formatted(RANDOM.nextInt(1000));
        return first17 + IdCardNumber.checkDigit(first17);
    }

    /** The same number with a wrong check digit. */
    static String withWrongCheckDigit(String idCard) {
        char wrong = idCard.charAt(17) == '0' ? '1' : '0';
        return idCard.substring(0, 17) + wrong;
    }

    static String newName() {
        return "试导" + (100_000 + RANDOM.nextInt(900_000));
    }

    private static void write(Row row, Object[] values, CellStyle dateStyle) {
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            switch (values[i]) {
                case null -> {
                }
                case String s -> cell.setCellValue(s);
                case Number n -> cell.setCellValue(n.doubleValue());
                case Boolean b -> cell.setCellValue(b);
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                }
                default -> throw new IllegalArgumentException("no cell for " + values[i].getClass());
            }
        }
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/community-import");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private void assertFileProblem(byte[] file, int maxRows, String code) {
        assertThatThrownBy(() -> workbook.read(in(file), maxRows)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(Problem::field, Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("file", code)));
    }

    private byte[] template(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.writeTemplate(out, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] export(List<ResidentRow> residents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResidentWorkbook.Export export = workbook.newExport()) {
            residents.forEach(export::add);
            export.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(in(bytes));
    }

    /** Every cell of a row as Excel shows it. */
    static List<String> texts(Row row) {
        DataFormatter shown = new DataFormatter();
        return IntStream.range(0, row.getLastCellNum()).mapToObj(i -> shown.formatCellValue(row.getCell(i))).toList();
    }

    private static String allText(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        sheet.forEach(row -> lines.add(String.join(" | ", texts(row))));
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
