package org.gongzhi.deliberation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.proposal.ProposalContent;

/**
 * A proposal as the API receives it: {@code {"title": …, "description": …, "category": "GREENERY",
 * "place": "LANDMARK:CENTRAL_GARDEN", "draft": false}}; no place means the resident's own stairwell.
 */
public record ProposalRequest(@NotBlank @Size(max = ProposalContent.MAX_TITLE) String title,
        @NotBlank @Size(max = ProposalContent.MAX_DESCRIPTION) String description, @NotBlank String category,
        String place, Boolean draft) {

    ProposalContent content() {
        return ProposalContent.parse(title, description, category);
    }

    ProposalPlace where() {
        return ProposalPlace.parse(place);
    }

    boolean keepAsDraft() {
        return Boolean.TRUE.equals(draft);
    }
}
