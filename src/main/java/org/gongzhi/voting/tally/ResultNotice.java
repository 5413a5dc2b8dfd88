package org.gongzhi.voting.tally;

import java.util.List;

/** The result notice (公告) of a closed vote, as the lines a person reads: heading first, then the body. */
public record ResultNotice(String heading, List<String> lines) {

    public ResultNotice {
        lines = List.copyOf(lines);
    }
}
