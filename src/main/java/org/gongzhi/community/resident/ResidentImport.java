package org.gongzhi.community.resident;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import org.gongzhi.community.internal.ResidentWorkbook.SheetRow;
import org.gongzhi.community.internal.ResidentWorkbook;
import org.gongzhi.community.resident.ImportReport.RowProblem;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.web.FormProblems;

/** Registers a spreadsheet of residents all or nothing: if one row breaks a rule, not one resident is written. */
@Service
public class ResidentImport {

    public static final int MAX_ROWS = 5_000;
    private static final int FILENAME_LIMIT = 120;

    private final Residents residents;
    private final ResidentWorkbook workbook;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final FormProblems fieldRules;

    ResidentImport(Residents residents, ResidentWorkbook workbook, AuditTrail audit, TransactionTemplate transaction,
            FormProblems fieldRules) {
        this.fieldRules = fieldRules;
        this.residents = residents;
        this.workbook = workbook;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Checks every row and registers them all in one transaction only when none has a problem. A file that is
     * missing, not an .xlsx, not the template or too long is an {@link InvalidInput} on the field {@code file}.
     */
    public ImportReport importFile(long communityId, String filename, InputStreamSource file) {
        List<SheetRow> rows = read(file);
        return Objects.requireNonNull(transaction.execute(status -> {
            List<RowProblem> problems = problems(communityId, rows);
            if (!problems.isEmpty()) {
                return ImportReport.rejected(rows.size(), problems);
            }
            rows.forEach(row -> residents.register(communityId, row.input()));
            audit.record(communityId, "RESIDENTS_IMPORTED", Residents.SUBJECT, null,
                    rows.size() + " rows from " + ownName(filename));
            return ImportReport.imported(rows.size());
        }));
    }

    private List<SheetRow> read(InputStreamSource file) {
        if (file == null) {
            throw InvalidInput.of("file", "validation.required");
        }
        try (InputStream in = file.getInputStream()) {
            return workbook.read(in, MAX_ROWS);
        } catch (IOException e) {
            throw InvalidInput.of("file", "import.file.unreadable");
        }
    }

    private List<RowProblem> problems(long communityId, List<SheetRow> rows) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> rowOfIdCard = new HashMap<>();
        for (SheetRow row : rows) {
            problemsOf(communityId, row, rowOfIdCard).stream()
                    .sorted(Comparator.comparingInt(p -> ResidentWorkbook.FIELDS.indexOf(p.field())))
                    .forEach(p -> problems.add(new RowProblem(row.number(), workbook.header(p.field()), p)));
        }
        return problems;
    }

    /**
     * A cell's own problem (an ID number Excel stored as a number) outranks the field's rules (the record's
     * annotations), which outrank the rules across fields.
     */
    private List<Problem> problemsOf(long communityId, SheetRow row, Map<String, Integer> rowOfIdCard) {
        List<Problem> found = new ArrayList<>(row.cellProblems());
        fieldRules.of(row.input()).stream()
                .filter(p -> found.stream().noneMatch(f -> f.field().equals(p.field())))
                .forEach(found::add);
        try {
            ResidentInput.Valid valid = residents.check(communityId, row.input());
            if (valid.idCard() != null && found.isEmpty()) {
                Integer first = rowOfIdCard.putIfAbsent(valid.idCard().value(), row.number());
                if (first != null) {
                    found.add(new Problem("idCard", "import.idCard.repeated", String.valueOf(first)));
                }
            }
        } catch (InvalidInput e) {
            e.problems().stream()
                    .filter(p -> found.stream().noneMatch(f -> f.field().equals(p.field())))
                    .forEach(found::add);
        }
        return found;
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
