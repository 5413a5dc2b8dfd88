package org.gongzhi.deliberation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.proposal.ProposalContent;
import org.gongzhi.identity.OnBehalf;
import org.gongzhi.identity.OnBehalfFields;

/**
 * A proposal raised for a resident without a phone (代办), on the page and in the API: who the resident is (name
 * and address), how they agreed, and the proposal. The place is a stairwell code ("AY-3-2") or, as in the proposal
 * API, a kind and code ("LANDMARK:CENTRAL_GARDEN"); blank is the resident's own stairwell.
 */
public record OnBehalfProposalForm(@Size(max = 50) String residentName, String building, String unit,
        @Size(max = 10) String room, String consent, @Size(max = OnBehalf.MAX_NOTE) String consentNote,
        @NotBlank @Size(max = ProposalContent.MAX_TITLE) String title,
        @NotBlank @Size(max = ProposalContent.MAX_DESCRIPTION) String description, @NotBlank String category,
        @Size(max = 60) String place) implements OnBehalfFields {

    ProposalContent content() {
        return ProposalContent.parse(title, description, category);
    }

    /** The place named, or null for the resident's own stairwell. */
    ProposalPlace where() {
        if (place == null || place.isBlank()) {
            return null;
        }
        String named = place.strip();
        return ProposalPlace.parse(named.contains(":") ? named : ProposalPlace.Kind.STAIRWELL + ":" + named);
    }

    static OnBehalfProposalForm empty() {
        return new OnBehalfProposalForm(null, null, null, null, null, null, null, null, null, null);
    }
}
