package org.gongzhi.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Money;
import org.gongzhi.shared.domain.TextRules;

/**
 * A payment as typed in: the day (today if blank), the amount in yuan, to whom and what for, the funding line it is
 * booked against (may be left out when the project has one line), and whether a payment over what the line has left
 * should wait for a second staff member's override instead of being refused. The page and the API check its fields
 * (Bean Validation) before {@link #parse} reads the day and the amount.
 */
public record SpendingInput(String date, @NotBlank String amount,
        @NotBlank @Size(max = SpendingInput.MAX_PAYEE) String payee,
        @NotBlank @Size(max = SpendingInput.MAX_PURPOSE) String purpose, Long lineId, Boolean overLine) {

    /** A payment on the project's only line, refused if it passes what the line has left. */
    public SpendingInput(String date, String amount, String payee, String purpose) {
        this(date, amount, payee, purpose, null, null);
    }

    /** Asks for a second staff member's override when the payment passes what its line has left. */
    public boolean holdWhenOver() {
        return Boolean.TRUE.equals(overLine);
    }

    public static final int MAX_PAYEE = 200;
    public static final int MAX_PURPOSE = 500;

    /** The checked payment, reporting every broken rule at once; {@code today} is the latest day allowed. */
    public Spending parse(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate on = ProjectInput.check(problems, () -> Days.parse(date, "date", today));
        Long fen = ProjectInput.check(problems, () -> Money.fen(amount, "amount"));
        if (fen != null && fen == 0) {
            problems.add(new Problem("amount", "project.validation.amount"));
        }
        String to = ProjectInput.check(problems, () -> TextRules.required(payee, "payee", MAX_PAYEE));
        String why = ProjectInput.check(problems, () -> TextRules.required(purpose, "purpose", MAX_PURPOSE));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Spending(on, fen, to, why);
    }

    /** A checked payment. */
    public record Spending(LocalDate on, long amountFen, String payee, String purpose) {
    }
}
