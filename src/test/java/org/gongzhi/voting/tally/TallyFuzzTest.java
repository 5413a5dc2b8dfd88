package org.gongzhi.voting.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.gongzhi.shared.domain.InvalidInput;

/**
 * Issue 17, item 10: the statutory tally calculator under any text a person or a program can type. Every input is
 * either refused with problems naming fields, or tallied so that each of the four tests agrees with the same test done
 * in unbounded integers — no overflow, no exception of another kind. The saved inputs under
 * {@code src/test/resources/org/gongzhi/voting/tally/TallyFuzzTestInputs/} replay in every run; {@code bench/fuzz.sh}
 * fuzzes for minutes.
 */
@Tag("fuzz")
class TallyFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void any_figures_are_refused_by_field_or_tallied_exactly(FuzzedDataProvider data) {
        TallyInput input = new TallyInput(figure(data), figure(data), figure(data), figure(data), figure(data),
                figure(data), data.consumeRemainingAsString());
        StatutoryTally tally;
        try {
            tally = input.tally();
        } catch (InvalidInput refused) {
            assertThat(refused.problems()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.field()).isIn("matterItem", "totalOwners", "totalArea",
                            "participatingOwners", "participatingArea", "agreeingOwners", "agreeingArea"));
            return;
        }
        for (TallyRequirement test : TallyRequirement.values()) {
            ArithmeticLine line = tally.line(test);
            assertThat(line.met()).as("%s of %s", test, input).isEqualTo(exactly(line));
            assertThat(line.formula()).isNotBlank();
        }
        assertThat(tally.passed()).isEqualTo(tally.verdict() == Verdict.PASSED);
    }

    /** Mostly plausible figures, so that the fuzzer reaches the tally and not only the refusals. */
    private static String figure(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> String.valueOf(data.consumeLong(0, Long.MAX_VALUE));
            case 1 -> data.consumeLong(0, 10_000_000) + "." + data.consumeInt(0, 99);
            case 2 -> String.valueOf(data.consumeInt(1, 9));
            default -> data.consumeString(24);
        };
    }

    private static boolean exactly(ArithmeticLine line) {
        StatutoryMajorityCheck check = new StatutoryMajorityCheck(line);
        int compared = BigInteger.valueOf(check.denominator).multiply(BigInteger.valueOf(line.part()))
                .compareTo(BigInteger.valueOf(check.numerator).multiply(BigInteger.valueOf(line.whole())));
        return check.atLeast ? compared >= 0 : compared > 0;
    }

    private record StatutoryMajorityCheck(long numerator, long denominator, boolean atLeast) {
        StatutoryMajorityCheck(ArithmeticLine line) {
            this(line.majority().numerator(), line.majority().denominator(),
                    line.majority().comparison().holds(0, 0));
        }
    }
}
