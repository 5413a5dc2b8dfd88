package org.gongzhi.renewal;

import jakarta.validation.constraints.NotBlank;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Money;

/** A resident's pledge: the amount in yuan, and whether the public list shows them as anonymous. */
public record PledgeInput(@NotBlank String amount, Boolean anonymous) {

    /** Unticked (absent) is shown by name and building. */
    public boolean hidden() {
        return Boolean.TRUE.equals(anonymous);
    }

    public long fen() {
        long fen = Money.fen(amount, "amount");
        if (fen == 0) {
            throw InvalidInput.of("amount", "campaign.validation.positive");
        }
        return fen;
    }
}
