package org.gongzhi.voting.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.voting.ElectorateAudit;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.internal.ElectorateWorkbook;
import org.gongzhi.voting.vote.Vote;

/**
 * A vote's electorate (业主名册) as pages: the whole of it, by building, for those who run the vote; a voter's own
 * entry for them; the export; and the recount beside the stored tally.
 */
@Controller
@RequestMapping("/votes/{id}")
class ElectorateController {

    private final ElectorateAudit audit;
    private final Voting voting;
    private final VoteViews views;
    private final MessageSource messages;

    ElectorateController(ElectorateAudit audit, Voting voting, VoteViews views, MessageSource messages) {
        this.audit = audit;
        this.voting = voting;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/electorate")
    String electorate(@PathVariable long id, @RequestParam(required = false) Integer building,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = Permissions.actor();
        Vote vote = voting.visible(actor, id);
        model.addAttribute("vote", views.details(actor, vote));
        model.addAttribute("mayInspect", audit.mayInspect(actor, vote));
        model.addAttribute("building", building);
        model.addAttribute("electorate", audit.page(actor, id, building, page));
        return "voting/electorate";
    }

    @GetMapping("/electorate.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        byte[] xlsx = ElectorateWorkbook.xlsx(audit.export(Permissions.actor(), id),
                key -> messages.getMessage("vote.electorate." + key, null, LocaleContextHolder.getLocale()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("vote-" + id + "-electorate.xlsx").build().toString())
                .body(xlsx);
    }

    /** Recounts and shows both counts side by side; nothing is changed, so the answer is the page itself. */
    @PostMapping("/recount")
    String recount(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        Vote vote = voting.visible(actor, id);
        model.addAttribute("vote", views.details(actor, vote));
        model.addAttribute("recount", audit.recount(actor, id));
        return "voting/recount";
    }
}
