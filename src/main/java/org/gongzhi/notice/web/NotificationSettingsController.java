package org.gongzhi.notice.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.notice.Channel;
import org.gongzhi.notice.ChannelSettings;
import org.gongzhi.notice.Deliveries;
import org.gongzhi.notice.NoticePermissions;
import org.gongzhi.notice.NotificationKind;
import org.gongzhi.notice.NotificationSettings;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/**
 * The resident's notification settings (which kinds reach them by e-mail, SMS or WeChat besides the inbox) and,
 * for staff, the delivery log: what went out on which channel, and what did not and why.
 */
@Controller
@RequestMapping("/inbox")
class NotificationSettingsController {

    private static final int PAGE_SIZE = 50;

    private final NotificationSettings settings;
    private final Deliveries deliveries;
    private final NoticePermissions permissions;
    private final FormProblems formProblems;

    NotificationSettingsController(NotificationSettings settings, Deliveries deliveries,
            NoticePermissions permissions, FormProblems formProblems) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.permissions = permissions;
        this.formProblems = formProblems;
    }

    /** The page's form: the address, and each ticked box as {@code KIND:CHANNEL}. */
    record SettingsForm(@Email @Size(max = 200) String email, List<String> chosen) {

        ChannelSettings settings() {
            List<ChannelSettings.KindChannels> kinds = new ArrayList<>();
            for (NotificationKind kind : NotificationKind.values()) {
                Set<Channel> channels = EnumSet.noneOf(Channel.class);
                for (Channel channel : Channel.values()) {
                    if (chosen != null && chosen.contains(kind + ":" + channel)) {
                        channels.add(channel);
                    }
                }
                kinds.add(new ChannelSettings.KindChannels(kind, channels));
            }
            return new ChannelSettings(email, kinds);
        }
    }

    @GetMapping("/settings")
    String show(Model model) {
        return form(model, settings.of(Permissions.actor()), List.of());
    }

    @PostMapping("/settings")
    String save(@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult fields, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(settings.mayHave(actor));
        try {
            formProblems.require(fields);
            settings.save(actor, form.settings());
            redirect.addFlashAttribute("flash", "notice.settings.done");
            return "redirect:/inbox/settings";
        } catch (InvalidInput e) {
            return form(model, form.settings(), e.problems());
        }
    }

    @GetMapping("/deliveries")
    String deliveries(@RequestParam(required = false) Integer page, @RequestParam(required = false) Long notification,
            Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayManage(actor));
        model.addAttribute("result", deliveries.of(actor.communityId(), notification, PageResult.clampPage(page),
                PAGE_SIZE));
        return "notice/deliveries";
    }

    private String form(Model model, ChannelSettings current, List<InvalidInput.Problem> problems) {
        model.addAttribute("current", current);
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("problems", problems);
        return "notice/settings";
    }
}
