package org.gongzhi.shared.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The elements of an SQL array column, such as {@code array_agg} in a subquery gives, so that a row and the short list
 * that belongs to it are read in one statement on H2 and PostgreSQL alike.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The array's elements in order; an aggregate over no rows (SQL null) is an empty list. */
    public static <T> List<T> elements(ResultSet rs, String column, Class<T> type) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) array.getArray();
            List<T> elements = new ArrayList<>(values.length);
            for (Object value : values) {
                elements.add(type.cast(type == Long.class && value instanceof Number n ? n.longValue() : value));
            }
            return elements;
        } finally {
            array.free();
        }
    }
}
