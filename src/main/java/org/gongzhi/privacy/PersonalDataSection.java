package org.gongzhi.privacy;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One module's part of a person's copy: a name ({@code privacy.section.<key>} is its heading) and its records, each
 * field by name ({@code privacy.field.<name>} labels it on the page).
 */
public record PersonalDataSection(String key, List<Map<String, String>> records) {

    /** A section of database rows, each value as text: date-times in ISO form with their offset, no nulls. */
    public static PersonalDataSection of(String key, List<Map<String, Object>> rows) {
        return new PersonalDataSection(key, rows.stream().map(PersonalDataSection::text).toList());
    }

    private static Map<String, String> text(Map<String, Object> row) {
        Map<String, String> out = new LinkedHashMap<>();
        row.forEach((name, value) -> {
            if (value instanceof Timestamp t) {
                out.put(name, OffsetDateTime.ofInstant(t.toInstant(), ZoneId.systemDefault()).toString());
            } else if (value instanceof java.sql.Date d) {
                out.put(name, d.toLocalDate().toString());
            } else if (value != null) {
                out.put(name, value.toString());
            }
        });
        return out;
    }
}
