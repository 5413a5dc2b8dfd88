package org.gongzhi.community.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.internal.ResidentCsv;
import org.gongzhi.community.internal.ResidentExport;
import org.gongzhi.community.internal.ResidentWorkbook;
import org.gongzhi.community.resident.ImportReport;
import org.gongzhi.community.resident.ResidentImport;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.SecondFactor;

/** Residents' committee pages for importing residents from Excel, the template, and the Excel export. */
@Controller
@RequestMapping("/residents")
class ResidentImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private final ResidentImport residentImport;
    private final ResidentWorkbook workbook;
    private final ResidentCsv csv;
    private final ResidentExport export;
    private final ResidentPermissions permissions;
    private final SecondFactor secondFactor;
    private final MessageSource messages;

    ResidentImportController(ResidentImport residentImport, ResidentWorkbook workbook, ResidentCsv csv,
            ResidentExport export,
            ResidentPermissions permissions, SecondFactor secondFactor, MessageSource messages) {
        this.residentImport = residentImport;
        this.workbook = workbook;
        this.csv = csv;
        this.export = export;
        this.permissions = permissions;
        this.secondFactor = secondFactor;
        this.messages = messages;
    }

    @ModelAttribute("maxRows")
    int maxRows() {
        return ResidentImport.MAX_ROWS;
    }

    @ModelAttribute("maxCsvRows")
    int maxCsvRows() {
        return ResidentImport.MAX_CSV_ROWS;
    }

    @GetMapping("/import")
    String form() {
        importer();
        return "community/import";
    }

    @GetMapping("/import/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        importer();
        sendXlsx(response, messages.getMessage("import.template.filename", null, locale),
                out -> workbook.writeTemplate(out, locale));
    }

    @GetMapping("/import/template.csv")
    void csvTemplate(Locale locale, HttpServletResponse response) throws IOException {
        importer();
        response.setContentType(CSV);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.getMessage("import.csvTemplate.filename", null, locale), StandardCharsets.UTF_8)
                .build().toString());
        csv.writeTemplate(response.getOutputStream());
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        Actor actor = importer();
        try {
            ImportReport report = residentImport.importFile(Permissions.community(),
                    file == null ? null : file.getOriginalFilename(), file);
            if (report.accepted()) {
                redirect.addFlashAttribute("importedCount", report.imported());
                return "redirect:/residents/import";
            }
            model.addAttribute("report", report);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        }
        return "community/import";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(defaultValue = "false") boolean movedOut, Locale locale, HttpServletResponse response)
            throws IOException {
        Actor actor = importer();
        secondFactor.requireForPersonalData();
        sendXlsx(response, export.filename(locale), out -> export.export(Permissions.community(), movedOut, out));
    }

    private Actor importer() {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canImportAndExport(actor));
        return actor;
    }

    /** Sends a workbook as a download, written straight to the client on this request's thread. */
    static void sendXlsx(HttpServletResponse response, String filename, StreamingResponseBody body)
            throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        body.writeTo(response.getOutputStream());
    }
}
