package org.gongzhi.privacy.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzhi.privacy.PersonalDataExport;
import org.gongzhi.shared.security.Permissions;

/** The signed-in person's own data: a readable page, and the same as a JSON file to keep. */
@Controller
class PersonalDataController {

    private final PersonalDataExport export;

    PersonalDataController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping("/account/data")
    String page(Model model) {
        model.addAttribute("copy", export.of(Permissions.actor(), "page"));
        return "privacy/data";
    }

    @GetMapping("/account/data/download")
    ResponseEntity<PersonalDataExport.PersonalDataCopy> download() {
        PersonalDataExport.PersonalDataCopy copy = export.of(Permissions.actor(), "file");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("gongzhi-my-data-" + copy.madeAt().toLocalDate() + ".json").build().toString())
                .body(copy);
    }
}
