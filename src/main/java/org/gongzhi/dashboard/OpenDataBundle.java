package org.gongzhi.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.cases.CaseMeasure;
import org.gongzhi.cases.CaseMeasuresRow;

/** The open-data bundle as a zip: the whole as JSON, each data set as CSV (UTF-8), and the data dictionary. */
@Component
public class OpenDataBundle {

    private final JsonMapper json;

    OpenDataBundle(JsonMapper json) {
        this.json = json;
    }

    public void write(Transparency.OpenData data, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "open-data.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
        entry(zip, "proposals.csv", csv(data.proposals()));
        entry(zip, "vote-results.csv", csv(data.voteResults()));
        entry(zip, "projects.csv", csv(data.projects()));
        entry(zip, "spending.csv", csv(data.spending()));
        entry(zip, "ledgers.csv", csv(data.ledgers()));
        entry(zip, "work-orders-by-grid.csv", workOrders(data.workOrders().rows()));
        entry(zip, "patrol-attendance.csv", csv(data.patrolAttendance()));
        try (InputStream dictionary = getClass().getResourceAsStream("/dashboard/open-data-dictionary.csv")) {
            entry(zip, "dictionary.csv", dictionary.readAllBytes());
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Records as CSV: a header of their component names, then one line each. */
    static byte[] csv(List<? extends Record> rows) {
        if (rows.isEmpty()) {
            return new byte[0];
        }
        RecordComponent[] components = rows.get(0).getClass().getRecordComponents();
        List<String> lines = new ArrayList<>();
        lines.add(Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(",")));
        for (Record row : rows) {
            lines.add(Arrays.stream(components).map(c -> cell(value(c, row))).collect(Collectors.joining(",")));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workOrders(List<CaseMeasuresRow> rows) {
        StringBuilder out = new StringBuilder("grid");
        Arrays.stream(CaseMeasure.values()).forEach(m -> out.append(',').append(m.name()));
        out.append(",RATING_SUM\r\n");
        for (CaseMeasuresRow row : rows) {
            out.append(row.key());
            Arrays.stream(CaseMeasure.values()).forEach(m -> out.append(',').append(row.count(m)));
            out.append(',').append(row.ratingSum()).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a resident's title starting like a formula must stay text in a spreadsheet
        if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
