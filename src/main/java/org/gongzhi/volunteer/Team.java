package org.gongzhi.volunteer;

/** A volunteer team with its leader (a resident, if it has one) and how many members it has. */
public record Team(long id, long communityId, String code, String name, String purpose, Long leaderResidentId,
        String leaderName, Integer patrolBranchNumber, long members) {

    public boolean ledBy(Long residentId) {
        return residentId != null && residentId.equals(leaderResidentId);
    }
}
