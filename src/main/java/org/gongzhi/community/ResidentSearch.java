package org.gongzhi.community;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search over residents: one box that understands a phone tail (4 digits), a whole phone number, an address
 * such as "12-2-301" or "12号楼2单元301室", or else part of a name.
 */
public record ResidentSearch(String query, Integer grid, boolean includeMovedOut, int page, int size) {

    private static final Pattern ADDRESS = Pattern.compile(
            "^(\\d{1,3})\\s*(?:号楼|号|栋|幢|#|-)?\\s*(?:(\\d{1,2})\\s*(?:单元|-)?)?\\s*(?:(\\d{3,4})\\s*室?)?$");

    /** How the query was understood. */
    public sealed interface Criterion {
    }

    public record PhoneTail(String digits) implements Criterion {
    }

    public record Phone(String number) implements Criterion {
    }

    public record Address(int building, Integer unit, String room) implements Criterion {
    }

    public record NamePart(String text) implements Criterion {
    }

    public record Everyone() implements Criterion {
    }

    public Criterion criterion() {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return new Everyone();
        }
        if (q.matches("\\d{4}")) {
            return new PhoneTail(q);
        }
        if (q.matches("1\\d{10}")) {
            return new Phone(q);
        }
        Matcher m = ADDRESS.matcher(q);
        if (m.matches()) {
            return new Address(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                    m.group(3));
        }
        return new NamePart(q);
    }

    /** The SQL condition and its parameters for the criterion. */
    List<Object> where(StringBuilder sql) {
        List<Object> params = new ArrayList<>();
        switch (criterion()) {
            case PhoneTail t -> {
                sql.append(" and r.phone_tail = ?");
                params.add(t.digits());
            }
            case Phone p -> {
                sql.append(" and r.phone = ?");
                params.add(p.number());
            }
            case Address a -> {
                sql.append(" and b.number = ?");
                params.add(a.building());
                if (a.unit() != null) {
                    sql.append(" and s.unit_number = ?");
                    params.add(a.unit());
                }
                if (a.room() != null) {
                    sql.append(" and u.room = ?");
                    params.add(a.room());
                }
            }
            case NamePart n -> {
                sql.append(" and r.name like ?");
                params.add("%" + n.text().replace("%", "").replace("_", "") + "%");
            }
            case Everyone e -> {
            }
        }
        if (grid != null) {
            sql.append(" and g.number = ?");
            params.add(grid);
        }
        if (!includeMovedOut) {
            sql.append(" and r.moved_out is null");
        }
        return params;
    }
}
