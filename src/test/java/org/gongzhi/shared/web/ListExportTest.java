package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The shared list export writes every page the list's query gives, 15,000 rows within seconds, as .xlsx with
 * numbers as numbers and text as text, stops at the first short page, and keeps no more than a page in hand.
 */
class ListExportTest {

    record Item(int number, String name, LocalDate on, boolean done) {
    }

    @Test
    void fifteen_thousand_rows_stream_out_page_by_page() throws Exception {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("t.title", Locale.SIMPLIFIED_CHINESE, "测试清单");
        messages.addMessage("t.number", Locale.SIMPLIFIED_CHINESE, "编号");
        messages.addMessage("t.name", Locale.SIMPLIFIED_CHINESE, "名称");
        messages.addMessage("t.on", Locale.SIMPLIFIED_CHINESE, "日期");
        messages.addMessage("t.done", Locale.SIMPLIFIED_CHINESE, "完成");
        messages.addMessage("listExport.yes", Locale.SIMPLIFIED_CHINESE, "是");
        messages.addMessage("listExport.no", Locale.SIMPLIFIED_CHINESE, "否");
        ListExport exports = new ListExport(messages, null, Clock.systemUTC(), new org.gongzhi.shared.security.SecondFactor(false));
        int total = 15_000;
        AtomicInteger pagesAsked = new AtomicInteger();
        ListExport.Export<Item> export = new ListExport.Export<>("t.title", "test", "", List.of(
                ListExport.column("t.number", Item::number), ListExport.column("t.name", Item::name),
                ListExport.column("t.on", Item::on), ListExport.column("t.done", Item::done)),
                page -> {
                    pagesAsked.incrementAndGet();
                    return IntStream.range(page * ListExport.PAGE, Math.min(total, (page + 1) * ListExport.PAGE))
                            .mapToObj(i -> new Item(i + 1, i == 7 ? "=1+1" : "第 " + (i + 1) + " 项",
                                    LocalDate.of(2026, 1, 1).plusDays(i % 300), i % 2 == 0))
                            .toList();
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant started = Instant.now();
        int rows = exports.write(out, Locale.SIMPLIFIED_CHINESE, "测试清单", export);
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(rows).isEqualTo(total);
        assertThat(pagesAsked.get()).as("30 full pages and the empty one after").isEqualTo(31);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("测试清单");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("完成");
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            assertThat(sheet.getRow(total).getCell(0).getNumericCellValue()).isEqualTo(total);
            assertThat(sheet.getRow(total).getCell(1).getStringCellValue()).isEqualTo("第 15000 项");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2026-01-01");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("是");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("否");
            assertThat(sheet.getRow(8).getCell(1).getCellType()).as("text stays text")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }
}
