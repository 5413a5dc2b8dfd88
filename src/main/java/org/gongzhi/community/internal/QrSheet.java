package org.gongzhi.community.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.gongzhi.community.internal.QrCodes.Label;
import org.gongzhi.shared.pdf.PdfImages;

/** Stairwell labels to print and cut: A4 pages of {@value #COLUMNS} × {@value #ROWS}, or one tall image. */
public final class QrSheet {

    public static final int COLUMNS = 3;
    public static final int ROWS = 4;
    public static final int LABELS_PER_PAGE = COLUMNS * ROWS;

    private static final int PRINT_DPI = 300;
    // Many image viewers refuse pictures taller than 32,767 pixels, so a long sheet gets a lower resolution.
    private static final int MAX_PNG_HEIGHT = 30_000;
    private static final float POINTS_PER_MM = 72 / 25.4f;

    private QrSheet() {
    }

    public static byte[] pdf(List<Label> labels) {
        try (PDDocument document = new PDDocument()) {
            for (int first = 0; first < labels.size(); first += LABELS_PER_PAGE) {
                addPage(document, labels.subList(first, Math.min(first + LABELS_PER_PAGE, labels.size())));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(List<Label> labels) {
        int rows = (labels.size() + COLUMNS - 1) / COLUMNS;
        int dpi = pngDpi(rows);
        int width = QrCodes.pixels(QrCodes.LABEL_WIDTH_MM, dpi);
        int height = QrCodes.pixels(QrCodes.LABEL_HEIGHT_MM, dpi);
        BufferedImage sheet = QrCodes.blank(COLUMNS * width, rows * height);
        Graphics2D g = sheet.createGraphics();
        for (int i = 0; i < labels.size(); i++) {
            g.drawImage(QrCodes.label(labels.get(i), dpi), i % COLUMNS * width, i / COLUMNS * height, null);
        }
        g.dispose();
        return QrCodes.png(sheet);
    }

    private static void addPage(PDDocument document, List<Label> labels) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float width = (float) QrCodes.LABEL_WIDTH_MM * POINTS_PER_MM;
        float height = (float) QrCodes.LABEL_HEIGHT_MM * POINTS_PER_MM;
        float left = (page.getMediaBox().getWidth() - COLUMNS * width) / 2;
        float top = page.getMediaBox().getHeight() - (page.getMediaBox().getHeight() - ROWS * height) / 2;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            for (int i = 0; i < labels.size(); i++) {
                BufferedImage label = QrCodes.label(labels.get(i), PRINT_DPI);
                content.drawImage(PdfImages.grey(document, label),
                        left + i % COLUMNS * width, top - (i / COLUMNS + 1) * height, width, height);
            }
        }
    }

    private static int pngDpi(int rows) {
        return (int) Math.min(PRINT_DPI, MAX_PNG_HEIGHT * 25.4 / (rows * QrCodes.LABEL_HEIGHT_MM));
    }
}
