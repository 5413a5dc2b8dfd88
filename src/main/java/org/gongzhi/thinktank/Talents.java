package org.gongzhi.thinktank;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.web.PageResult;

/** Talents, their skills and invitations in the database; a page of talents takes two queries. */
@Repository
public class Talents {

    private static final String TALENT = """
            select t.id, t.resident_id, r.name, s.grid_number, t.profession, t.skills_text, t.availability,
            t.how_to_help, t.updated_at
            from thinktank_talent t join register_resident r on r.id = t.resident_id
            join register_stairwell s on s.id = r.stairwell_id
            """;
    private static final String INVITATION = """
            select i.id, i.talent_id, r.name as talent_name, i.target_kind, i.target_id, i.target_title, i.message,
            i.invited_by, i.invited_at, i.answer, i.answered_at, i.contribution, i.contribution_by
            from thinktank_invitation i join thinktank_talent t on t.id = i.talent_id
            join register_resident r on r.id = t.resident_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Talents(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public List<Skill> skills(long communityId) {
        return jdbc.sql("select id, name from thinktank_skill where community_id = ? order by id").param(communityId)
                .query(Rows.of(Skill.class)).list();
    }

    public long addSkill(long communityId, String name) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into thinktank_skill (community_id, name) values (?, ?)").params(communityId, name)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Talent> ofResident(long communityId, long residentId) {
        return withSkills(communityId, jdbc.sql(TALENT + " where t.community_id = ? and t.resident_id = ?")
                .params(communityId, residentId).query(Talents::talent).list()).stream().findFirst();
    }

    public Talent get(long communityId, long id) {
        return withSkills(communityId, jdbc.sql(TALENT + " where t.community_id = ? and t.id = ?").params(communityId, id)
                .query(Talents::talent).list()).stream().findFirst()
                .orElseThrow(() -> new NotFound("talent " + id));
    }

    /** Talents matching every filter given: words in name, profession, skills text or help; a skill; when; a grid. */
    public PageResult<Talent> search(long communityId, String text, Long skillId, Availability availability,
            Integer grid, int page, int size) {
        StringBuilder where = new StringBuilder(" where t.community_id = ?");
        List<Object> params = new ArrayList<>(List.of(communityId));
        if (text != null && !text.isBlank()) {
            where.append(" and (r.name like ? or t.profession like ? or t.skills_text like ? or t.how_to_help like ?"
                    + " or exists (select 1 from thinktank_talent_skill ts join thinktank_skill k on k.id = ts.skill_id"
                    + " where ts.talent_id = t.id and k.name like ?))");
            String like = "%" + text.strip() + "%";
            for (int i = 0; i < 5; i++) {
                params.add(like);
            }
        }
        if (skillId != null) {
            where.append(" and exists (select 1 from thinktank_talent_skill ts where ts.talent_id = t.id"
                    + " and ts.skill_id = ?)");
            params.add(skillId);
        }
        if (availability != null) {
            where.append(" and (t.availability = ? or t.availability = 'ANYTIME')");
            params.add(availability.name());
        }
        if (grid != null) {
            where.append(" and s.grid_number = ?");
            params.add(grid);
        }
        long total = jdbc.sql("select count(*) from thinktank_talent t join register_resident r on r.id = t.resident_id"
                + " join register_stairwell s on s.id = r.stairwell_id" + where).params(params).query(Long.class)
                .single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add(page * size);
        List<Talent> items = withSkills(communityId, jdbc.sql(TALENT + where + " order by t.profession, r.name, t.id limit ? offset ?")
                .params(paged).query(Talents::talent).list());
        return new PageResult<>(items, page, size, total);
    }

    /** Creates or replaces the resident's profile and its skills; answers the talent's id. */
    public long save(long communityId, long residentId, TalentInput input, OffsetDateTime now) {
        int changed = jdbc.sql("""
                update thinktank_talent set profession = ?, skills_text = ?, availability = ?, how_to_help = ?,
                updated_at = ? where community_id = ? and resident_id = ?""")
                .params(input.profession(), input.skillsText(), input.availability().name(), input.howToHelp(), now,
                        communityId, residentId).update();
        long id;
        if (changed == 0) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into thinktank_talent (community_id, resident_id, profession, skills_text, availability,
                    how_to_help, registered_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(communityId, residentId, input.profession(), input.skillsText(),
                            input.availability().name(), input.howToHelp(), now, now).update(key, "id");
            id = key.getKey().longValue();
        } else {
            id = jdbc.sql("select id from thinktank_talent where community_id = ? and resident_id = ?")
                    .params(communityId, residentId).query(Long.class).single();
        }
        jdbc.sql("delete from thinktank_talent_skill where talent_id = ? and community_id = ?").params(id, communityId)
                .update();
        batch.batchUpdate("insert into thinktank_talent_skill (community_id, talent_id, skill_id) values (?, ?, ?)",
                input.skillIds().stream().map(s -> new Object[] {communityId, id, s}).toList());
        return id;
    }

    public long invite(long communityId, long talentId, TargetKind kind, long targetId, String title, String message,
            String by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into thinktank_invitation (community_id, talent_id, target_kind, target_id, target_title, message,
                invited_by, invited_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, talentId, kind.name(), targetId, title, message, by, now).update(key, "id");
        return key.getKey().longValue();
    }

    public Invitation invitation(long communityId, long id) {
        return jdbc.sql(INVITATION + " where i.community_id = ? and i.id = ?").params(communityId, id)
                .query(Rows.of(Invitation.class)).optional().orElseThrow(() -> new NotFound("invitation " + id));
    }

    public List<Invitation> invitationsOf(long communityId, long talentId) {
        return jdbc.sql(INVITATION + " where i.talent_id = ? and i.community_id = ? order by i.invited_at desc, i.id desc")
                .params(talentId, communityId)
                .query(Rows.of(Invitation.class)).list();
    }

    public List<Invitation> invitationsTo(long communityId, TargetKind kind, long targetId) {
        return jdbc.sql(INVITATION + " where i.community_id = ? and i.target_kind = ? and i.target_id = ?"
                + " order by i.id").params(communityId, kind.name(), targetId).query(Rows.of(Invitation.class)).list();
    }

    /** Answers an invitation not yet answered; false when it has been. */
    public boolean answer(long communityId, long id, InvitationAnswer answer, OffsetDateTime now) {
        return jdbc.sql("""
                        update thinktank_invitation set answer = ?, answered_at = ?
                        where id = ? and community_id = ? and answer is null""")
                .params(answer.name(), now, id, communityId).update() == 1;
    }

    public void contribution(long communityId, long id, String text, String by, OffsetDateTime now) {
        jdbc.sql("""
                update thinktank_invitation set contribution = ?, contribution_by = ?, contribution_at = ?
                where id = ? and community_id = ?""")
                .params(text, by, now, id, communityId).update();
    }

    private static Talent talent(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Talent(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("name"), rs.getInt("grid_number"),
                rs.getString("profession"), rs.getString("skills_text"),
                Availability.valueOf(rs.getString("availability")), rs.getString("how_to_help"),
                rs.getObject("updated_at", OffsetDateTime.class), List.of());
    }

    private List<Talent> withSkills(long communityId, List<Talent> talents) {
        if (talents.isEmpty()) {
            return talents;
        }
        Collection<Long> ids = talents.stream().map(Talent::id).toList();
        Map<Long, List<Skill>> tags = jdbc.sql("""
                select ts.talent_id, k.id, k.name from thinktank_talent_skill ts join thinktank_skill k on k.id = ts.skill_id
                where ts.talent_id in (:ids) and ts.community_id = :community order by k.id""")
                .param("ids", ids).param("community", communityId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Skill(rs.getLong(2), rs.getString(3)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return talents.stream().map(t -> t.with(tags.getOrDefault(t.id(), List.of()))).toList();
    }
}
