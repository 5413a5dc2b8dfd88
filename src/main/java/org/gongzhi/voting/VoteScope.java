package org.gongzhi.voting;

import java.util.Set;

/** Where a vote applies: the whole community, or only some buildings (part-shared parts) or grids. */
public record VoteScope(Kind kind, Set<Long> ids) {

    public static final VoteScope COMMUNITY = new VoteScope(Kind.COMMUNITY, Set.of());

    public VoteScope {
        ids = Set.copyOf(ids);
    }

    public boolean includes(long buildingId, long gridId) {
        return switch (kind) {
            case COMMUNITY -> true;
            case BUILDINGS -> ids.contains(buildingId);
            case GRIDS -> ids.contains(gridId);
        };
    }

    /** What the scope's ids name. */
    public enum Kind {
        COMMUNITY, BUILDINGS, GRIDS
    }
}
