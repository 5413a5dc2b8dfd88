package org.gongzhi.notice;

import java.util.List;

/**
 * How a notice reached its audience: households living in its place now, how many of them read it, and the
 * stairwells where no household has (for the grid's volunteers to knock on doors).
 */
public record ReadCount(long households, long read, List<String> unreadStairwells) {

    /** Whole per cent of the audience's households that read it, rounded down. */
    public long percent() {
        return households == 0 ? 0 : read * 100 / households;
    }
}
