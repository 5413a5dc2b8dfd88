package org.gongzhi.community.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Draws QR codes, and the printed stairwell labels that carry them, as greyscale images. */
public final class QrCodes {

    public static final double LABEL_WIDTH_MM = 63;
    public static final double LABEL_HEIGHT_MM = 69;

    // Level Q still scans when a label in a stairwell gets scuffed or dirty; 4 modules is the standard quiet zone.
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4);
    private static final String CJK_FAMILY = "Noto Sans CJK SC";
    private static final String FAMILY = available(CJK_FAMILY) ? CJK_FAMILY : Font.SANS_SERIF;
    private static final double QR_TOP_MM = 2;
    private static final double QR_SIZE_MM = 42;
    private static final double TEXT_MARGIN_MM = 3;
    private static final Color GREY = new Color(0x44, 0x44, 0x44);
    private static final Color CUT_LINE = new Color(0xbb, 0xbb, 0xbb);
    private static final Line TITLE = new Line(Font.BOLD, 20, Color.BLACK, 51.5);
    private static final Line PLACE = new Line(Font.PLAIN, 11, GREY, 57);
    private static final Line CODE = new Line(Font.BOLD, 10, Color.BLACK, 61.5);
    private static final Line HINT = new Line(Font.PLAIN, 8.5, GREY, 66);

    private QrCodes() {
    }

    /** What one printed label says: the card URL in the code, and the words a person reads beside it. */
    public record Label(String url, String title, String place, String code, String hint) {
    }

    /** The QR code for the text, each module a square of {@code modulePixels}, quiet zone included. */
    public static BufferedImage image(String text, int modulePixels) {
        BitMatrix matrix = encode(text);
        BufferedImage image = blank(matrix.getWidth() * modulePixels, matrix.getHeight() * modulePixels);
        Graphics2D g = image.createGraphics();
        draw(g, matrix, 0, 0, modulePixels);
        g.dispose();
        return image;
    }

    /** One label of {@link #LABEL_WIDTH_MM} × {@link #LABEL_HEIGHT_MM} at the given resolution, with a cut line. */
    public static BufferedImage label(Label label, int dpi) {
        BufferedImage image = blank(pixels(LABEL_WIDTH_MM, dpi), pixels(LABEL_HEIGHT_MM, dpi));
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        drawQr(g, encode(label.url()), image.getWidth(), dpi);
        text(g, label.title(), TITLE, dpi);
        text(g, label.place(), PLACE, dpi);
        text(g, label.code(), CODE, dpi);
        text(g, label.hint(), HINT, dpi);
        cutLine(g, image, dpi);
        g.dispose();
        return image;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // A memory cache, because ImageIO's default cache writes a temporary file for every image.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static int pixels(double mm, int dpi) {
        return (int) Math.round(mm * dpi / 25.4);
    }

    static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    private static void drawQr(Graphics2D g, BitMatrix matrix, int labelWidth, int dpi) {
        // Whole pixels per module keep the module edges sharp, which scanners need more than an exact size.
        int modulePixels = Math.max(1, pixels(QR_SIZE_MM, dpi) / matrix.getWidth());
        draw(g, matrix, (labelWidth - matrix.getWidth() * modulePixels) / 2, pixels(QR_TOP_MM, dpi), modulePixels);
    }

    private static void draw(Graphics2D g, BitMatrix matrix, int left, int top, int modulePixels) {
        g.setColor(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(left + x * modulePixels, top + y * modulePixels, modulePixels, modulePixels);
                }
            }
        }
    }

    /** One line centred on the label, made smaller when it would not fit between the margins. */
    private static void text(Graphics2D g, String text, Line line, int dpi) {
        int labelWidth = pixels(LABEL_WIDTH_MM, dpi);
        int room = labelWidth - 2 * pixels(TEXT_MARGIN_MM, dpi);
        Font font = new Font(FAMILY, line.style(), 1).deriveFont((float) (line.points() * dpi / 72));
        double width = g.getFontMetrics(font).getStringBounds(text, g).getWidth();
        if (width > room) {
            font = font.deriveFont((float) (font.getSize2D() * room / width));
            width = g.getFontMetrics(font).getStringBounds(text, g).getWidth();
        }
        g.setFont(font);
        g.setColor(line.color());
        g.drawString(text, (float) ((labelWidth - width) / 2), pixels(line.baselineMm(), dpi));
    }

    private static void cutLine(Graphics2D g, BufferedImage image, int dpi) {
        float dash = pixels(2, dpi);
        g.setColor(CUT_LINE);
        g.setStroke(new BasicStroke(Math.max(1, pixels(0.2, dpi)), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10, new float[] {dash, dash}, 0));
        g.drawRect(0, 0, image.getWidth() - 1, image.getHeight() - 1);
    }

    /** How one line of a label is set: font style and size, colour, and where its baseline sits. */
    private record Line(int style, double points, Color color, double baselineMm) {
    }

    private static boolean available(String family) {
        return family.equals(new Font(family, Font.PLAIN, 1).getFamily(Locale.ROOT));
    }
}
