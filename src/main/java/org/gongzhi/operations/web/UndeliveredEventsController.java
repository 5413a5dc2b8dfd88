package org.gongzhi.operations.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.operations.UndeliveredEvents;
import org.gongzhi.shared.security.Permissions;

/** The administrator's page of events not yet delivered to every module, with a button to deliver them again. */
@Controller
@RequestMapping("/admin/events")
class UndeliveredEventsController {

    private final UndeliveredEvents events;

    UndeliveredEventsController(UndeliveredEvents events) {
        this.events = events;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("events", events.list(Permissions.actor()));
        return "operations/events";
    }

    @PostMapping("/redeliver")
    String redeliver(RedirectAttributes redirect) {
        int outstanding = events.redeliver(Permissions.actor());
        redirect.addFlashAttribute("flash", "operations.events.redelivered");
        redirect.addFlashAttribute("redelivered", outstanding);
        return "redirect:/admin/events";
    }
}
