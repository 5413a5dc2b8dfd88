package org.gongzhi.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Text flowed onto pages is real text: it reads back, wraps inside the margins and runs on to new pages. */
class PagedTextTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void chinese_and_latin_text_reads_back_with_page_numbers() throws IOException {
        PagedText doc = new PagedText().title("议事会纪要").field("地点：", "居委会议事厅", 0)
                .paragraph("Budget ¥186000.00 — 𠀋 rare character");
        String text = text(doc.pdf("纪要", (page, pages) -> "第 " + page + " 页，共 " + pages + " 页"));
        assertThat(text).contains("议事会纪要", "地点：居委会议事厅", "Budget ¥186000.00 — 𠀋 rare character",
                "第 1 页，共 1 页");
    }

    @Test
    void long_text_wraps_without_splitting_latin_words_and_runs_on_to_more_pages() throws IOException {
        String words = "deliberation ".repeat(300).strip();
        PagedText doc = new PagedText().paragraph("一二三四五六七八九十".repeat(400)).paragraph(words);
        byte[] pdf = doc.pdf("long", (page, pages) -> page + "/" + pages);
        assertThat(doc.pageCount()).isGreaterThanOrEqualTo(3);
        String text = text(pdf);
        assertThat(text).contains("1/" + doc.pageCount(), doc.pageCount() + "/" + doc.pageCount());
        assertThat(text.lines().filter(line -> line.contains("deliberation")))
                .allSatisfy(line -> assertThat(line.strip()).matches("(deliberation ?)+"));
        String body = text.replaceAll("\\d+/\\d+", "").replaceAll("\\s+", "");
        assertThat(body.contains("一二三四五六七八九十".repeat(400))).as("the long text, footers aside").isTrue();
    }

    @Test
    void no_line_starts_with_closing_punctuation() throws IOException {
        String text = text(new PagedText().paragraph("这是一个很长的句子，".repeat(60)).pdf("t", (p, n) -> ""));
        assertThat(text.lines()).noneMatch(line -> line.startsWith("，"));
    }
}
