package org.gongzhi.community.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.gongzhi.community.internal.ResidentWorkbook.SheetRow;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * The residents file as CSV (RFC 4180: commas, fields in double quotes may hold commas, quotes written twice and
 * line breaks), UTF-8 with or without a byte-order mark, headed by the same column names as the .xlsx template.
 * Rows are handed over one at a time as they are read, so a file of a million residents is never held whole.
 */
@Component
public class ResidentCsv {

    /** Longer than any field of the template needs; stops an unclosed quote from swallowing the whole file. */
    static final int MAX_FIELD = 1_000;
    private static final char BOM = '\uFEFF';

    private final ResidentWorkbook workbook;

    public ResidentCsv(ResidentWorkbook workbook) {
        this.workbook = workbook;
    }

    /** The template: the header row only, with a byte-order mark so that Excel opens it as UTF-8. */
    public void writeTemplate(OutputStream out) throws IOException {
        String header = ResidentWorkbook.FIELDS.stream().map(workbook::header).collect(Collectors.joining(","));
        out.write((BOM + header + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Hands every non-blank data row to {@code each}, numbered as a spreadsheet numbers it (the header is row 1). A
     * file that is not UTF-8 text, not headed like the template, empty, too long or broken (an unclosed quote) is one
     * problem on the field {@code file}; rows already handed over stay the caller's to discard.
     */
    public void read(InputStream in, int maxRows, Consumer<SheetRow> each) {
        Records records = new Records(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            checkHeaders(records.next());
            int rows = 0;
            for (List<String> record = records.next(); record != null; record = records.next()) {
                List<String> texts = texts(record);
                if (texts.stream().allMatch(Objects::isNull)) {
                    continue;
                }
                if (++rows > maxRows) {
                    throw InvalidInput.of("file", "import.file.tooManyRows", maxRows);
                }
                each.accept(new SheetRow(records.number(), ResidentWorkbook.input(texts), List.of()));
            }
            if (rows == 0) {
                throw InvalidInput.of("file", "import.file.empty");
            }
        } catch (IOException e) {
            throw InvalidInput.of("file", "import.csv.unreadable");
        }
    }

    private void checkHeaders(List<String> record) {
        List<String> found = record == null ? List.of() : record;
        for (int i = 0; i < ResidentWorkbook.FIELDS.size(); i++) {
            String expected = workbook.header(ResidentWorkbook.FIELDS.get(i));
            String text = i < found.size() ? ResidentWorkbook.clean(found.get(i)) : null;
            if (!expected.equals(text)) {
                throw InvalidInput.of("file", "import.file.headers",
                        org.apache.poi.ss.util.CellReference.convertNumToColString(i), expected,
                        text == null ? "" : text);
            }
        }
    }

    private static List<String> texts(List<String> record) {
        List<String> texts = new ArrayList<>(ResidentWorkbook.FIELDS.size());
        for (int i = 0; i < ResidentWorkbook.FIELDS.size(); i++) {
            texts.add(i < record.size() ? ResidentWorkbook.clean(record.get(i)) : null);
        }
        return texts;
    }

    /** Splits the text into records of fields, reading through a buffer of its own. */
    private static final class Records {

        private final Reader reader;
        private final char[] buffer = new char[64 * 1024];
        private final StringBuilder field = new StringBuilder();
        private int length;
        private int position;
        private int number;
        private boolean started;

        Records(Reader reader) {
            this.reader = reader;
        }

        /** The record number (1 for the header) of the record last returned. */
        int number() {
            return number;
        }

        /** The next record's fields, or null at the end of the file. */
        List<String> next() throws IOException {
            int c = read();
            if (!started) {
                started = true;
                if (c == BOM) {
                    c = read();
                }
            }
            if (c < 0) {
                return null;
            }
            number++;
            List<String> fields = new ArrayList<>(ResidentWorkbook.FIELDS.size());
            field.setLength(0);
            boolean quoted = false;
            boolean inQuotes = false;
            while (true) {
                if (inQuotes) {
                    if (c < 0) {
                        throw InvalidInput.of("file", "import.csv.unclosedQuote", number);
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            append('"');
                        } else {
                            inQuotes = false;
                            c = after;
                            continue;
                        }
                    } else {
                        append((char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !quoted) {
                    inQuotes = true;
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    quoted = false;
                } else if (c < 0 || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int after = read();
                        if (after >= 0 && after != '\n') {
                            position--;
                        }
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    append((char) c);
                }
                c = read();
            }
        }

        private void append(char c) {
            if (field.length() == MAX_FIELD) {
                throw InvalidInput.of("file", "import.csv.fieldTooLong", number, MAX_FIELD);
            }
            field.append(c);
        }

        private int read() throws IOException {
            if (position == length) {
                length = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }
    }
}
