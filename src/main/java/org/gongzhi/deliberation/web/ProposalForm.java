package org.gongzhi.deliberation.web;

import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.deliberation.ProposalPlace.Kind;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.ProposalContent;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;

/**
 * The proposal form on the phone: the place is a stairwell code (the resident's own is offered), a building number,
 * a landmark or the whole community, as {@code placeKind} says; only the field of that kind is read. A draft being
 * edited carries its id. Title, description and category are checked as the form's fields (Bean Validation);
 * the place, whose field depends on the kind chosen, is checked by {@link #where}.
 */
public record ProposalForm(@NotBlank @Size(max = ProposalContent.MAX_TITLE) String title,
        @NotBlank @Size(max = ProposalContent.MAX_DESCRIPTION) String description, @NotBlank String category,
        String placeKind,
        String stairwellCode, String buildingNumber, String landmark, String draftId) {

    ProposalContent content() {
        return ProposalContent.parse(title, description, category);
    }

    /**
     * The place of the kind chosen, read from that kind's field alone and checked by {@code register}; no kind, or a
     * kind whose field is empty or names nothing, is a problem naming the field the person has to fill in.
     */
    ProposalPlace where(UnaryOperator<ProposalPlace> register) {
        if (placeKind == null || placeKind.isBlank()) {
            throw InvalidInput.of("placeKind", "proposal.validation.placeKind");
        }
        Kind kind = Choices.required(Kind.class, placeKind, "placeKind");
        String value = switch (kind) {
            case STAIRWELL -> stairwellCode;
            case BUILDING -> buildingNumber;
            case LANDMARK -> landmark;
            case COMMUNITY -> "";
        };
        try {
            if (kind != Kind.COMMUNITY && (value == null || value.isBlank())) {
                throw InvalidInput.of("place", kind == Kind.LANDMARK ? "proposal.validation.landmark"
                        : "validation.required");
            }
            return register.apply(ProposalPlace.parse(kind + ":" + value.strip()));
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new InvalidInput.Problem(field(kind), p.code(), p.args())).toList());
        }
    }

    private static String field(Kind kind) {
        return switch (kind) {
            case STAIRWELL -> "stairwellCode";
            case BUILDING -> "buildingNumber";
            case LANDMARK -> "landmark";
            case COMMUNITY -> "placeKind";
        };
    }

    /** The description line by line, for the confirmation step. */
    public List<String> descriptionLines() {
        return description == null ? List.of() : description.lines().toList();
    }

    /** The same form, now belonging to the draft it was saved as. */
    /**
     * The draft this form goes on with, or none. Kept as text so that a draft id that is no number cannot stop the
     * form from being bound (the whole form would be lost); such an id names no draft of anyone's: 404.
     */
    Long draft() {
        if (draftId == null || draftId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(draftId.strip());
        } catch (NumberFormatException e) {
            throw new NotFound("draft " + draftId.strip());
        }
    }

    ProposalForm withDraftId(long id) {
        return new ProposalForm(title, description, category, placeKind, stairwellCode, buildingNumber, landmark,
                String.valueOf(id));
    }

    /** A new form: no place chosen yet, the resident's own stairwell offered should they choose a stairwell. */
    static ProposalForm startingAt(ProposalPlace home) {
        return new ProposalForm(null, null, null, null, home.kind() == Kind.STAIRWELL ? home.code() : null, null, null,
                null);
    }

    static ProposalForm of(Proposal draft) {
        ProposalPlace place = draft.place();
        return new ProposalForm(draft.content().title(), draft.content().description(),
                draft.content().category().name(), place.kind().name(),
                place.kind() == Kind.STAIRWELL ? place.code() : null,
                place.kind() == Kind.BUILDING ? place.code() : null,
                place.kind() == Kind.LANDMARK ? place.code() : null, String.valueOf(draft.id()));
    }
}
