package org.gongzhi.voting.web;

import java.util.Set;

import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.BallotEntry;

/** A paper, proxy or door-to-door ballot as staff type it in, or its correction when a reason is given. */
public record BallotForm(long electorId, Answer answer, Set<Integer> option, BallotChannel channel, String evidence,
        String proxyName, String authorisationRef, String reason, String address) {

    BallotEntry entry() {
        return new BallotEntry(answer, option, channel, evidence, proxyName, authorisationRef);
    }

    boolean correction() {
        return reason != null && !reason.isBlank();
    }
}
