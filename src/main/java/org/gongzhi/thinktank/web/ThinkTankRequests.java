package org.gongzhi.thinktank.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.thinktank.Availability;
import org.gongzhi.thinktank.InvitationAnswer;
import org.gongzhi.thinktank.TalentInput;
import org.gongzhi.thinktank.TargetKind;

/** The JSON bodies and form fields of the think tank. */
final class ThinkTankRequests {

    private ThinkTankRequests() {
    }

    /** One's own talent profile: profession, skills from the list and in words, when, and how one would help. */
    record TalentRequest(@NotBlank @Size(max = 100) String profession, Set<Long> skillIds,
            @Size(max = 300) String skillsText, @NotNull Availability availability, @Size(max = 500) String howToHelp) {

        TalentInput input() {
            return new TalentInput(profession.strip(), skillIds == null ? Set.of() : skillIds, blank(skillsText),
                    availability, blank(howToHelp));
        }
    }

    record SkillRequest(@NotBlank @Size(max = 40) String name) {
    }

    /** An invitation to advise on a deliberation meeting or a renewal project. */
    record InvitationRequest(@NotNull TargetKind targetKind, @NotNull Long targetId, @Size(max = 500) String message) {
    }

    record AnswerRequest(@NotNull InvitationAnswer answer) {
    }

    record ContributionRequest(@NotBlank @Size(max = 1000) String contribution) {
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
