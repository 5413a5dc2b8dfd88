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

/** Money staff received against a pledge: which pledge, how much in yuan, how it came, and the receipt's number. */
public record PaymentInput(@NotNull Long pledgeId, @NotBlank String amount, @NotNull PaymentMethod method,
        @NotBlank @Size(max = PaymentInput.MAX_RECEIPT) String receiptNo) {

    public static final int MAX_RECEIPT = 50;

    public Checked parse() {
        List<Problem> problems = new ArrayList<>();
        if (pledgeId == null) {
            problems.add(new Problem("pledgeId", "validation.required"));
        }
        Long fen = ProjectInput.check(problems, () -> Money.fen(amount, "amount"));
        if (fen != null && fen == 0) {
            problems.add(new Problem("amount", "campaign.validation.positive"));
        }
        if (method == null) {
            problems.add(new Problem("method", "validation.required"));
        }
        String receipt = ProjectInput.check(problems, () -> TextRules.required(receiptNo, "receiptNo", MAX_RECEIPT));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(pledgeId, fen, method, receipt);
    }

    public record Checked(long pledgeId, long amountFen, PaymentMethod method, String receiptNo) {
    }
}
