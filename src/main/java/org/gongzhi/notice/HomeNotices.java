package org.gongzhi.notice;

import java.util.List;

/**
 * What the home page shows of the notices posted now for the reader's place: the first few (pinned, then newest),
 * how many there are in all and how many of them the reader's household has not read.
 */
public record HomeNotices(List<Notice> items, long total, long unread) {

    static final int SHOWN = 3;
    static final HomeNotices NONE = new HomeNotices(List.of(), 0, 0);

    public boolean shown() {
        return !items.isEmpty();
    }

    public boolean more() {
        return total > items.size();
    }
}
