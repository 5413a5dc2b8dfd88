package org.gongzhi.privacy.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.privacy.PersonalDataExport;
import org.gongzhi.shared.security.Permissions;

/** The signed-in person's own data for programs (their app): what every module keeps about them. */
@RestController
class PersonalDataApiController {

    private final PersonalDataExport export;

    PersonalDataApiController(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/me/data")
    PersonalDataExport.PersonalDataCopy mine() {
        return export.of(Permissions.actor(), "api");
    }
}
