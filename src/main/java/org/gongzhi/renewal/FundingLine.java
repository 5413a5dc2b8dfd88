package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;

/**
 * One source of a project's money with its amount and what was spent against it, in fen. A maintenance-fund line
 * names the owners' vote that approved it ({@code voteId}, {@code voteTitle}) and the amount that vote approved.
 */
public record FundingLine(long id, FundingSource source, String label, long amountFen, long spentFen, Long voteId,
        String voteTitle, Long voteApprovedFen) {

    /** What the line has left; negative when a second staff member let spending pass it. */
    public long remainingFen() {
        return amountFen - spentFen;
    }

    public boolean overSpent() {
        return spentFen > amountFen;
    }

    public String amountYuan() {
        return Money.grouped(amountFen);
    }

    public String spentYuan() {
        return Money.grouped(spentFen);
    }

    public String remainingYuan() {
        return Money.grouped(Math.abs(remainingFen()));
    }

    public String voteApprovedYuan() {
        return voteApprovedFen == null ? null : Money.grouped(voteApprovedFen);
    }

    FundingLine titled(String title) {
        return new FundingLine(id, source, label, amountFen, spentFen, voteId, title, voteApprovedFen);
    }
}
