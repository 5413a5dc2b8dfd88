package org.gongzhi.voting.ballot;

import java.util.Set;

import org.gongzhi.shared.domain.InvalidInput;

/**
 * A ballot as handed in: the answer (yes-or-no matters) or the chosen options (from 1), and for a ballot staff
 * enter, its channel and evidence — for a proxy also the proxy's name and the written authorisation's reference.
 */
public record BallotEntry(Answer answer, Set<Integer> options, BallotChannel channel, String evidence,
        String proxyName, String authorisationRef) {

    static final int MAX_EVIDENCE = 500;
    static final int MAX_PROXY = 50;
    static final int MAX_REFERENCE = 100;

    public BallotEntry {
        options = options == null ? Set.of() : Set.copyOf(options);
        channel = channel == null ? BallotChannel.WEB : channel;
        evidence = strip(evidence);
        proxyName = strip(proxyName);
        authorisationRef = strip(authorisationRef);
    }

    public static BallotEntry web(Answer answer, Set<Integer> options) {
        return new BallotEntry(answer, options, BallotChannel.WEB, null, null, null);
    }

    /** Staff-entered ballots carry their evidence; a proxy ballot also names the proxy and the authorisation. */
    public void checkEvidence() {
        if (!channel.staffEntered()) {
            return;
        }
        required("evidence", evidence, MAX_EVIDENCE);
        if (channel == BallotChannel.PROXY) {
            required("proxyName", proxyName, MAX_PROXY);
            required("authorisationRef", authorisationRef, MAX_REFERENCE);
        }
    }

    public static String required(String field, String text, int max) {
        if (text == null) {
            throw InvalidInput.of(field, "validation.required");
        }
        if (text.length() > max) {
            throw InvalidInput.of(field, "validation.tooLong", max);
        }
        return text;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
