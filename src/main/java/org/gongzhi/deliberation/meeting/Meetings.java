package org.gongzhi.deliberation.meeting;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.shared.domain.NotFound;

/** Deliberation meetings in the database: each change is a new row, nothing is updated in place. */
@Repository
public class Meetings {

    /** Held: its time has come and its attendance is recorded, as {@link DeliberationMeeting#isHeld} says. */
    public static final String HELD =
            " (m.held_at <= :now and exists (select 1 from meeting_attendance t where t.meeting_id = m.id))";

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(DeliberationMeeting meeting, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting (community_id, held_at, place, require_all_four, advisers, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(meeting.communityId(), meeting.heldAt(), meeting.place(), meeting.requireAllFourParties(),
                        meeting.advisers(), at)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (DeliberationMeeting.Invitee invitee : meeting.invitees()) {
            jdbc.sql("insert into meeting_invitee (community_id, meeting_id, party, name, zone_group) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(meeting.communityId(), id, invitee.party().name(), invitee.name(), invitee.zoneGroup())
                    .update();
        }
        return id;
    }

    public DeliberationMeeting get(long communityId, long id) {
        List<DeliberationMeeting> found = all(communityId, List.of(id));
        if (found.isEmpty()) {
            throw new NotFound("meeting " + id);
        }
        return found.getFirst();
    }

    /**
     * The meetings with these ids, in their order, in seven statements however many they are (none for no ids):
     * the meetings, then each of their tables for all of them at once.
     */
    public List<DeliberationMeeting> all(long communityId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MeetingRow> rows = new HashMap<>();
        jdbc.sql("""
                select id, held_at, place, require_all_four, advisers from meeting
                where community_id = :community and id in (:ids)""")
                .param("community", communityId).param("ids", ids)
                .query((rs, n) -> new MeetingRow(rs.getLong("id"), rs.getObject("held_at", LocalDateTime.class),
                        rs.getString("place"), rs.getBoolean("require_all_four"), rs.getString("advisers")))
                .list().forEach(row -> rows.put(row.id(), row));
        List<Long> found = ids.stream().filter(rows::containsKey).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DeliberationMeeting.Invitee>> invitees = byMeeting(jdbc.sql("""
                select meeting_id, party, name, zone_group from meeting_invitee where meeting_id in (:ids)
                order by id""").param("ids", found)
                .query((rs, n) -> Map.entry(rs.getLong("meeting_id"), new DeliberationMeeting.Invitee(
                        Party.valueOf(rs.getString("party")), rs.getString("name"), rs.getString("zone_group"))))
                .list());
        Map<Long, List<Long>> agendas = byMeeting(jdbc.sql("""
                select meeting_id, proposal_id from meeting_agenda where meeting_id in (:ids)
                order by meeting_id, position""").param("ids", found)
                .query((rs, n) -> Map.entry(rs.getLong("meeting_id"), rs.getLong("proposal_id"))).list());
        Map<Long, List<Party>> attendances = byMeeting(jdbc.sql("""
                select meeting_id, party from meeting_attendance where meeting_id in (:ids)""").param("ids", found)
                .query((rs, n) -> Map.entry(rs.getLong("meeting_id"), Party.valueOf(rs.getString("party"))))
                .list());
        Map<Long, List<DeliberationMeeting.Answer>> answers = byMeeting(jdbc.sql("""
                select meeting_id, proposal_id, party, position, reasoning, contribution, recorded_by, recorded_at,
                on_behalf, on_behalf_of from meeting_answer where meeting_id in (:ids) order by id""").param("ids", found)
                .query((rs, n) -> Map.entry(rs.getLong("meeting_id"), new DeliberationMeeting.Answer(
                        rs.getLong("proposal_id"), Party.valueOf(rs.getString("party")),
                        AnswerPosition.valueOf(rs.getString("position")), rs.getString("reasoning"),
                        rs.getString("contribution"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getBoolean("on_behalf"),
                        rs.getString("on_behalf_of"))))
                .list());
        Map<Long, List<DeliberationMeeting.Plan>> plans = byMeeting(jdbc.sql("""
                select meeting_id, proposal_id, plan, cost_fen, funding_source, responsibilities, recorded_by,
                recorded_at from meeting_plan where meeting_id in (:ids)""").param("ids", found)
                .query((rs, n) -> Map.entry(rs.getLong("meeting_id"), new DeliberationMeeting.Plan(
                        rs.getLong("proposal_id"), rs.getString("plan"), rs.getLong("cost_fen"),
                        rs.getString("funding_source"), rs.getString("responsibilities"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class))))
                .list());
        Map<Long, List<DeliberationMeeting.Signature>> signatures = byMeeting(jdbc.sql("""
                select meeting_id, proposal_id, party, signer, signed_at, recorded_by from meeting_signature
                where meeting_id in (:ids) order by signed_at""").param("ids", found)
                .query((rs, n) -> Map.entry(rs.getLong("meeting_id"), new DeliberationMeeting.Signature(
                        rs.getLong("proposal_id"), Party.valueOf(rs.getString("party")), rs.getString("signer"),
                        rs.getObject("signed_at", OffsetDateTime.class), rs.getString("recorded_by"))))
                .list());
        List<DeliberationMeeting> meetings = new ArrayList<>();
        for (long id : found) {
            MeetingRow row = rows.get(id);
            DeliberationMeeting meeting = new DeliberationMeeting(id, communityId, row.heldAt(), row.place(),
                    row.requireAllFour(), row.advisers(), invitees.getOrDefault(id, List.of()));
            Set<Party> attended = EnumSet.noneOf(Party.class);
            attended.addAll(attendances.getOrDefault(id, List.of()));
            meeting.load(agendas.getOrDefault(id, List.of()), attended, answers.getOrDefault(id, List.of()),
                    plans.getOrDefault(id, List.of()), signatures.getOrDefault(id, List.of()));
            meetings.add(meeting);
        }
        return meetings;
    }

    private static <T> Map<Long, List<T>> byMeeting(List<Map.Entry<Long, T>> rows) {
        Map<Long, List<T>> byMeeting = new HashMap<>();
        rows.forEach(r -> byMeeting.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(r.getValue()));
        return byMeeting;
    }

    /** The community's name, for the heading of its minutes. */
    public String communityName(long communityId) {
        return jdbc.sql("select name from register_community where id = ?").param(communityId).query(String.class).single();
    }

    public List<Long> ids(long communityId) {
        return jdbc.sql("select id from meeting where community_id = ? order by held_at desc, id desc limit 200")
                .param(communityId).query(Long.class).list();
    }

    /** The meetings that have this proposal on their agenda, newest first. */
    public List<Long> idsWithProposal(long communityId, long proposalId) {
        return jdbc.sql("""
                select m.id from meeting m join meeting_agenda a on a.meeting_id = m.id
                where m.community_id = ? and a.proposal_id = ? order by m.held_at desc, m.id desc""")
                .params(communityId, proposalId).query(Long.class).list();
    }

    /** The meeting still to be held (at {@code now}) that has the proposal on its agenda, if there is one. */
    public Optional<DeliberationMeeting.OpenAgenda> openAgenda(long communityId, long proposalId, LocalDateTime now) {
        return jdbc.sql("""
                select m.id, m.held_at from meeting_agenda a join meeting m on m.id = a.meeting_id
                where m.community_id = :community and a.proposal_id = :proposal and not""" + HELD + """
                 order by m.held_at, m.id limit 1""")
                .param("community", communityId).param("proposal", proposalId).param("now", now)
                .query((rs, n) -> new DeliberationMeeting.OpenAgenda(rs.getLong("id"),
                        rs.getObject("held_at", LocalDateTime.class)))
                .optional();
    }

    /**
     * Adds the proposal to the meeting's agenda, marked open: the mark is unique per proposal, so a proposal is on at
     * most one open agenda even when two staff add it at once; marks of meetings held by {@code now} are released
     * first. False when the proposal was put on another open agenda (or on this one) meanwhile.
     */
    public boolean addToAgenda(DeliberationMeeting meeting, long proposalId, LocalDateTime now) {
        jdbc.sql("update meeting_agenda set open_proposal_id = null where open_proposal_id = :proposal"
                        + " and meeting_id in (select m.id from meeting m where" + HELD + ")")
                .param("proposal", proposalId).param("now", now).update();
        try {
            jdbc.sql("""
                    insert into meeting_agenda (community_id, meeting_id, proposal_id, position, open_proposal_id)
                    values (?, ?, ?, ?, ?)""")
                    .params(meeting.communityId(), meeting.id(), proposalId, meeting.agenda().size(), proposalId)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public void saveAttendance(DeliberationMeeting meeting) {
        jdbc.sql("delete from meeting_attendance where meeting_id = ?").param(meeting.id()).update();
        for (Party party : meeting.attended()) {
            jdbc.sql("insert into meeting_attendance (community_id, meeting_id, party) values (?, ?, ?)")
                    .params(meeting.communityId(), meeting.id(), party.name()).update();
        }
    }

    public void addAnswer(DeliberationMeeting meeting, DeliberationMeeting.Answer a) {
        addAnswer(meeting, a, null);
    }

    /** An answer and the account that gave or recorded it. */
    public void addAnswer(DeliberationMeeting meeting, DeliberationMeeting.Answer a, Long accountId) {
        jdbc.sql("""
                insert into meeting_answer (community_id, meeting_id, proposal_id, party, position, reasoning,
                contribution, recorded_by, recorded_at, answered_by_account, on_behalf, on_behalf_of)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meeting.communityId(), meeting.id(), a.proposalId(), a.party().name(), a.position().name(),
                        a.reasoning(), a.contribution(), a.recordedBy(), a.recordedAt(), accountId, a.onBehalf(),
                        a.onBehalfOf())
                .update();
    }

    public void addPlan(DeliberationMeeting meeting, DeliberationMeeting.Plan p) {
        jdbc.sql("""
                insert into meeting_plan (community_id, meeting_id, proposal_id, plan, cost_fen, funding_source,
                responsibilities, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meeting.communityId(), meeting.id(), p.proposalId(), p.text(), p.costFen(),
                        p.fundingSource(), p.responsibilities(), p.recordedBy(), p.recordedAt())
                .update();
    }

    public void addSignature(DeliberationMeeting meeting, DeliberationMeeting.Signature s, Long accountId) {
        jdbc.sql("""
                insert into meeting_signature (community_id, meeting_id, proposal_id, party, signer,
                signed_by_account, signed_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meeting.communityId(), meeting.id(), s.proposalId(), s.party().name(), s.signer(),
                        accountId, s.signedAt(), s.recordedBy())
                .update();
    }

    /** The plan recorded most recently for a proposal at any meeting, if one was. */
    public Optional<ConsensusPlan> latestPlan(long communityId, long proposalId) {
        return jdbc.sql("""
                select proposal_id, meeting_id, plan, cost_fen, funding_source, responsibilities, recorded_at,
                follow_up from meeting_plan where community_id = ? and proposal_id = ?
                order by recorded_at desc, meeting_id desc limit 1""")
                .params(communityId, proposalId)
                .query((rs, n) -> new ConsensusPlan(rs.getLong("proposal_id"), rs.getLong("meeting_id"),
                        rs.getString("plan"), rs.getLong("cost_fen"), rs.getString("funding_source"),
                        rs.getString("responsibilities"), rs.getObject("recorded_at", OffsetDateTime.class),
                        FollowUp.valueOf(rs.getString("follow_up"))))
                .optional();
    }

    /** Says how the plan a meeting recorded for a proposal is carried out; false if there is no such plan. */
    public boolean setFollowUp(long communityId, long meetingId, long proposalId, FollowUp followUp) {
        return jdbc.sql("""
                update meeting_plan set follow_up = ? where community_id = ? and meeting_id = ? and proposal_id = ?""")
                .params(followUp.name(), communityId, meetingId, proposalId).update() == 1;
    }

    private record MeetingRow(long id, LocalDateTime heldAt, String place, boolean requireAllFour, String advisers) {
    }
}
