package org.gongzhi.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.community.internal.ResidentWorkbook;
import org.gongzhi.community.resident.ImportReport;
import org.gongzhi.community.resident.ResidentImport;

/**
 * The residents' .xlsx import (the service the page and the API call) of a whole register: 15,000 new residents in
 * one workbook written with Apache POI under the template's headers, each time new people. One shot per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class XlsxImportBench {

    @Param({"15000"})
    public int residents;

    private ConfigurableApplicationContext context;
    private ResidentImport residentImport;
    private ResidentWorkbook workbook;
    private Newcomers newcomers;
    private long community;
    private long next;
    private byte[] file;

    @Setup(Level.Trial)
    public void start() {
        context = DemoApp.start("bench-xlsx");
        community = DemoApp.aoyuan(context);
        residentImport = context.getBean(ResidentImport.class);
        workbook = context.getBean(ResidentWorkbook.class);
        newcomers = new Newcomers(context.getBean(JdbcClient.class), community);
    }

    @Setup(Level.Iteration)
    public void newFile() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < ResidentWorkbook.FIELDS.size(); c++) {
                header.createCell(c).setCellValue(workbook.header(ResidentWorkbook.FIELDS.get(c)));
            }
            for (int r = 1; r <= residents; r++) {
                String[] cells = newcomers.row(next++);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            book.dispose();
            file = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public ImportReport importWorkbook() {
        ImportReport report = residentImport.importFile(community, "bench.xlsx", new ByteArrayResource(file));
        if (report.imported() != residents) {
            throw new IllegalStateException("imported " + report.imported() + ", problems " + report.problems()
                    .subList(0, Math.min(5, report.problems().size())));
        }
        return report;
    }
}
