package org.gongzhi.deliberation.web;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalTransitionRefused;

/** Puts a refused step into words in the viewer's language, naming the step and the state by their labels. */
@Component
class ProposalRefusalMessages {

    private final MessageSource messages;

    ProposalRefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(ProposalTransitionRefused refused) {
        Object[] args = Arrays.stream(refused.args()).map(this::label).toArray();
        return messages.getMessage(refused.code(), args, refused.getMessage(), LocaleContextHolder.getLocale());
    }

    private Object label(Object arg) {
        String key = switch (arg) {
            case ProposalAction action -> "proposal.action." + action.name();
            case ProposalState state -> "proposal.state." + state.name();
            case org.gongzhi.deliberation.Party party -> "meeting.party." + party.name();
            default -> null;
        };
        return key == null ? arg : messages.getMessage(key, null, arg.toString(), LocaleContextHolder.getLocale());
    }
}
