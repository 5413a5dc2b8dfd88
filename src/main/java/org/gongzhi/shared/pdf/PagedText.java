package org.gongzhi.shared.pdf;

import static org.gongzhi.shared.pdf.OutlineFont.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A document of headings, paragraphs and labelled fields flowed onto A4 pages as real text: long text wraps between
 * any two Chinese characters (never before closing punctuation) and runs on to the next page; every page gets a
 * footer, such as its page number, once the number of pages is known.
 */
public final class PagedText {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float FOOTER_ROOM = 28;
    /** How much larger than usual the large-type documents print (for residents who read with difficulty). */
    private static final float LARGE = 1.6f;
    private static final float FOOTER = 9;
    private static final float LEADING = 1.55f;
    private static final String NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)%";

    private final OutlineFont regular = OutlineFont.cjk(false, "R");
    private final OutlineFont bold = OutlineFont.cjk(true, "B");
    private final List<StringBuilder> pages = new ArrayList<>();
    private final float titleSize;
    private final float headingSize;
    private final float bodySize;
    private float top;

    public PagedText() {
        this(1);
    }

    private PagedText(float scale) {
        titleSize = 18 * scale;
        headingSize = 13.5f * scale;
        bodySize = 11 * scale;
        newPage();
    }

    /** A document in large type, for a board or a hand-out read by older residents. */
    public static PagedText largeType() {
        return new PagedText(LARGE);
    }

    /** A centred title in large bold type. */
    public PagedText title(String text) {
        for (String line : wrap(text, bold, titleSize, room(), room())) {
            float width = bold.width(line, titleSize);
            line(bold, titleSize, MARGIN + (room() - width) / 2, line);
        }
        return space(bodySize * 0.5f);
    }

    /** A bold heading, kept on a page with at least two lines of what follows it. */
    public PagedText heading(String text) {
        space(bodySize * 0.6f);
        if (!fits(headingSize * LEADING + 2 * bodySize * LEADING)) {
            newPage();
        }
        for (String line : wrap(text, bold, headingSize, room(), room())) {
            line(bold, headingSize, MARGIN, line);
        }
        return this;
    }

    public PagedText paragraph(String text) {
        return field(null, text, 0);
    }

    /** A bold label (with its own colon, "理由：") and the value after it, wrapping, indented by {@code indent} points. */
    public PagedText field(String label, String value, float indent) {
        String head = label == null ? "" : label;
        float headWidth = bold.width(head, bodySize);
        boolean first = true;
        for (String paragraph : (value == null ? "" : value).split("\\R", -1)) {
            float x = MARGIN + indent + (first ? headWidth : 0);
            List<String> lines = wrap(paragraph, regular, bodySize, room() - indent - (first ? headWidth : 0),
                    room() - indent);
            for (String line : lines) {
                if (!fits(bodySize * LEADING)) {
                    newPage();
                }
                if (first && !head.isEmpty()) {
                    text(bold, bodySize, MARGIN + indent, head);
                }
                line(regular, bodySize, x, line);
                x = MARGIN + indent;
                first = false;
            }
        }
        return this;
    }

    /** A thin rule across the text column. */
    public PagedText rule() {
        space(bodySize * 0.4f);
        float y = A4.getHeight() - top;
        pages.getLast().append("0.5 w ").append(number(MARGIN)).append(' ').append(number(y)).append(" m ")
                .append(number(A4.getWidth() - MARGIN)).append(' ').append(number(y)).append(" l S\n");
        return space(bodySize * 0.4f);
    }

    public PagedText space(float points) {
        top += points;
        return this;
    }

    /** The PDF, with {@code footer(page, pages)} centred at the foot of every page (pages count from 1). */
    public byte[] pdf(String documentTitle, BiFunction<Integer, Integer, String> footer) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(documentTitle);
            COSDictionary fonts = new COSDictionary();
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            for (int i = 0; i < pages.size(); i++) {
                String foot = footer.apply(i + 1, pages.size());
                float x = (A4.getWidth() - regular.width(foot, FOOTER)) / 2;
                StringBuilder content = pages.get(i).append(text(regular, FOOTER, x, MARGIN - FOOTER_ROOM, foot));
                PDPage page = new PDPage(A4);
                page.setResources(resources);
                page.setContents(new PDStream(OutlineFont.stream(document, content.toString())));
                document.addPage(page);
            }
            regular.addTo(document, fonts);
            bold.addTo(document, fonts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return pages.size();
    }

    /** Breaks text into lines no wider than the room: the first line may have less room than the rest. */
    private static List<String> wrap(String text, OutlineFont font, float size, float firstRoom, float room) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float width = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String next = Character.toString(text.codePointAt(i));
            float advance = font.width(next, size);
            boolean hangs = NO_LINE_START.contains(next);
            if (!line.isEmpty() && width + advance > (lines.isEmpty() ? firstRoom : room) && !hangs) {
                String carried = wordTail(line, next);
                lines.add(line.substring(0, line.length() - carried.length()).stripTrailing());
                line.setLength(0);
                line.append(carried);
                width = font.width(carried, size);
                if (next.isBlank()) {
                    continue;
                }
            }
            line.append(next);
            width += advance;
        }
        lines.add(line.toString());
        return lines;
    }

    /** The end of a Latin word that a break would split, to carry to the next line whole; else nothing. */
    private static String wordTail(StringBuilder line, String next) {
        if (!latin(next) || !latin(line.substring(line.length() - 1))) {
            return "";
        }
        int space = line.lastIndexOf(" ");
        return space > 0 ? line.substring(space + 1) : "";
    }

    private static boolean latin(String character) {
        return character.length() == 1 && Character.isLetterOrDigit(character.charAt(0)) && character.charAt(0) < 0x80;
    }

    private void line(OutlineFont font, float size, float x, String text) {
        if (!fits(size * LEADING)) {
            newPage();
        }
        text(font, size, x, text);
        top += size * LEADING;
    }

    /** Draws on the current line without moving down. */
    private void text(OutlineFont font, float size, float x, String text) {
        float baseline = A4.getHeight() - top - size * 1.15f;
        pages.getLast().append(text(font, size, x, baseline, text));
    }

    private static String text(OutlineFont font, float size, float x, float baseline, String text) {
        return "BT 1 0 0 1 " + number(x) + ' ' + number(baseline) + " Tm " + font.show(text, size) + "ET\n";
    }

    private boolean fits(float height) {
        return top + height <= A4.getHeight() - MARGIN - FOOTER_ROOM;
    }

    private float room() {
        return A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() {
        pages.add(new StringBuilder());
        top = MARGIN;
    }
}
