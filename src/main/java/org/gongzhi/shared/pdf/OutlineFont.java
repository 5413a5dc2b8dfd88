package org.gongzhi.shared.pdf;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A system font (Noto Sans CJK SC when installed) written into a PDF as Type 3 fonts whose glyphs are the font's
 * outlines, each drawn once, with a ToUnicode map. PDFBox cannot embed that OpenType/CFF collection, and text drawn
 * this way stays vector, searchable and copyable. A Type 3 font holds 256 glyphs, so a font is split into chunks.
 */
public final class OutlineFont {

    static final String CJK_FAMILY = "Noto Sans CJK SC";
    private static final float UNITS = 1000;
    private static final int CHUNK = 256;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font font;
    private final String prefix;
    private final Map<Integer, Glyph> glyphs = new HashMap<>();
    private final List<List<Integer>> chunks = new ArrayList<>();

    private record Glyph(int chunk, int code, float advance) {
    }

    /** The CJK font (or the logical sans-serif font where it is missing), bold or plain; {@code prefix} names it. */
    public static OutlineFont cjk(boolean bold, String prefix) {
        String family = available(CJK_FAMILY) ? CJK_FAMILY : Font.SANS_SERIF;
        return new OutlineFont(new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(UNITS), prefix);
    }

    OutlineFont(Font font, String prefix) {
        this.font = font;
        this.prefix = prefix;
    }

    /** The width of the text in points at the given size. */
    public float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            units += glyph(text.codePointAt(i)).advance;
        }
        return units * size / UNITS;
    }

    /** Content-stream operators that show the text at the current text position, switching chunks as needed. */
    public String show(String text, float size) {
        StringBuilder out = new StringBuilder();
        int current = -1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            Glyph glyph = glyph(text.codePointAt(i));
            if (glyph.chunk != current) {
                if (current >= 0) {
                    out.append("> Tj ");
                }
                current = glyph.chunk;
                out.append('/').append(prefix).append(current).append(' ').append(number(size)).append(" Tf <");
            }
            out.append(String.format("%02X", glyph.code));
        }
        return current < 0 ? "" : out.append("> Tj\n").toString();
    }

    /** Writes the glyphs used so far into the document and names each chunk in the font resources. */
    public void addTo(PDDocument document, COSDictionary fontResources) throws IOException {
        for (int chunk = 0; chunk < chunks.size(); chunk++) {
            fontResources.setItem(COSName.getPDFName(prefix + chunk), type3(document, chunks.get(chunk)));
        }
    }

    private Glyph glyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, cp -> {
            if (chunks.isEmpty() || chunks.getLast().size() == CHUNK) {
                chunks.add(new ArrayList<>());
            }
            List<Integer> chunk = chunks.getLast();
            chunk.add(cp);
            GlyphVector vector = font.createGlyphVector(CONTEXT, Character.toString(cp));
            return new Glyph(chunks.size() - 1, chunk.size() - 1, vector.getGlyphMetrics(0).getAdvance());
        });
    }

    private COSDictionary type3(PDDocument document, List<Integer> codePoints) throws IOException {
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.ZERO);
        COSArray widths = new COSArray();
        for (int code = 0; code < codePoints.size(); code++) {
            COSName name = COSName.getPDFName("g" + code);
            differences.add(name);
            procs.setItem(name, stream(document, glyphProcedure(codePoints.get(code))));
            widths.add(new COSFloat(glyphs.get(codePoints.get(code)).advance));
        }
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);

        COSDictionary type3 = new COSDictionary();
        type3.setItem(COSName.TYPE, COSName.FONT);
        type3.setItem(COSName.SUBTYPE, COSName.TYPE3);
        type3.setItem(COSName.FONT_BBOX, numbers(0, -UNITS * 0.25f, UNITS, UNITS));
        type3.setItem(COSName.FONT_MATRIX, numbers(1 / UNITS, 0, 0, 1 / UNITS, 0, 0));
        type3.setItem(COSName.CHAR_PROCS, procs);
        type3.setItem(COSName.ENCODING, encoding);
        type3.setInt(COSName.FIRST_CHAR, 0);
        type3.setInt(COSName.LAST_CHAR, codePoints.size() - 1);
        type3.setItem(COSName.WIDTHS, widths);
        type3.setItem(COSName.RESOURCES, new COSDictionary());
        type3.setItem(COSName.TO_UNICODE, stream(document, toUnicode(codePoints)));
        return type3;
    }

    /** The glyph's outline as a filled path in glyph space (y up), after its width and bounding box (d1). */
    private String glyphProcedure(int codePoint) {
        GlyphVector vector = font.createGlyphVector(CONTEXT, Character.toString(codePoint));
        Shape outline = vector.getGlyphOutline(0);
        Rectangle2D box = outline.getBounds2D();
        StringBuilder out = new StringBuilder();
        out.append(number(glyphs.get(codePoint).advance)).append(" 0 ");
        if (box.isEmpty()) {
            return out.append("0 0 0 0 d1\n").toString();
        }
        out.append(number(box.getMinX())).append(' ').append(number(-box.getMaxY())).append(' ')
                .append(number(box.getMaxX())).append(' ').append(number(-box.getMinY())).append(" d1\n");
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        PathIterator path = outline.getPathIterator(null);
        for (; !path.isDone(); path.next()) {
            int type = path.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> out.append(point(c[0], c[1])).append("m\n");
                case PathIterator.SEG_LINETO -> out.append(point(c[0], c[1])).append("l\n");
                case PathIterator.SEG_QUADTO -> out.append(point(x + 2 * (c[0] - x) / 3, y + 2 * (c[1] - y) / 3))
                        .append(point(c[2] + 2 * (c[0] - c[2]) / 3, c[3] + 2 * (c[1] - c[3]) / 3))
                        .append(point(c[2], c[3])).append("c\n");
                case PathIterator.SEG_CUBICTO -> out.append(point(c[0], c[1])).append(point(c[2], c[3]))
                        .append(point(c[4], c[5])).append("c\n");
                default -> out.append("h\n");
            }
            if (type != PathIterator.SEG_CLOSE) {
                int last = type == PathIterator.SEG_CUBICTO ? 4 : type == PathIterator.SEG_QUADTO ? 2 : 0;
                x = c[last];
                y = c[last + 1];
            }
        }
        return out.append(path.getWindingRule() == PathIterator.WIND_EVEN_ODD ? "f*\n" : "f\n").toString();
    }

    private static String toUnicode(List<Integer> codePoints) {
        StringBuilder out = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <00> <FF>
                endcodespacerange
                """);
        for (int first = 0; first < codePoints.size(); first += 100) {
            int last = Math.min(first + 100, codePoints.size());
            out.append(last - first).append(" beginbfchar\n");
            for (int code = first; code < last; code++) {
                out.append(String.format("<%02X> <", code));
                for (char unit : Character.toChars(codePoints.get(code))) {
                    out.append(String.format("%04X", (int) unit));
                }
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        return out.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """).toString();
    }

    static COSStream stream(PDDocument document, String content) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static COSArray numbers(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
    }

    private static String point(double x, double y) {
        return number(x) + ' ' + number(-y) + ' ';
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return "-0".equals(text) ? "0" : text;
    }

    private static boolean available(String family) {
        return family.equals(new Font(family, Font.PLAIN, 1).getFamily(Locale.ROOT));
    }
}
