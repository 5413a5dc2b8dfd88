package org.gongzhi.voting.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.gongzhi.shared.pdf.PdfImages;
import org.gongzhi.voting.tally.ResultNotice;

/**
 * The result notice as an A4 PDF. The text is drawn with Java2D in Noto Sans CJK SC and placed as one image per
 * page: PDFBox cannot embed that OpenType/CFF collection, and a notice is for posting, not for copying text out.
 */
public final class NoticePdf {

    private static final String CJK_FAMILY = "Noto Sans CJK SC";
    private static final String FAMILY = available(CJK_FAMILY) ? CJK_FAMILY : Font.SANS_SERIF;
    private static final int DPI = 200;
    private static final float MARGIN_POINTS = 56;
    private static final float HEADING_POINTS = 20;
    private static final float BODY_POINTS = 11.5f;

    private NoticePdf() {
    }

    public static byte[] pdf(ResultNotice notice) {
        PDRectangle a4 = PDRectangle.A4;
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : pages(notice, pixels(a4.getWidth()), pixels(a4.getHeight()))) {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(PdfImages.grey(document, image), 0, 0, a4.getWidth(), a4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the heading and the wrapped body lines out on as many pages as they need. */
    private static List<BufferedImage> pages(ResultNotice notice, int width, int height) {
        Font heading = new Font(FAMILY, Font.BOLD, 1).deriveFont(HEADING_POINTS * DPI / 72);
        Font body = new Font(FAMILY, Font.PLAIN, 1).deriveFont(BODY_POINTS * DPI / 72);
        List<BufferedImage> pages = new ArrayList<>();
        Page page = new Page(width, height, pixels(MARGIN_POINTS));
        pages.add(page.image);
        page.centred(notice.heading(), heading);
        for (String line : notice.lines()) {
            for (String piece : page.wrap(line, body)) {
                if (!page.fits(body)) {
                    page.finish();
                    page = new Page(width, height, pixels(MARGIN_POINTS));
                    pages.add(page.image);
                }
                page.left(piece, body);
            }
        }
        page.finish();
        return pages;
    }

    /** One page being drawn, with the top of the next line. */
    private static final class Page {

        private final BufferedImage image;
        private final Graphics2D g;
        private final int margin;
        private int y;

        Page(int width, int height, int margin) {
            this.image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            this.g = image.createGraphics();
            this.margin = margin;
            this.y = margin;
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }

        void centred(String text, Font font) {
            FontMetrics metrics = g.getFontMetrics(font);
            g.setFont(font);
            g.drawString(text, (image.getWidth() - metrics.stringWidth(text)) / 2, y + metrics.getAscent());
            y += metrics.getHeight() * 2;
        }

        void left(String text, Font font) {
            FontMetrics metrics = g.getFontMetrics(font);
            g.setFont(font);
            g.drawString(text, margin, y + metrics.getAscent());
            y += metrics.getHeight() * 4 / 3;
        }

        boolean fits(Font font) {
            return y + g.getFontMetrics(font).getHeight() < image.getHeight() - margin;
        }

        /** Breaks a line where it would run past the margin; Chinese text may break between any two characters. */
        List<String> wrap(String text, Font font) {
            FontMetrics metrics = g.getFontMetrics(font);
            int room = image.getWidth() - 2 * margin;
            List<String> pieces = new ArrayList<>();
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                piece.append(text.charAt(i));
                if (piece.length() > 1 && metrics.stringWidth(piece.toString()) > room) {
                    piece.setLength(piece.length() - 1);
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    piece.append(text.charAt(i));
                }
            }
            pieces.add(piece.toString());
            return pieces;
        }

        void finish() {
            g.dispose();
        }
    }

    private static int pixels(float points) {
        return Math.round(points * DPI / 72);
    }

    private static boolean available(String family) {
        return family.equals(new Font(family, Font.PLAIN, 1).getFamily(Locale.ROOT));
    }
}
