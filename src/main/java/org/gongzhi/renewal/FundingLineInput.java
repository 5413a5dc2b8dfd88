package org.gongzhi.renewal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.Money;
import org.gongzhi.shared.domain.TextRules;

/**
 * A funding line as typed in: its source, a label, the amount in yuan and, for the maintenance fund, the owners' vote
 * that approved it with the amount its decision approved (as the vote's notice states it).
 */
public record FundingLineInput(@NotNull FundingSource source, @Size(max = FundingLineInput.MAX_LABEL) String label,
        @NotBlank String amount, Long voteId, String voteApproved) {

    public static final int MAX_LABEL = 200;

    /** The checked line, every broken rule at once; a maintenance-fund line within what its vote approved. */
    public Line parse() {
        List<Problem> problems = new ArrayList<>();
        if (source == null) {
            problems.add(new Problem("source", "validation.required"));
        }
        String named = ProjectInput.check(problems, () -> TextRules.optional(label, "label", MAX_LABEL));
        Long fen = ProjectInput.check(problems, () -> Money.fen(amount, "amount"));
        Long approved = null;
        if (source == FundingSource.MAINTENANCE_FUND) {
            if (voteId == null) {
                problems.add(new Problem("voteId", "fundingLine.validation.voteRequired"));
            }
            approved = ProjectInput.check(problems, () -> Money.fen(voteApproved, "voteApproved"));
            if (approved != null && approved == 0) {
                problems.add(new Problem("voteApproved", "project.validation.amount"));
            }
            if (fen != null && approved != null && fen > approved) {
                problems.add(new Problem("amount", "fundingLine.validation.overVote", Money.grouped(approved)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean fund = source == FundingSource.MAINTENANCE_FUND;
        return new Line(source, named, fen, fund ? voteId : null, fund ? approved : null);
    }

    /** A checked funding line. */
    public record Line(FundingSource source, String label, long amountFen, Long voteId, Long voteApprovedFen) {
    }
}
