package org.gongzhi.community;

import java.util.List;

/**
 * The four levels (四级架构): the general branch, its grid branches on the grids, the building party groups
 * under each branch, and the party-member volunteers who serve the stairwells. Phones are masked.
 */
public record PartyOrganisation(String name, Leader leader, List<Branch> branches, long volunteers) {

    /** A person who leads a level; the phone is masked. */
    public record Leader(String name, String phoneMasked) {
    }

    /** A grid party branch (网格党支部) and what it covers. */
    public record Branch(long id, int number, String name, Leader secretary, List<Integer> grids,
            List<PartyGroup> partyGroups) {

        public long volunteers() {
            return partyGroups.stream().mapToLong(PartyGroup::volunteers).sum();
        }
    }

    /** A building party group (楼组党小组) over a set of stairwells. */
    public record PartyGroup(String name, Leader leader, int stairwells, long volunteers) {
    }
}
