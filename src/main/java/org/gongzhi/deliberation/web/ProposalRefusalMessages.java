package org.gongzhi.deliberation.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.meeting.Party;
import org.gongzhi.deliberation.proposal.ProposalTransitionRefused;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.web.KeptInput;
import org.gongzhi.shared.web.RefusalMessages;

/** A refused proposal or meeting step in words, naming the step, the state and the party by their labels. */
@Component
class ProposalRefusalMessages {

    private static final Map<Class<?>, String> LABELS = Map.of(ProposalAction.class, "ProposalAction.",
            ProposalState.class, "ProposalState.", Party.class, "Party.");

    private final RefusalMessages refusals;

    ProposalRefusalMessages(RefusalMessages refusals) {
        this.refusals = refusals;
    }

    String text(ProposalTransitionRefused refused) {
        return refusals.text(refused, LABELS);
    }

    /**
     * Post/Redirect/Get for deliberation's forms: success is a flash message, a refusal or bad input is shown on
     * the page the form returns to, with what was typed put back into the form.
     */
    String attempt(String page, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ProposalTransitionRefused e) {
            redirect.addFlashAttribute("refusal", text(e));
            KeptInput.keep(redirect);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            KeptInput.keep(redirect);
        }
        return "redirect:" + page;
    }
}
