package org.gongzhi.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.community.internal.ResidentWorkbook;
import org.gongzhi.community.resident.ImportReport;
import org.gongzhi.community.resident.ResidentImport;

/**
 * A million residents from one CSV file through the product's import (checked, ID numbers encrypted, households
 * formed, every resident audited, one transaction) against PostgreSQL's own COPY of the same file into a table of
 * eleven text columns. One shot each, COPY first and last. Run on PostgreSQL only:
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
            long started = System.nanoTime();
            ImportReport report = context.getBean(ResidentImport.class)
                    .importFile(community, "bench.csv", new FileSystemResource(file));
            long imported = (System.nanoTime() - started) / 1_000_000;
            long copy2 = copy(dataSource, file);
            System.out.printf("COPY (before)   %,8d ms%nimport          %,8d ms  (%d imported, %d problems)%n"
                    + "COPY (after)    %,8d ms%nratio import / mean COPY  %.1f%n", copy1, imported, report.imported(),
                    report.problemCount(), copy2, imported / ((copy1 + copy2) / 2.0));
            jdbc.sql("drop table bench_copy").update();
            Files.delete(file);
        } finally {
            context.close();
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
