package org.gongzhi.voting.web;

import java.util.Set;

import jakarta.validation.constraints.Size;

import org.gongzhi.identity.OnBehalf;
import org.gongzhi.identity.OnBehalfFields;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.BallotEntry;

/**
 * A paper or door-to-door ballot entered for a resident who asked a helper (代办), on the page and in the API: who the
 * resident is (name and address), how they agreed, and the ballot with its evidence. It has no proxy fields: a
 * statutory proxy with a written authorisation is entered as a PROXY ballot on the manage page.
 */
public record OnBehalfBallotForm(@Size(max = 50) String residentName, String building, String unit,
        @Size(max = 10) String room, String consent, @Size(max = OnBehalf.MAX_NOTE) String consentNote,
        BallotChannel channel, Answer answer, Set<Integer> options, @Size(max = 500) String evidence)
        implements OnBehalfFields {

    BallotEntry entry() {
        return new BallotEntry(answer, options, channel == null ? BallotChannel.PAPER : channel, evidence, null, null);
    }

    static OnBehalfBallotForm empty() {
        return new OnBehalfBallotForm(null, null, null, null, null, null, BallotChannel.PAPER, null, Set.of(), null);
    }
}
