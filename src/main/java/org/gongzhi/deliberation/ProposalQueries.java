package org.gongzhi.deliberation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.deliberation.meeting.Meetings;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.ProposalComment;
import org.gongzhi.deliberation.proposal.ProposalDetails;
import org.gongzhi.deliberation.proposal.ProposalPhotos;
import org.gongzhi.deliberation.proposal.Proposals;
import org.gongzhi.deliberation.proposal.SimilarProposal;
import org.gongzhi.deliberation.proposal.Stance;
import org.gongzhi.deliberation.proposal.TitleSimilarity;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.voting.Voting;

/**
 * Lists, details, comment threads and similar proposals. A list page is one query over the proposal table with
 * its counters, plus one count; drafts appear only to their authors.
 */
@Service
public class ProposalQueries {

    static final int SIMILAR_LIMIT = 5;
    private static final int SIMILAR_WORDS = 20;
    private static final String SUMMARY = """
            select p.id, p.title, p.category, p.place_kind, p.place_code, p.state,
                coalesce(p.submitted_at, p.created_at) as raised_at, p.supports, p.comments, p.followers,
                p.merged_into_id from proposal p
            """;
    private static final String COMMENT = """
            select id, parent_id, author_resident_id, author_account_id, author_name, stance, body, created_at, hidden_at,
                hidden_reason from proposal_comment
            """;
    /**
     * A proposal that waits for the residents' committee: on the agenda but on no meeting still to be held (to be
     * scheduled), deliberated (to be put on notice), on notice past its period (to be put to the decision), or
     * deciding with no vote open on it (to be voted on). A submitted one is still gathering residents' support.
     * The list and the home page's count share this condition; its parameters are {@link #awaitingParams}.
     */
    static final String AWAITING_COMMITTEE = " (p.state = 'ON_AGENDA' and not exists (select 1 from meeting_agenda a"
            + " join meeting m on m.id = a.meeting_id where a.proposal_id = p.id and not" + Meetings.HELD + ")"
            + " or p.state = 'DELIBERATED'"
            + " or p.state = 'ON_NOTICE' and exists (select 1 from proposal_notice n where n.proposal_id = p.id"
            + " and n.ends_at <= :noticeNow)"
            + " or p.state = 'DECIDING' and p.id not in (:votedOn))";

    private final JdbcClient jdbc;
    private final Voting voting;
    private final ProposalPhotos photos;
    private final Clock clock;
    private final Meetings meetings;

    ProposalQueries(JdbcClient jdbc, Voting voting, ProposalPhotos photos, Clock clock,
            Meetings meetings) {
        this.meetings = meetings;
        this.clock = clock;
        this.photos = photos;
        this.jdbc = jdbc;
        this.voting = voting;
    }

    /** The consensus plan last recorded for a proposal, for its follow-up; empty if no meeting recorded one. */
    public Optional<ConsensusPlan> consensusPlan(long communityId, long proposalId) {
        return meetings.latestPlan(communityId, proposalId);
    }

