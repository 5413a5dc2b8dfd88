package org.gongzhi.cases.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.cases.open311.Open311Key;
import org.gongzhi.cases.open311.Open311Keys;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Permissions;

/** Staff issue Open311 keys to city systems (each shown once) and revoke them. */
@Controller
@RequestMapping("/settings/open311-keys")
class Open311KeysController {

    private final Open311Keys keys;

    Open311KeysController(Open311Keys keys) {
        this.keys = keys;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("keys", keys.list(Permissions.actor()));
        return "patrol/open311-keys";
    }

    @PostMapping
    String issue(@RequestParam(required = false) String label, RedirectAttributes redirect) {
        try {
            Open311Key.Issued issued = keys.issue(Permissions.actor(), label);
            redirect.addFlashAttribute("issued", issued);
            redirect.addFlashAttribute("flash", "open311.keys.done.issued");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/settings/open311-keys";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        keys.revoke(Permissions.actor(), id);
        redirect.addFlashAttribute("flash", "open311.keys.done.revoked");
        return "redirect:/settings/open311-keys";
    }
}
