package org.gongzhi.deliberation.web;

import java.util.List;

import org.gongzhi.deliberation.Proposal;
import org.gongzhi.deliberation.ProposalContent;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalPlace.Kind;

/**
 * The proposal form on the phone: the place is a stairwell code (blank: the resident's own), a building number,
 * a landmark or the whole community, as {@code placeKind} says. A draft being edited carries its id.
 */
public record ProposalForm(String title, String description, String category, String placeKind,
        String stairwellCode, String buildingNumber, String landmark, Long draftId) {

    ProposalContent content() {
        return ProposalContent.parse(title, description, category);
    }

    /** The place named, or null for the resident's own stairwell. */
    ProposalPlace where() {
        Kind kind = Choices.optional(Kind.class, placeKind, "place");
        if (kind == null || kind == Kind.STAIRWELL && (stairwellCode == null || stairwellCode.isBlank())) {
            return null;
        }
        return ProposalPlace.parse(switch (kind) {
            case STAIRWELL -> "STAIRWELL:" + stairwellCode;
            case BUILDING -> "BUILDING:" + (buildingNumber == null ? "" : buildingNumber);
            case LANDMARK -> "LANDMARK:" + (landmark == null ? "" : landmark);
            case COMMUNITY -> "COMMUNITY";
        });
    }

    /** The description line by line, for the confirmation step. */
    public List<String> descriptionLines() {
        return description == null ? List.of() : description.lines().toList();
    }

    /** The same form, now belonging to the draft it was saved as. */
    ProposalForm withDraftId(long id) {
        return new ProposalForm(title, description, category, placeKind, stairwellCode, buildingNumber, landmark, id);
    }

    static ProposalForm startingAt(ProposalPlace home) {
        return new ProposalForm(null, null, null, home.kind().name(), home.code(), null, null, null);
    }

    static ProposalForm of(Proposal draft) {
        ProposalPlace place = draft.place();
        return new ProposalForm(draft.content().title(), draft.content().description(),
                draft.content().category().name(), place.kind().name(),
                place.kind() == Kind.STAIRWELL ? place.code() : null,
                place.kind() == Kind.BUILDING ? place.code() : null,
                place.kind() == Kind.LANDMARK ? place.code() : null, draft.id());
    }
}
