package org.gongzhi.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Rows reads records exactly as Spring's SimplePropertyRowMapper does (names in snake_case or camelCase, enums,
 * instants, dates, boxed and primitive numbers, nulls, booleans), without an SQLException per camelCase component
 * and row. No Spring context: an H2 database in memory, as the tests' own.
 */
class RowsTest {

    enum Colour { RED, GREEN }

    record Item(long id, String title, Colour colour, Long budgetFen, Integer percentDone, boolean visible,
            Boolean reviewed, LocalDate paidOn, Instant createdAt, OffsetDateTime closedAt, long itemCount) {
    }

    private static final int ROWS = 2_000;
    private static JdbcClient jdbc;

    @BeforeAll
    static void database() {
        SingleConnectionDataSource db = new SingleConnectionDataSource(
                "jdbc:h2:mem:rows;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "", true);
        jdbc = JdbcClient.create(db);
        jdbc.sql("""
                create table item (id bigint primary key, title varchar(50), colour varchar(10), budget_fen bigint,
                    percent_done int, visible boolean, reviewed boolean, paid_on date,
                    created_at timestamp with time zone, closed_at timestamp with time zone)""").update();
        jdbc.sql("""
                insert into item with recursive n(x) as (select 1 union all select x + 1 from n where x < ?)
                select x, 'item ' || x, case when mod(x, 2) = 0 then 'RED' else 'GREEN' end,
                    case when mod(x, 3) = 0 then null else x * 100 end, case when mod(x, 5) = 0 then null else x end,
                    mod(x, 2) = 0, case when mod(x, 7) = 0 then null else mod(x, 3) = 0 end,
                    date '2026-12-01' - cast(mod(x, 30) as int),
                    timestamp with time zone '2026-12-03 08:00:00+08' - x * interval '1' minute,
                    case when mod(x, 4) = 0 then null else timestamp with time zone '2026-12-03 18:00:00+08' end
                from n""").param(ROWS).update();
    }

    private static final String SQL = """
            select i.*, i.id * 2 as itemCount, 'extra' as not_a_component from item i order by id""";

    @Test
    void reads_every_type_as_spring_does() {
        List<Item> spring = jdbc.sql(SQL).query(new SimplePropertyRowMapper<>(Item.class)).list();
        List<Item> rows = jdbc.sql(SQL).query(Rows.of(Item.class)).list();

        assertThat(rows).hasSize(ROWS).isEqualTo(spring);
        assertThat(rows.get(5)).isEqualTo(new Item(6, "item 6", Colour.RED, null, 6, true, true,
                LocalDate.of(2026, 11, 25), Instant.parse("2026-12-03T00:00:00Z").minusSeconds(360),
                OffsetDateTime.parse("2026-12-03T18:00+08:00"), 12));
        assertThat(rows).extracting(Item::reviewed).containsNull();
        assertThat(rows).extracting(Item::closedAt).containsNull();
    }

    @Test
    void one_mapper_reads_several_result_sets_with_their_own_columns() {
        Rows<Item> mapper = Rows.of(Item.class);
        Item first = jdbc.sql(SQL).query(mapper).list().getFirst();
        Item reordered = jdbc.sql("""
                select closed_at, created_at, paid_on, reviewed, visible, percent_done, budget_fen, colour, title, id,
                    1 as item_count from item where id = 1""").query(mapper).single();

        assertThat(reordered).isEqualTo(new Item(first.id(), first.title(), first.colour(), first.budgetFen(),
                first.percentDone(), first.visible(), first.reviewed(), first.paidOn(), first.createdAt(),
                first.closedAt(), 1));
    }

    @Test
    void a_component_without_its_column_is_an_error_naming_it() {
        assertThatThrownBy(() -> jdbc.sql("select id, title from item").query(Rows.of(Item.class)).list())
                .hasMessageContaining("colour");
    }

    /** The measure that made Rows: Spring's mapper throws an SQLException per camelCase component and row. */
    @Test
    void no_exception_per_row() {
        Measure spring = measure(new SimplePropertyRowMapper<>(Item.class));
        Measure rows = measure(Rows.of(Item.class));
        System.out.printf("%d rows: SimplePropertyRowMapper %d SQLExceptions in %d ms; Rows %d in %d ms%n", ROWS,
                spring.exceptions(), spring.millis(), rows.exceptions(), rows.millis());

        // budgetFen, percentDone, paidOn, createdAt, closedAt: found only as snake_case (itemCount is a label)
        assertThat(spring.exceptions()).isEqualTo(ROWS * 5);
        assertThat(rows.exceptions()).isZero();
    }

    /** Single values ({@code .query(Long.class)}) are read by position; records go through {@link Rows}. */
    @Test
    void no_repository_maps_a_record_with_springs_property_mapper() throws IOException {
        Pattern query = Pattern.compile("\\.query\\(([\\w.]+)\\.class\\)");
        Set<String> values = Set.of("Long", "Integer", "String", "Boolean", "OffsetDateTime", "LocalDate", "Instant",
                "BigDecimal", "Double", "Short", "LocalDateTime", "Object");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = query.matcher(Files.readString(file));
                while (m.find()) {
                    if (!values.contains(m.group(1).substring(m.group(1).lastIndexOf('.') + 1))) {
                        found.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private record Measure(int exceptions, long millis) {
    }

    private static Measure measure(RowMapper<Item> mapper) {
        AtomicInteger thrown = new AtomicInteger();
        long started = System.nanoTime();
        List<Item> items = jdbc.sql(SQL).query(rs -> {
            ResultSet counting = counting(rs, thrown);
            List<Item> read = new ArrayList<>();
            while (counting.next()) {
                read.add(mapper.mapRow(counting, read.size()));
            }
            return read;
        });
        assertThat(items).hasSize(ROWS);
        return new Measure(thrown.get(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The result set, counting the SQLExceptions its methods throw. */
    private static ResultSet counting(ResultSet rs, AtomicInteger thrown) {
        return (ResultSet) Proxy.newProxyInstance(RowsTest.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(rs, args);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof SQLException) {
                            thrown.incrementAndGet();
                        }
                        throw e.getCause();
                    }
                });
    }
}