    public PageResult<ProposalSummary> list(long communityId, ProposalFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("community", communityId);
        StringBuilder where = new StringBuilder(" where p.community_id = :community and p.state <> 'DRAFT'");
        if (filter.state() != null) {
            where.append(" and p.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.category() != null) {
            where.append(" and p.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.place() != null) {
            where.append(" and p.place_kind = :kind and p.place_code = :code");
            params.put("kind", filter.place().kind().name());
            params.put("code", filter.place().code());
        }
        if (filter.awaitingCommittee()) {
            where.append(" and").append(AWAITING_COMMITTEE);
            awaitingParams(params, communityId);
        }
        long total = jdbc.sql("select count(*) from proposal p" + where).params(params).query(Long.class).single();
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        String order = filter.sort() == ProposalFilter.Sort.MOST_SUPPORTED ? " order by p.supports desc, p.id desc"
                : " order by p.submitted_at desc, p.id desc";
        List<ProposalSummary> items = jdbc.sql(SUMMARY + where + order + " limit :limit offset :offset")
                .params(params).query(ProposalQueries::summary).list();
        return new PageResult<>(items, filter.page(), filter.size(), total);
    }

    /** The parameters of {@link #AWAITING_COMMITTEE} for the community now. */
    private void awaitingParams(Map<String, Object> params, long communityId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        params.put("now", now.atZoneSameInstant(clock.getZone()).toLocalDateTime());
        params.put("noticeNow", now);
        Set<Long> votedOn = voting.proposalsWithOpenVote(communityId);
        params.put("votedOn", votedOn.isEmpty() ? List.of(-1L) : votedOn);
    }

    /** The places of these proposals, by id, in one query (the estate map places renewal projects by them). */
    public Map<Long, ProposalPlace> places(long communityId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProposalPlace> places = new HashMap<>();
        jdbc.sql("select id, place_kind, place_code from proposal where community_id = :community and id in (:ids)")
                .param("community", communityId).param("ids", ids)
                .query(rs -> {
                    places.put(rs.getLong(1), new ProposalPlace(ProposalPlace.Kind.valueOf(rs.getString(2)),
                            rs.getString(3)));
                });
        return places;
    }

    public ProposalSummary summary(long communityId, long id) {
        return jdbc.sql(SUMMARY + " where p.id = ? and p.community_id = ?").params(id, communityId)
                .query(ProposalQueries::summary).single();
    }

    public ProposalDetails details(Actor viewer, Proposal proposal) {
        long id = proposal.id();
        long community = proposal.communityId();
        List<ProposalDetails.ProposalStep> timeline = timeline(community, id);
        boolean author = proposal.isAuthor(viewer.residentId());
        String description = proposal.content().description();
        return new ProposalDetails(summary(proposal.communityId(), id),
                author ? description : Masking.numbersIn(description), timeline.getFirst().actor(), author,
                proposal.meeting(),
                proposal.agendaThreshold(), supportedBy(community, id, viewer.residentId()),
                followedBy(community, id, viewer.residentId()), stances(community, id), timeline,
                voting.decidingVote(viewer, id).orElse(null), photos.of(id), raisedOnBehalfBy(community, id));
    }

    /** The name of whoever raised the proposal for its author (代办), or null. */
    private String raisedOnBehalfBy(long communityId, long id) {
        return jdbc.sql("""
                select on_behalf_by_name from proposal where id = ? and community_id = ? and on_behalf_by_name is not null""")
                .params(id, communityId).query(String.class).optional().orElse(null);
    }

    /** One page of top-level comments, oldest first, each with all its replies. */
    public PageResult<ProposalComment> comments(Actor viewer, long proposalId, int page, int size) {
        long total = jdbc.sql("""
                        select count(*) from proposal_comment
                        where proposal_id = ? and community_id = ? and parent_id is null""")
                .params(proposalId, viewer.communityId()).query(Long.class).single();
        RowMapper<ProposalComment> mapper = comment(viewer.residentId(), viewer.accountId());
        List<ProposalComment> top = jdbc.sql(COMMENT + """
                 where proposal_id = ? and community_id = ? and parent_id is null order by id limit ? offset ?""")
                .params(proposalId, viewer.communityId(), size, (long) page * size).query(mapper).list();
        if (top.isEmpty()) {
            return new PageResult<>(top, page, size, total);
        }
        Map<Long, List<ProposalComment>> replies = jdbc.sql(COMMENT + """
                 where proposal_id = :proposal and community_id = :community and parent_id in (:parents) order by id""")
                .param("proposal", proposalId).param("community", viewer.communityId()).param("parents", top.stream().map(ProposalComment::id).toList())
                .query(mapper).list().stream()
                .collect(Collectors.groupingBy(ProposalComment::parentId));
        List<ProposalComment> threads = top.stream()
                .map(c -> c.withReplies(replies.getOrDefault(c.id(), List.of()))).toList();
        return new PageResult<>(threads, page, size, total);
    }

    /** The resident's drafts, what they raised and what they follow, newest first. */
    public MyProposals mine(long communityId, long residentId) {
        String newest = " order by coalesce(p.submitted_at, p.created_at) desc, p.id desc limit 200";
        return new MyProposals(
                jdbc.sql(SUMMARY + " where p.community_id = ? and p.author_resident_id = ? and p.state = 'DRAFT'"
                        + newest).params(communityId, residentId).query(ProposalQueries::summary).list(),
                jdbc.sql(SUMMARY + " where p.community_id = ? and p.author_resident_id = ? and p.state <> 'DRAFT'"
                        + newest).params(communityId, residentId).query(ProposalQueries::summary).list(),
                jdbc.sql(SUMMARY + " join proposal_follower f on f.proposal_id = p.id"
                        + " where p.community_id = ? and f.resident_id = ?" + newest)
                        .params(communityId, residentId).query(ProposalQueries::summary).list());
    }

    /** A plan on public notice: until when residents may object, and how many objections wait for an answer. */
    public record OnNotice(long id, String title, OffsetDateTime endsAt, long unansweredObjections) {
    }

    /** The proposals on public notice with their notice period and unanswered objections, soonest ending first. */
    public List<OnNotice> onNotice(long communityId) {
        return jdbc.sql("""
                select p.id, p.title, n.ends_at, (select count(*) from proposal_objection o
                    where o.proposal_id = p.id and o.answer is null) as unanswered_objections
                from proposal p join proposal_notice n on n.proposal_id = p.id
                where p.community_id = ? and p.state = 'ON_NOTICE' order by n.ends_at, p.id limit 100""")
                .param(communityId).query(Rows.of(OnNotice.class)).list();
    }

    /**
     * Proposals like a new one: the same category and place, or a title sharing significant words. Rejected and
     * merged proposals and drafts are left out; the most alike come first.
     */
    public List<SimilarProposal> similar(long communityId, String title, ProposalCategory category,
            ProposalPlace place, Long excludeId) {
        List<String> words = TitleSimilarity.words(title).stream().limit(SIMILAR_WORDS).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("community", communityId);
        params.put("exclude", excludeId == null ? -1L : excludeId);
        List<String> alike = new ArrayList<>();
        if (category != null && place != null) {
            alike.add("(p.category = :category and p.place_kind = :kind and p.place_code = :code)");
            params.put("category", category.name());
            params.put("kind", place.kind().name());
            params.put("code", place.code());
        }
        for (int i = 0; i < words.size(); i++) {
            alike.add("p.title like :w" + i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
        if (alike.isEmpty()) {
            return List.of();
        }
        List<ProposalSummary> candidates = jdbc.sql(SUMMARY + """
                 where p.community_id = :community and p.id <> :exclude
                 and p.state not in ('DRAFT', 'REJECTED', 'MERGED') and (""" + String.join(" or ", alike) + """
                ) order by p.supports desc, p.id desc limit 200""")
                .params(params).query(ProposalQueries::summary).list();
        return candidates.stream()
                .map(c -> alike(title, category, place, c))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing((SimilarProposal s) -> s.sharedWords().size()).reversed()
                        .thenComparing(SimilarProposal::sameCategoryAndPlace, Comparator.reverseOrder())
                        .thenComparing(s -> s.proposal().supports(), Comparator.reverseOrder()))
                .limit(SIMILAR_LIMIT)
                .toList();
    }

    /** Why a candidate is like the new proposal, or null if it is not. */
    private static SimilarProposal alike(String title, ProposalCategory category, ProposalPlace place,
            ProposalSummary candidate) {
        TitleSimilarity.Resemblance resemblance = TitleSimilarity.compare(title, candidate.title());
        boolean samePlace = candidate.category() == category && candidate.place().equals(place);
        return samePlace || resemblance.alike()
                ? new SimilarProposal(candidate, samePlace, resemblance.sharedWords()) : null;
    }

    /** Who hears of a proposal's every stage: the resident who raised it and those following it. */
    public List<Long> raiserAndFollowers(long communityId, long proposalId) {
        return jdbc.sql("""
                select p.author_resident_id from proposal p where p.community_id = :c and p.id = :p
                union select f.resident_id from proposal_follower f where f.community_id = :c and f.proposal_id = :p
                """).param("c", communityId).param("p", proposalId).query(Long.class).list();
    }

    private boolean supportedBy(long communityId, long id, Long residentId) {
        return residentId != null && exists("proposal_support", communityId, id, residentId);
    }

    private boolean followedBy(long communityId, long id, Long residentId) {
        return residentId != null && exists("proposal_follower", communityId, id, residentId);
    }

    private boolean exists(String table, long communityId, long proposalId, long residentId) {
        return jdbc.sql("select count(*) from " + table + " where proposal_id = ? and community_id = ? and resident_id = ?")
                .params(proposalId, communityId, residentId).query(Long.class).single() > 0;
    }

    private ProposalDetails.StanceTally stances(long communityId, long id) {
        Map<String, Long> counts = jdbc.sql("""
                select stance, count(*) as n from proposal_comment
                where proposal_id = ? and community_id = ? and hidden_at is null group by stance""")
                .params(id, communityId)
                .query((rs, n) -> Map.entry(rs.getString("stance"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new ProposalDetails.StanceTally(counts.getOrDefault(Stance.FOR.name(), 0L),
                counts.getOrDefault(Stance.AGAINST.name(), 0L), counts.getOrDefault(Stance.NEUTRAL.name(), 0L));
    }

    private List<ProposalDetails.ProposalStep> timeline(long communityId, long id) {
        return jdbc.sql("""
                select occurred_at, action, from_state, to_state, actor_name, reason from proposal_event
                where proposal_id = ? and community_id = ? order by occurred_at, id""")
                .params(id, communityId)
                .query((rs, n) -> new ProposalDetails.ProposalStep(rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("action"), state(rs, "from_state"), state(rs, "to_state"),
                        rs.getString("actor_name"), rs.getString("reason")))
                .list();
    }

    private static RowMapper<ProposalComment> comment(Long viewerResidentId, long viewerAccountId) {
        return (rs, n) -> {
            boolean hidden = rs.getObject("hidden_at") != null;
            boolean byStaff = hidden && rs.getString("hidden_reason") != null;
            Long authorResident = rs.getObject("author_resident_id", Long.class);
            Long authorAccount = rs.getObject("author_account_id", Long.class);
            boolean own = viewerResidentId != null && viewerResidentId.equals(authorResident)
                    || authorAccount != null && authorAccount == viewerAccountId;
            String body = hidden ? null : rs.getString("body");
            return new ProposalComment(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                    rs.getString("author_name"), Stance.valueOf(rs.getString("stance")),
                    own ? body : Masking.numbersIn(body), rs.getObject("created_at", OffsetDateTime.class), hidden,
                    byStaff ? rs.getString("hidden_reason") : null, own, List.of());
        };
    }

    private static ProposalSummary summary(ResultSet rs, int row) throws SQLException {
        return new ProposalSummary(rs.getLong("id"), rs.getString("title"),
                ProposalCategory.valueOf(rs.getString("category")),
                new ProposalPlace(ProposalPlace.Kind.valueOf(rs.getString("place_kind")), rs.getString("place_code")),
                ProposalState.valueOf(rs.getString("state")), rs.getObject("raised_at", OffsetDateTime.class),
                rs.getLong("supports"), rs.getLong("comments"), rs.getLong("followers"),
                rs.getObject("merged_into_id", Long.class));
    }

    private static ProposalState state(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : ProposalState.valueOf(value);
    }
}
