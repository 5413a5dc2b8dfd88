package org.gongzhi.community.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import org.gongzhi.community.Organisation;
import org.gongzhi.community.PartyOrganisation;
import org.gongzhi.shared.security.Permissions;

/** The four-level Party organisation, for everyone signed in to see who serves them. */
@Controller
class OrganisationController {

    private final Organisation organisation;

    OrganisationController(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/organisation")
    String page(Model model) {
        model.addAttribute("organisation", organisation.of(Permissions.community()));
        return "community/organisation";
    }

    @GetMapping("/api/v1/organisation")
    @ResponseBody
    PartyOrganisation api() {
        return organisation.of(Permissions.community());
    }
}
