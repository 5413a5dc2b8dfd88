package org.gongzhi.community.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.internal.ResidentExport;
import org.gongzhi.community.resident.ImportReport.RowProblem;
import org.gongzhi.community.resident.ImportReport;
import org.gongzhi.community.resident.ResidentImport;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.SecondFactor;

/**
 * Importing residents (.xlsx or .csv) and exporting them as .xlsx for programs. Rows that break rules give 422
 * with every problem (the first {@link ResidentImport#MAX_PROBLEMS} listed);
 * a file that cannot be read as the template gives the usual 400 problem on the field {@code file}.
 */
@RestController
@RequestMapping("/api/v1/residents")
class ResidentImportApiController {

    private static final String CSV = "text/csv";
    private static final MediaType TEXT_CSV = MediaType.parseMediaType(CSV);

    private final ResidentImport residentImport;
    private final ResidentExport export;
    private final ResidentPermissions permissions;
    private final SecondFactor secondFactor;
    private final MessageSource messages;

    ResidentImportApiController(ResidentImport residentImport, ResidentExport export,
            ResidentPermissions permissions, SecondFactor secondFactor, MessageSource messages) {
        this.residentImport = residentImport;
        this.export = export;
        this.permissions = permissions;
        this.secondFactor = secondFactor;
        this.messages = messages;
    }

    /**
     * The file as a form upload ({@code file}; .csv by its name, else .xlsx), or a CSV file as the request body,
     * read as it arrives: the way to send a register larger than an upload form allows ({@code filename} then only
     * names it in the audit trail).
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @PostMapping(path = "/import", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, CSV})
    ResponseEntity<ImportResult> importFile(
            @Parameter(hidden = true) @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "residents.csv") String filename, HttpServletRequest request, Locale locale) {
        Actor actor = importer();
        long community = Permissions.community();
        ImportReport report = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(TEXT_CSV)
                ? residentImport.importFile(community, ResidentImport.isCsv(filename) ? filename : filename + ".csv",
                        request::getInputStream)
                : residentImport.importFile(community, file == null ? null : file.getOriginalFilename(), file);
        return result(report, locale);
    }

    /** The form upload, for the API document. */
    record Upload(@Schema(type = "string", format = "binary") String file) {
    }

    private ResponseEntity<ImportResult> result(ImportReport report, Locale locale) {
        if (report.accepted()) {
            return ResponseEntity.ok(new ImportResult(report.imported(), null, null, null));
        }
        List<RowError> errors = report.problems().stream().map(p -> error(p, locale)).toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new ImportResult(0, report.rowsWithProblems(), report.problemCount(), errors));
    }

    @ApiResponse(responseCode = "200", description = "The register as .xlsx", content = @Content(mediaType =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @GetMapping("/export.xlsx")
    void export(@RequestParam(defaultValue = "false") boolean movedOut, Locale locale, HttpServletResponse response)
            throws IOException {
        Actor actor = importer();
        secondFactor.requireForPersonalData();
        ResidentImportController.sendXlsx(response, export.filename(locale),
                out -> export.export(Permissions.community(), movedOut, out));
    }

    private Actor importer() {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canImportAndExport(actor));
        return actor;
    }

    private RowError error(RowProblem p, Locale locale) {
        return new RowError(p.row(), p.column(), p.problem().field(),
                messages.getMessage(p.problem().code(), p.problem().args(), p.problem().code(), locale));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** With problems: how many rows and problems in all, and the first of them (errors) by row. */
    record ImportResult(int imported, Long rowsWithProblems, Long problemCount, List<RowError> errors) {
    }

    record RowError(int row, String column, String field, String message) {
    }
}
