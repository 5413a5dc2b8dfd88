package org.gongzhi.renewal;

import java.math.BigInteger;
import java.util.List;

/**
 * How far a project has got, derived and never typed: from its targets, the weighted sum of each one's share done;
 * from its sub-projects, the mean of theirs. Exact integer arithmetic, rounded down to whole percent once at the end.
 */
public final class DerivedProgress {

    private DerivedProgress() {
    }

    /** 100 × Σ weight·min(done, planned)/planned ÷ Σ weight, rounded down; null without targets. */
    public static Integer ofTargets(List<Target> targets) {
        if (targets.isEmpty()) {
            return null;
        }
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        long weights = 0;
        for (Target t : targets) {
            BigInteger p = BigInteger.valueOf(t.planned());
            BigInteger share = BigInteger.valueOf(t.weight()).multiply(BigInteger.valueOf(Math.min(t.done(),
                    t.planned())));
            num = num.multiply(p).add(share.multiply(den));
            den = den.multiply(p);
            weights += t.weight();
        }
        return num.multiply(BigInteger.valueOf(100)).divide(den.multiply(BigInteger.valueOf(weights))).intValueExact();
    }

    /** The roll-up of sub-projects: the mean of their percentages, rounded down; null without any. */
    public static Integer ofChildren(List<Integer> percents) {
        if (percents.isEmpty()) {
            return null;
        }
        long sum = 0;
        for (int p : percents) {
            sum += p;
        }
        return (int) (sum / percents.size());
    }
}
