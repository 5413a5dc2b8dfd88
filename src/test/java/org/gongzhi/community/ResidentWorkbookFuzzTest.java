package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.gongzhi.community.internal.ResidentWorkbook;
import org.gongzhi.community.internal.ResidentWorkbook.SheetRow;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * Issue 17, item 10: the resident import's .xlsx reader under hostile files — bytes that are no workbook at all or a
 * damaged one, and real workbooks whose cells hold anything: numbers where text belongs, formulas, errors, booleans,
 * dates, huge and empty texts, rows far down the sheet. Every file is refused as a whole with a problem on the field
 * {@code file}, or read into rows whose problems each name a column; nothing else escapes. (That an import with a
 * problem in any row saves nothing is {@code ResidentImportTest}'s.)
 */
@Tag("fuzz")
class ResidentWorkbookFuzzTest {

    private static final int MAX_ROWS = 50;
    private final ResidentWorkbook workbook = new ResidentWorkbook(ResidentWorkbookTest.messages());

    @FuzzTest(maxDuration = "10m")
    void any_file_is_refused_whole_or_read_with_problems_by_column(FuzzedDataProvider data) throws IOException {
        byte[] file = data.consumeBoolean() ? data.consumeRemainingAsBytes() : workbookOf(data);
        List<SheetRow> rows;
        try {
            rows = workbook.read(new ByteArrayInputStream(file), MAX_ROWS);
        } catch (InvalidInput refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.field()).isEqualTo("file"));
            return;
        }
        assertThat(rows).hasSizeLessThanOrEqualTo(MAX_ROWS).allSatisfy(row -> {
            assertThat(row.number()).isGreaterThan(1);
            assertThat(row.input()).isNotNull();
            assertThat(row.cellProblems()).allSatisfy(p -> assertThat(ResidentWorkbook.FIELDS).contains(p.field()));
        });
    }

    /** The template's headers (mostly), then rows of cells of any type holding anything. */
    private byte[] workbookOf(FuzzedDataProvider data) throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        workbook.writeTemplate(template, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            if (data.consumeBoolean()) {
                sheet.getRow(0).getCell(data.consumeInt(0, ResidentWorkbook.FIELDS.size() - 1))
                        .setCellValue(data.consumeString(20));
            }
            int rows = data.consumeInt(0, 8);
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(data.consumeBoolean() ? r + 1 : data.consumeInt(1, 1_000));
                for (int c = 0; c < ResidentWorkbook.FIELDS.size() + 1; c++) {
                    fill(row.createCell(c), data);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Cell cell, FuzzedDataProvider data) {
        switch (data.consumeInt(0, 6)) {
            case 0 -> cell.setCellValue(data.consumeString(40));
            case 1 -> cell.setCellValue(data.consumeDouble());
            case 2 -> cell.setCellValue(data.consumeBoolean());
            case 3 -> cell.setCellValue(java.time.LocalDate.ofEpochDay(data.consumeLong(-100_000, 100_000)));
            case 4 -> {
                try {
                    cell.setCellFormula(data.pickValue(List.of("1/0", "A1&B1", "NA()", "SUM(A1:A3)", "NOW()")));
                } catch (RuntimeException ignored) {
                    cell.setBlank();
                }
            }
            case 5 -> cell.setCellValue(data.pickValue(List.of("男", "女", "户主", "业主", "是", "AY-1-1", "0101",
                    "13800001111", "110101199001011234", "1990-01-01", "=cmd|' /C calc'!A0")));
            default -> cell.setBlank();
        }
    }
}
