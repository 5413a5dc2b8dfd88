package org.gongzhi.community.resident;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import org.gongzhi.community.internal.ResidentCsv;
import org.gongzhi.community.internal.ResidentWorkbook.SheetRow;
import org.gongzhi.community.internal.ResidentWorkbook;
import org.gongzhi.community.resident.ImportReport.RowProblem;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.web.FormProblems;

/**
 * Registers a file of residents (.xlsx or .csv) all or nothing: if one row breaks a rule, not one resident is
 * written. Rows are checked and written batch by batch as they are read, inside one transaction that is rolled back
 * at the first problem's end of file; a CSV file is never held whole.
 */
@Service
public class ResidentImport {

    /** A whole community's register (Aoyuan: 15,000) fits in one workbook, which is read into memory. */
    public static final int MAX_ROWS = 20_000;
    /** CSV is read as a stream, so only the transaction bounds it. */
    public static final int MAX_CSV_ROWS = 1_000_000;
    /** Enough to show what is wrong with a file; the counts still cover every problem. */
    public static final int MAX_PROBLEMS = 1_000;
    private static final int FILENAME_LIMIT = 120;

    private final Residents residents;
    private final ResidentWorkbook workbook;
    private final ResidentCsv csv;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final FormProblems fieldRules;
    private final JdbcClient jdbc;

    ResidentImport(Residents residents, ResidentWorkbook workbook, ResidentCsv csv, AuditTrail audit,
            TransactionTemplate transaction, FormProblems fieldRules, JdbcClient jdbc) {
        this.fieldRules = fieldRules;
        this.jdbc = jdbc;
        this.residents = residents;
        this.workbook = workbook;
        this.csv = csv;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Whether a file of this name is read as CSV (else as .xlsx). */
    public static boolean isCsv(String filename) {
        return filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * Checks every row and registers them all in one transaction only when none has a problem. A file that is
     * missing, unreadable, not the template or too long is an {@link InvalidInput} on the field {@code file}.
     */
    public ImportReport importFile(long communityId, String filename, InputStreamSource file) {
        if (file == null) {
            throw InvalidInput.of("file", "validation.required");
        }
        if (isCsv(filename)) {
            return register(communityId, filename, each -> readCsv(file, each));
        }
        List<SheetRow> rows = readWorkbook(file);
        return register(communityId, filename, rows::forEach);
    }

    private ImportReport register(long communityId, String filename, Consumer<Consumer<SheetRow>> rows) {
        return Objects.requireNonNull(transaction.execute(status -> {
            takeTurn(communityId);
            Checking checking = new Checking(communityId);
            rows.accept(checking::take);
            if (checking.problemCount > 0) {
                status.setRollbackOnly();
                return ImportReport.rejected(checking.rows, checking.rowsWithProblems, checking.problemCount,
                        checking.problems);
            }
            int registered = checking.registration.finish();
            jdbc.sql("delete from resident_import_turn where community_id = ?").param(communityId).update();
            audit.record(communityId, "RESIDENTS_IMPORTED", Residents.SUBJECT, null,
                    registered + " rows from " + ownName(filename));
            return ImportReport.imported(registered);
        }));
    }

    /**
     * Waits until no other import of the community is under way (V202612150101): what is already registered is read
     * only after that, so the same file imported twice at once registers its residents once. A database that gives
     * up waiting (H2's lock timeout) refuses the file, which can be sent again.
     */
    private void takeTurn(long communityId) {
        try {
            jdbc.sql("insert into resident_import_turn (community_id) values (?)").param(communityId).update();
        } catch (DataAccessException e) {
            throw InvalidInput.of("file", "import.file.busy");
        }
    }

    private List<SheetRow> readWorkbook(InputStreamSource file) {
        try (InputStream in = file.getInputStream()) {
            return workbook.read(in, MAX_ROWS);
        } catch (IOException e) {
            throw InvalidInput.of("file", "import.file.unreadable");
        }
    }

    private void readCsv(InputStreamSource file, Consumer<SheetRow> each) {
        try (InputStream in = file.getInputStream()) {
            csv.read(in, MAX_CSV_ROWS, each);
        } catch (IOException e) {
            throw InvalidInput.of("file", "import.csv.unreadable");
        }
    }

    /** The rows of one file as they pass: counted, checked, and queued for writing while none has failed. */
    private final class Checking {

        private final BulkRegistration registration;
        private final FirstRowOfIdCard idCards = new FirstRowOfIdCard();
        private final List<RowProblem> problems = new ArrayList<>();
        private int rows;
        private long rowsWithProblems;
        private long problemCount;

        Checking(long communityId) {
            this.registration = residents.bulk(communityId);
        }

        void take(SheetRow row) {
            rows++;
            List<Problem> found = new ArrayList<>(row.cellProblems());
            ResidentInput.Valid valid = check(row, found);
            if (found.isEmpty()) {
                if (problemCount == 0) {
                    registration.add(valid);
                }
                return;
            }
            rowsWithProblems++;
            problemCount += found.size();
            found.stream()
                    .sorted(Comparator.comparingInt(p -> ResidentWorkbook.FIELDS.indexOf(p.field())))
                    .limit(Math.max(0, MAX_PROBLEMS - problems.size()))
                    .forEach(p -> problems.add(new RowProblem(row.number(), workbook.header(p.field()), p)));
        }

        /**
         * A cell's own problem (an ID number Excel stored as a number) outranks the field's rules (the record's
         * annotations), which outrank the rules across fields.
         */
        private ResidentInput.Valid check(SheetRow row, List<Problem> found) {
            fieldRules.of(row.input()).stream()
                    .filter(p -> found.stream().noneMatch(f -> f.field().equals(p.field())))
                    .forEach(found::add);
            try {
                ResidentInput.Valid valid = registration.check(row.input());
                if (valid.idCard() != null && found.isEmpty()) {
                    int first = idCards.putIfAbsent(valid.idCard(), row.number());
                    if (first != 0) {
                        found.add(new Problem("idCard", "import.idCard.repeated", String.valueOf(first)));
                    }
                }
                return valid;
            } catch (InvalidInput e) {
                e.problems().stream()
                        .filter(p -> found.stream().noneMatch(f -> f.field().equals(p.field())))
                        .forEach(found::add);
                return null;
            }
        }
    }

    /** Only the file's own name (some browsers send the whole path), short enough for the audit trail. */
    private static String ownName(String filename) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(filename == null ? "" : filename));
        if (!StringUtils.hasText(name)) {
            return "(unnamed)";
        }
        return name.length() > FILENAME_LIMIT ? name.substring(0, FILENAME_LIMIT) : name;
    }
}
