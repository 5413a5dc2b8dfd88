package org.gongzhi.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.community.PartyOrganisation.Branch;
import org.gongzhi.community.PartyOrganisation.Leader;
import org.gongzhi.community.PartyOrganisation.PartyGroup;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.pii.Masking;

/** Reads the four-level Party organisation in a fixed number of queries, whatever its size. */
@Service
public class Organisation {

    private final JdbcClient jdbc;

    Organisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each grid party branch's name as the register has it (第一网格党支部), by its number: pages use no other. */
    public Map<Integer, String> branchNames(long communityId) {
        Map<Integer, String> names = new LinkedHashMap<>();
        jdbc.sql("select number, name from grid_branch where community_id = ? order by number").param(communityId)
                .query((ResultSet rs) -> {
                    names.put(rs.getInt("number"), rs.getString("name"));
                });
        return names;
    }

    public PartyOrganisation of(long communityId) {
        Map<Long, List<Integer>> grids = new LinkedHashMap<>();
        jdbc.sql("select grid_branch_id, number from grid where community_id = ? order by number")
                .param(communityId)
                .query((ResultSet rs) -> {
                    grids.computeIfAbsent(rs.getLong("grid_branch_id"), k -> new ArrayList<>()).add(rs.getInt("number"));
                });
        Map<Long, List<PartyGroup>> groups = new LinkedHashMap<>();
        jdbc.sql("""
                select pg.grid_branch_id, pg.name, r.name as leader_name, r.phone as leader_phone,
                    (select count(*) from stairwell s where s.party_group_id = pg.id) as stairwells,
                    (select count(*) from party_volunteer v where v.party_group_id = pg.id) as volunteers
                from party_group pg left join resident r on r.id = pg.leader_resident_id
                where pg.community_id = ? order by pg.id""")
                .param(communityId)
                .query((ResultSet rs) -> {
                    groups.computeIfAbsent(rs.getLong("grid_branch_id"), k -> new ArrayList<>())
                            .add(new PartyGroup(rs.getString("name"), leader(rs, "leader_"), rs.getInt("stairwells"),
                                    rs.getLong("volunteers")));
                });
        List<Branch> branches = jdbc.sql("""
                select gb.id, gb.number, gb.name, r.name as leader_name, r.phone as leader_phone
                from grid_branch gb left join resident r on r.id = gb.secretary_resident_id
                where gb.community_id = ? order by gb.number""")
                .param(communityId)
                .query((rs, n) -> new Branch(rs.getLong("id"), rs.getInt("number"), rs.getString("name"),
                        leader(rs, "leader_"), grids.getOrDefault(rs.getLong("id"), List.of()),
                        groups.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        long volunteers = jdbc.sql("select count(distinct resident_id) from party_volunteer where community_id = ?")
                .param(communityId).query(Long.class).single();
        return jdbc.sql("""
                select pgb.name, r.name as leader_name, r.phone as leader_phone
                from party_general_branch pgb left join resident r on r.id = pgb.leader_resident_id
                where pgb.community_id = ?""")
                .param(communityId)
                .query((rs, n) -> new PartyOrganisation(rs.getString("name"), leader(rs, "leader_"), branches,
                        volunteers))
                .optional().orElseThrow(() -> new NotFound("party organisation"));
    }

    private static Leader leader(ResultSet rs, String prefix) throws SQLException {
        String name = rs.getString(prefix + "name");
        return name == null ? null : new Leader(name, Masking.phone(rs.getString(prefix + "phone")));
    }
}
