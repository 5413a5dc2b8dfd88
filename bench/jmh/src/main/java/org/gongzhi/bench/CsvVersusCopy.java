package org.gongzhi.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.community.internal.ResidentWorkbook;
import org.gongzhi.community.resident.ImportReport;
import org.gongzhi.community.resident.ResidentImport;

/**
 * A million residents from one CSV file through the product's import (checked, ID numbers encrypted, households
 * formed, every resident audited, one transaction) against PostgreSQL's own COPY of the same file into a table of
 * eleven text columns. One shot each, COPY first and last. Then, like for like: the rows the import wrote (residents
 * and their audit entries) copied into tables with the same columns, indexes, checks and foreign keys, in one
 * transaction: the database's own part of the import, without reading, checking or encrypting anything. Run on
 * PostgreSQL only:
 * {@code -Dbench.main=org.gongzhi.bench.CsvVersusCopy -Dbench.profiles=test,postgres-test} (bench/README.md).
 */
public final class CsvVersusCopy {

    public static void main(String[] args) throws Exception {
        int residents = Integer.parseInt(System.getProperty("residents", "1000000"));
        ConfigurableApplicationContext context = DemoApp.start("bench-csv");
        try {
            long community = DemoApp.aoyuan(context);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ResidentWorkbook workbook = context.getBean(ResidentWorkbook.class);
            Path file = Files.createTempFile("residents", ".csv");
            Newcomers newcomers = new Newcomers(jdbc, community);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                out.write(ResidentWorkbook.FIELDS.stream().map(workbook::header).collect(Collectors.joining(",")));
                out.write("\r\n");
                for (long k = 2_000_000; k < 2_000_000 + residents; k++) {
                    String[] cells = newcomers.row(k);
                    out.write(java.util.Arrays.stream(cells).map(c -> c == null ? "" : c)
                            .collect(Collectors.joining(",")));
                    out.write("\r\n");
                }
            }
            System.out.printf("file: %d residents, %.1f MB%n", residents, Files.size(file) / 1e6);
            DataSource dataSource = context.getBean(DataSource.class);
            jdbc.sql("""
                    create table if not exists bench_copy (name text, gender text, birth_date text, phone text,
                        id_card text, relation text, residence_type text, party_member text, moved_in text,
                        stairwell_code text, room text)""").update();
            long copy1 = copy(dataSource, file);
            long lastResident = jdbc.sql("select coalesce(max(id), 0) from resident").query(Long.class).single();
            long lastEntry = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
            long started = System.nanoTime();
            ImportReport report = context.getBean(ResidentImport.class)
                    .importFile(community, "bench.csv", new FileSystemResource(file));
            long imported = (System.nanoTime() - started) / 1_000_000;
            long copy2 = copy(dataSource, file);
            System.out.printf("COPY (before)   %,8d ms%nimport          %,8d ms  (%d imported, %d problems)%n"
                    + "COPY (after)    %,8d ms%nratio import / mean COPY  %.1f%n", copy1, imported, report.imported(),
                    report.problemCount(), copy2, imported / ((copy1 + copy2) / 2.0));
            long same = likeForLike(dataSource, lastResident, lastEntry);
            System.out.printf("COPY like for like %,8d ms%nratio import / like for like  %.1f%n", same,
                    imported / (double) same);
            jdbc.sql("drop table bench_copy").update();
            Files.delete(file);
        } finally {
            context.close();
        }
    }

    /**
     * The residents and audit entries written after the given ids, copied out and then into empty tables made like
     * {@code resident} and {@code audit_event} (columns, defaults, checks, indexes, and their foreign keys), in one
     * transaction; answers the milliseconds of copying in.
     */
    private static long likeForLike(DataSource dataSource, long lastResident, long lastEntry) throws Exception {
        Path residents = Files.createTempFile("residents", ".copy");
        Path entries = Files.createTempFile("entries", ".copy");
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            copyOut(copies, "select * from resident where id > " + lastResident, residents);
            copyOut(copies, "select * from audit_event where id > " + lastEntry, entries);
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("resident", "audit_event")) {
                    statement.execute("drop table if exists bench_" + table);
                    statement.execute("create table bench_" + table + " (like " + table
                            + " including all excluding identity)");
                    List<String> keys = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery("select pg_get_constraintdef(oid) from pg_constraint"
                            + " where conrelid = '" + table + "'::regclass and contype = 'f'")) {
                        while (rs.next()) {
                            keys.add(rs.getString(1));
                        }
                    }
                    for (String key : keys) {
                        statement.execute("alter table bench_" + table + " add " + key);
                    }
                }
                connection.setAutoCommit(false);
                long started = System.nanoTime();
                long rows = copyIn(copies, "bench_resident", residents) + copyIn(copies, "bench_audit_event", entries);
                connection.commit();
                long ms = (System.nanoTime() - started) / 1_000_000;
                connection.setAutoCommit(true);
                System.out.printf("COPY like for like: %,d rows%n", rows);
                statement.execute("drop table bench_resident");
                statement.execute("drop table bench_audit_event");
                return ms;
            }
        } finally {
            Files.delete(residents);
            Files.delete(entries);
        }
    }

    private static void copyOut(CopyManager copies, String query, Path file) throws Exception {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            copies.copyOut("copy (" + query + ") to stdout", out);
        }
    }

    private static long copyIn(CopyManager copies, String table, Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return copies.copyIn("copy " + table + " from stdin", in);
        }
    }

    private static long copy(DataSource dataSource, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.createStatement().execute("truncate bench_copy");
            long started = System.nanoTime();
            in.skip(1);
            long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_copy from stdin with (format csv, header true)", in);
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("COPY %,d rows%n", rows);
            return ms;
        } catch (IOException e) {
            throw e;
        }
    }
}
