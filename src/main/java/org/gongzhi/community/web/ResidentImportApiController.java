package org.gongzhi.community.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
 * Importing and exporting residents as .xlsx for programs. Rows that break rules give 422 with every problem;
 * a file that cannot be read as the template gives the usual 400 problem on the field {@code file}.
 */
@RestController
@RequestMapping("/api/v1/residents")
class ResidentImportApiController {

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

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> importFile(@RequestParam(required = false) MultipartFile file, Locale locale) {
        Actor actor = importer();
        ImportReport report = residentImport.importFile(Permissions.community(),
                file == null ? null : file.getOriginalFilename(), file);
        if (report.accepted()) {
            return ResponseEntity.ok(new ImportResult(report.imported(), null));
        }
        List<RowError> errors = report.problems().stream().map(p -> error(p, locale)).toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ImportResult(0, errors));
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
    record ImportResult(int imported, List<RowError> errors) {
    }

    record RowError(int row, String column, String field, String message) {
    }
}
