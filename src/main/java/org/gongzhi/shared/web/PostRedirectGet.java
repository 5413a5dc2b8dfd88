package org.gongzhi.shared.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/**
 * Post/Redirect/Get for every page form that returns to the page it came from: success is a flash message
 * ({@code flash}, a message key), a refusal the red box ({@code refusal}, in words) and broken input the list of
 * problems ({@code problems}) on that page, with what was typed put back ({@link KeptInput}) for the pages that
 * fill their forms from it. Forms that render their page again instead show {@link FormProblems}.
 */
@Component
public class PostRedirectGet {

    private final RefusalMessages refusals;

    PostRedirectGet(RefusalMessages refusals) {
        this.refusals = refusals;
    }

    /** Takes the step and redirects to {@code page} (a path, with an optional #fragment). */
    public String attempt(String page, RedirectAttributes redirect, String done, Runnable step) {
        return attempt(page, redirect, () -> {
            step.run();
            return done;
        });
    }

    /** As above, for a step whose outcome picks its own message: it returns the key to flash. */
    public String attempt(String page, RedirectAttributes redirect, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("flash", step.get());
        } catch (Refused e) {
            redirect.addFlashAttribute("refusal", refusals.text(e));
            KeptInput.keep(redirect);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            KeptInput.keep(redirect);
        }
        return "redirect:" + page;
    }

    /**
     * Takes the step and goes on to {@code next}; when it is refused or its input is broken, goes back to the form's
     * own page ({@code form}) with the reasons and what was typed.
     */
    public String attempt(String next, String form, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
            return "redirect:" + next;
        } catch (Refused | InvalidInput e) {
            return attempt(form, redirect, () -> {
                throw e;
            });
        }
    }

    /** The refusal in the reader's words, for a page that renders itself again. */
    public String text(Refused refused) {
        return refusals.text(refused);
    }
}
