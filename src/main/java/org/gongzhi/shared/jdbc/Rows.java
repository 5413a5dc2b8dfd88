package org.gongzhi.shared.jdbc;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Rows into records by column name: {@code jdbc.sql(...).query(Rows.of(ProjectSummary.class)).list()}. A component
 * {@code budgetFen} reads the column {@code budgetFen} or {@code budget_fen}, converted as Spring's
 * {@code SimplePropertyRowMapper} converts it ({@link JdbcUtils#getResultSetValue} and the shared
 * {@link DefaultConversionService}), but the columns are looked up once per result set in its metadata instead of
 * per row with {@link ResultSet#findColumn}, which throws and catches an {@link SQLException} for every component
 * named in camelCase. A component without its column is an error naming it; extra columns are left alone.
 */
public final class Rows<T> implements RowMapper<T> {

    private static final ClassValue<Shape<?>> SHAPES = new ClassValue<>() {
        @Override
        protected Shape<?> computeValue(Class<?> type) {
            return new Shape<>(type);
        }
    };

    private final Shape<T> shape;
    /** The columns of the last result set read; each result set (and thread) finds its own. */
    private volatile Columns columns;

    private Rows(Shape<T> shape) {
        this.shape = shape;
    }

    @SuppressWarnings("unchecked")
    public static <T> Rows<T> of(Class<T> type) {
        return new Rows<>((Shape<T>) SHAPES.get(type));
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        Columns known = columns;
        if (known == null || known.rs() != rs) {
            known = new Columns(rs, shape.indexesIn(rs.getMetaData()));
            columns = known;
        }
        Object[] args = new Object[shape.types.length];
        for (int i = 0; i < args.length; i++) {
            TypeDescriptor type = shape.types[i];
            args[i] = shape.conversion.convert(JdbcUtils.getResultSetValue(rs, known.indexes()[i], type.getType()),
                    type);
        }
        return BeanUtils.instantiateClass(shape.constructor, args);
    }

    private record Columns(ResultSet rs, int[] indexes) {
    }

    /** A record's constructor, its parameters' names and types: found once per class. */
    private static final class Shape<T> {

        private final Constructor<T> constructor;
        private final String[] names;
        private final TypeDescriptor[] types;
        private final ConversionService conversion = DefaultConversionService.getSharedInstance();

        Shape(Class<T> type) {
            this.constructor = BeanUtils.getResolvableConstructor(type);
            this.names = BeanUtils.getParameterNames(constructor);
            this.types = new TypeDescriptor[names.length];
            for (int i = 0; i < names.length; i++) {
                types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
            }
        }

        /** The column of each parameter: its own name or its name in snake_case, whatever the case. */
        int[] indexesIn(ResultSetMetaData metaData) throws SQLException {
            Map<String, Integer> byLabel = new HashMap<>();
            for (int column = metaData.getColumnCount(); column >= 1; column--) {
                byLabel.put(JdbcUtils.lookupColumnName(metaData, column).toLowerCase(Locale.ROOT), column);
            }
            int[] indexes = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                Integer column = byLabel.get(names[i].toLowerCase(Locale.ROOT));
                if (column == null) {
                    column = byLabel.get(JdbcUtils.convertPropertyNameToUnderscoreName(names[i]));
                }
                if (column == null) {
                    throw new SQLException("No column " + names[i] + " or "
                            + JdbcUtils.convertPropertyNameToUnderscoreName(names[i]) + " for "
                            + constructor.getDeclaringClass().getName() + " among " + byLabel.keySet());
                }
                indexes[i] = column;
            }
            return indexes;
        }
    }
}
