package org.gongzhi.community.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.community.resident.CorrectionField;
import org.gongzhi.community.resident.CorrectionRequests;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** A resident asks for a correction of their entry; committee staff accept or decline it. */
@Controller
class CorrectionRequestController {

    private final CorrectionRequests requests;

    CorrectionRequestController(CorrectionRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/account/corrections")
    String mine(Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("mayAsk", CorrectionRequests.mayAsk(actor));
        model.addAttribute("requests", requests.mine(actor));
        model.addAttribute("fields", CorrectionField.values());
        return "community/corrections-mine";
    }

    @PostMapping("/account/corrections")
    String ask(@RequestParam(required = false) CorrectionField field, @RequestParam(required = false) String value,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        try {
            requests.ask(actor, field, value, reason);
            redirect.addFlashAttribute("flash", "correction.asked");
            return "redirect:/account/corrections";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("field", field);
            model.addAttribute("value", value);
            model.addAttribute("reason", reason);
            return mine(model);
        }
    }

    @GetMapping("/residents/corrections")
    String forStaff(Model model) {
        model.addAttribute("requests", requests.forStaff(Permissions.actor()));
        return "community/corrections";
    }

    @PostMapping("/residents/corrections/{id}/accept")
    String accept(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            requests.accept(Permissions.actor(), id);
            redirect.addFlashAttribute("flash", "correction.accepted");
            return "redirect:/residents/corrections";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return forStaff(model);
        }
    }

    @PostMapping("/residents/corrections/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        try {
            requests.decline(Permissions.actor(), id, reason);
            redirect.addFlashAttribute("flash", "correction.declined");
            return "redirect:/residents/corrections";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return forStaff(model);
        }
    }
}
