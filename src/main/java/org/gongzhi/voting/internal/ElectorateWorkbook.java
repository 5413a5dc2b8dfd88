package org.gongzhi.voting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.gongzhi.voting.electorate.ElectorateQueries.ElectorateEntry;
import org.gongzhi.voting.electorate.ElectorateQueries.UnitEntry;
import org.gongzhi.voting.tally.Measure;

/**
 * The frozen electorate as a spreadsheet, one row per unit: the elector's number and masked name, the unit, the area
 * counted (m², two decimals), its source and the register, survey and contract figures, and whether they took part.
 */
public final class ElectorateWorkbook {

    private static final String[] HEADERS = {"elector", "name", "unit", "area", "source", "registerArea",
        "surveyArea", "contractArea", "status", "tookPart"};

    private ElectorateWorkbook() {
    }

    /** {@code text} turns a key below {@code vote.electorate.} into the reader's language. */
    public static byte[] xlsx(List<ElectorateEntry> entries, Function<String, String> text) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text.apply("sheet"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(text.apply("column." + HEADERS[i]));
            }
            int r = 1;
            for (ElectorateEntry e : entries) {
                for (UnitEntry u : e.units()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(e.electorId());
                    row.createCell(1).setCellValue(e.developer() ? text.apply("developer") : e.name());
                    row.createCell(2).setCellValue(u.address());
                    row.createCell(3).setCellValue(Measure.AREA.format(u.area()));
                    row.createCell(4).setCellValue(text.apply("source." + (u.source() == null ? "NONE" : u.source())));
                    row.createCell(5).setCellValue(area(u.registerArea()));
                    row.createCell(6).setCellValue(area(u.surveyArea()));
                    row.createCell(7).setCellValue(area(u.contractArea()));
                    row.createCell(8).setCellValue(u.developerHeld() ? text.apply("status.developer")
                            : u.vacant() ? text.apply("status.vacant") : !e.identified()
                                    ? text.apply("status.unidentified") : "");
                    row.createCell(9).setCellValue(text.apply(e.tookPart() ? "yes" : "no"));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String area(Long hundredths) {
        return hundredths == null ? "" : Measure.AREA.format(hundredths);
    }
}
