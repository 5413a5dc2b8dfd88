package org.gongzhi.voting;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.voting.ballot.CanvassStatus;
import org.gongzhi.voting.ballot.Turnout;
import org.gongzhi.voting.vote.Vote;
import org.gongzhi.voting.vote.VotePeriod;

/** Read models of votes: the list, turnout while a vote runs, and canvassing per unit. */
@Component
public class VoteQueries {

    private final JdbcClient jdbc;

    VoteQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A vote in the list; {@code closesAt} is the end of its voting period (null for votes set up before periods). */
    public record VoteSummary(long id, VoteKind kind, String title, VoteState state, Integer matterItem,
            OffsetDateTime openedAt, OffsetDateTime closedAt, long ballotsCast, OffsetDateTime closesAt,
            ScopePlaces scope) {

        VoteSummary applyingTo(ScopePlaces places) {
            return new VoteSummary(id, kind, title, state, matterItem, openedAt, closedAt, ballotsCast, closesAt,
                    places);
        }

        /** The closing time as people read it, for the list. */
        public String closesAtText() {
            return VotePeriod.shown(closesAt);
        }

        /** Whole days left to vote at {@code now} while the vote is open (0: closes today); null otherwise. */
        public Long daysLeft(OffsetDateTime now) {
            return state == VoteState.OPEN ? VotePeriod.daysLeft(now, closesAt) : null;
        }
    }

    /** One unit as canvassers see it: VOTED when any of its electors has a ballot, else the recorded status. */
    public record CanvassRow(long unitId, String room, long gridId, CanvassStatus status, String note) {
    }

    /** An open vote that waits for the resident's ballot, and until when they may vote (null if it has no end). */
    public record AwaitingBallot(long id, VoteKind kind, String title, OffsetDateTime openedAt,
            OffsetDateTime closesAt) {
    }

    /**
     * The open votes in whose electorate the resident is and whose elector has no ballot yet, longest open first,
     * at most {@code limit}, and how many there are in all: one query.
     */
    public PageResult<AwaitingBallot> awaitingBallot(long communityId, long residentId, int limit) {
        List<Long> total = new ArrayList<>();
        List<AwaitingBallot> items = jdbc.sql("""
                select v.id, v.kind, v.title, v.opened_at, v.closes_at, count(*) over () as total from vote v
                where v.community_id = :community and v.state = 'OPEN' and exists (
                    select 1 from vote_elector_member m where m.vote_id = v.id and m.resident_id = :resident
                    and not exists (select 1 from current_ballot cb
                        where cb.vote_id = m.vote_id and cb.elector_id = m.elector_id))
                order by v.opened_at, v.id limit :limit""")
                .param("community", communityId).param("resident", residentId).param("limit", limit)
                .query((rs, n) -> {
                    total.add(rs.getLong("total"));
                    return new AwaitingBallot(rs.getLong("id"), VoteKind.valueOf(rs.getString("kind")),
                            rs.getString("title"), rs.getObject("opened_at", OffsetDateTime.class),
                            rs.getObject("closes_at", OffsetDateTime.class));
                }).list();
        return new PageResult<>(items, 0, limit, total.isEmpty() ? 0 : total.getFirst());
    }

    /** Whether the community has a vote of this id, in whatever state (a project names the vote that decided it). */
    public boolean exists(long communityId, long voteId) {
        return jdbc.sql("select count(*) from vote where id = ? and community_id = ?").params(voteId, communityId)
                .query(Long.class).single() > 0;
    }

    /**
     * How many open votes of the community someone runs who is limited to {@code zones} (every open vote when there
     * is no limit): those whose buildings all lie in those zones, as {@link VotingPermissions#mayManage} decides for
     * one vote. One statement, whatever the number of votes.
     */
    public long openVotesManagedWithin(long communityId, Set<Long> zones) {
        if (zones.isEmpty()) {
            return jdbc.sql("select count(*) from vote where community_id = ? and state = 'OPEN'").param(communityId)
                    .query(Long.class).single();
        }
        return jdbc.sql("""
                select count(*) from vote v where v.community_id = :c and v.state = 'OPEN' and not exists (
                    select 1 from register_building b where b.community_id = v.community_id
                    and b.zone_id not in (:zones) and (v.scope_kind = 'COMMUNITY'
                        or v.scope_kind = 'BUILDINGS' and b.id in (
                            select s.scope_id from vote_scope s where s.vote_id = v.id)
                        or v.scope_kind = 'GRIDS' and b.id in (
                            select w.building_id from register_stairwell w join vote_scope s on s.scope_id = w.grid_id
                            where s.vote_id = v.id)))""")
                .param("c", communityId).param("zones", zones).query(Long.class).single();
    }

    /** The community's votes with where each applies, newest first; drafts only for those who may run votes. */
    public List<VoteSummary> list(long communityId, boolean withDrafts) {
        List<VoteSummary> votes = jdbc.sql("""
                select v.id, v.kind, v.title, v.state, v.matter_item, v.opened_at, v.closed_at, v.closes_at,
                    (select count(*) from current_ballot c where c.vote_id = v.id and c.community_id = v.community_id)
                        as ballots_cast
                from vote v where v.community_id = ? and (v.state <> 'DRAFT' or ?) order by v.id desc""")
                .params(communityId, withDrafts)
                .query((rs, n) -> new VoteSummary(rs.getLong("id"), VoteKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), VoteState.valueOf(rs.getString("state")),
                        rs.getObject("matter_item", Integer.class), rs.getObject("opened_at", OffsetDateTime.class),
                        rs.getObject("closed_at", OffsetDateTime.class), rs.getLong("ballots_cast"),
                        rs.getObject("closes_at", OffsetDateTime.class), ScopePlaces.COMMUNITY))
                .list();
        Map<Long, ScopePlaces> places = scopePlaces(communityId, votes.stream().map(VoteSummary::id).toList());
        return votes.stream().map(v -> v.applyingTo(places.getOrDefault(v.id(), v.scope()))).toList();
    }

    /** What a new vote's scope may be: the whole community, whole zones and their buildings, or grids. */
    public record ScopeChoices(boolean community, List<ZoneChoice> zones, List<Integer> grids) {
    }

    /** A zone (南区, 北区) with the numbers of its buildings. */
    public record ZoneChoice(long id, String name, List<Integer> buildings) {
    }

    /**
     * The scopes someone limited to {@code zones} may give a vote (no limit when empty): the whole community only
     * without a limit, the buildings of their zones, and the grids that lie wholly in them.
     */
    public ScopeChoices scopeChoices(long communityId, Set<Long> zones) {
        Map<Long, ZoneChoice> byZone = new LinkedHashMap<>();
        jdbc.sql("""
                select z.id as zone_id, z.name, b.number from register_zone z
                join register_building b on b.zone_id = z.id
                where z.community_id = ? order by z.id, b.number""").param(communityId).query((ResultSet rs) -> {
                    long zone = rs.getLong("zone_id");
                    String name = rs.getString("name");
                    if (zones.isEmpty() || zones.contains(zone)) {
                        byZone.computeIfAbsent(zone, z -> new ZoneChoice(z, name, new ArrayList<>())).buildings()
                                .add(rs.getInt("number"));
                    }
                });
        String outside = zones.isEmpty() ? "" : " and not exists (select 1 from register_stairwell s"
                + " where s.grid_id = g.id and s.zone_id not in (:zones))";
        var query = jdbc.sql("select g.number from register_grid g where g.community_id = :c" + outside
                        + " order by g.number").param("c", communityId);
        List<Integer> grids = (zones.isEmpty() ? query : query.param("zones", zones)).query(Integer.class).list();
        return new ScopeChoices(zones.isEmpty(), List.copyOf(byZone.values()), grids);
    }

    /**
     * Where a vote applies as people name it: the numbers of its buildings or grids, in order; for buildings also the
     * zones all of whose buildings it covers ({@code wholeZones}) and the numbers of the buildings outside them.
     */
    public record ScopePlaces(VoteScope.Kind kind, List<Integer> numbers, List<String> wholeZones,
            List<Integer> otherBuildings) {

        public static final ScopePlaces COMMUNITY = new ScopePlaces(VoteScope.Kind.COMMUNITY, List.of(), List.of(),
                List.of());
    }

    public ScopePlaces scopePlaces(Vote vote) {
        return scopePlaces(vote.communityId(), List.of(vote.id())).getOrDefault(vote.id(), ScopePlaces.COMMUNITY);
    }

    /** The places of each listed vote limited to buildings or grids, in two queries whatever the number of votes. */
    public Map<Long, ScopePlaces> scopePlaces(long communityId, Collection<Long> voteIds) {
        if (voteIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> zoneSizes = new HashMap<>();
        jdbc.sql("select zone_id, count(*) as buildings from register_building where community_id = ? group by zone_id")
                .param(communityId).query((ResultSet rs) -> {
                    zoneSizes.put(rs.getLong("zone_id"), rs.getInt("buildings"));
                });
        Map<Long, List<ScopeRow>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select s.vote_id, v.scope_kind, coalesce(b.number, g.number) as number, z.id as zone_id,
                    z.name as zone_name
                from vote_scope s join vote v on v.id = s.vote_id
                left join register_building b on v.scope_kind = 'BUILDINGS' and b.id = s.scope_id
                left join register_zone z on z.id = b.zone_id
                left join register_grid g on v.scope_kind = 'GRIDS' and g.id = s.scope_id
                where v.community_id = :c and s.vote_id in (:votes) order by s.vote_id, number""")
                .param("c", communityId).param("votes", voteIds).query((ResultSet rs) -> {
                    rows.computeIfAbsent(rs.getLong("vote_id"), v -> new ArrayList<>()).add(new ScopeRow(
                            VoteScope.Kind.valueOf(rs.getString("scope_kind")), rs.getInt("number"),
                            rs.getObject("zone_id", Long.class), rs.getString("zone_name")));
                });
        Map<Long, ScopePlaces> places = new HashMap<>();
        rows.forEach((vote, scope) -> places.put(vote, places(scope, zoneSizes)));
        return places;
    }

    private static ScopePlaces places(List<ScopeRow> rows, Map<Long, Integer> zoneSizes) {
        Map<Long, List<ScopeRow>> byZone = rows.stream().filter(r -> r.zoneId() != null)
                .collect(Collectors.groupingBy(ScopeRow::zoneId, LinkedHashMap::new, Collectors.toList()));
        List<String> whole = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        byZone.forEach((zone, buildings) -> {
            if (buildings.size() == zoneSizes.getOrDefault(zone, -1)) {
                whole.add(buildings.getFirst().zoneName());
            } else {
                buildings.forEach(b -> others.add(b.number()));
            }
        });
        others.sort(null);
        return new ScopePlaces(rows.getFirst().kind(), rows.stream().map(ScopeRow::number).toList(), whole, others);
    }

    private record ScopeRow(VoteScope.Kind kind, int number, Long zoneId, String zoneName) {
    }

    /** The ids of the buildings or grids with these numbers, as people name them. */
    public Set<Long> scopeIds(long communityId, VoteScope.Kind kind, Set<Integer> numbers) {
        if (kind == VoteScope.Kind.COMMUNITY || numbers.isEmpty()) {
            return Set.of();
        }
        String table = kind == VoteScope.Kind.BUILDINGS ? "register_building" : "register_grid";
        return Set.copyOf(jdbc.sql("select id from " + table + " where community_id = :c and number in (:n)")
                .param("c", communityId).param("n", numbers).query(Long.class).list());
    }

    /** Turnout by building and by grid in one grouped query; a person with units in two places counts in each. */
    public Turnout turnout(long communityId, long voteId) {
        List<Turnout.Row> buildings = new ArrayList<>();
        List<Turnout.Row> grids = new ArrayList<>();
        String part = """
                select '%s' as dimension, s.%s as number, count(distinct eu.elector_id) as persons,
                    count(distinct cb.elector_id) as voted_persons, coalesce(sum(eu.area), 0) as area,
                    coalesce(sum(case when cb.elector_id is null then 0 else eu.area end), 0) as voted_area
                from vote_elector_unit eu join register_unit u on u.id = eu.unit_id
                join register_stairwell s on s.id = u.stairwell_id
                left join current_ballot cb on cb.vote_id = eu.vote_id and cb.elector_id = eu.elector_id
                where eu.vote_id = :vote and eu.community_id = :community group by s.%s""";
        jdbc.sql(part.formatted("B", "building_number", "building_number") + " union all "
                        + part.formatted("G", "grid_number", "grid_number")
                        + " order by dimension, number")
                .param("vote", voteId).param("community", communityId).query(rs -> {
                    Turnout.Row row = new Turnout.Row(rs.getInt("number"), rs.getLong("persons"),
                            rs.getLong("voted_persons"), rs.getLong("area"), rs.getLong("voted_area"));
                    ("B".equals(rs.getString("dimension")) ? buildings : grids).add(row);
                });
        return new Turnout(buildings, grids);
    }

    /** The units of one stairwell that take part in the vote, with their canvassing status. */
    public List<CanvassRow> canvass(long voteId, long communityId, int building, int stairwell) {
        return jdbc.sql("""
                select u.id as unit_id, u.room, s.grid_id,
                    case when exists (select 1 from vote_elector_unit eu join current_ballot cb
                            on cb.vote_id = eu.vote_id and cb.elector_id = eu.elector_id
                            where eu.vote_id = :vote and eu.unit_id = u.id) then 'VOTED'
                        else coalesce(c.status, 'PENDING') end as status, c.note
                from register_unit u join register_stairwell s on s.id = u.stairwell_id
                left join vote_canvass c on c.vote_id = :vote and c.unit_id = u.id
                where u.community_id = :community and s.building_number = :building and s.unit_number = :stairwell
                  and u.id in (select unit_id from vote_elector_unit where vote_id = :vote)
                order by u.floor, u.room""")
                .param("vote", voteId).param("community", communityId).param("building", building)
                .param("stairwell", stairwell).query(Rows.of(CanvassRow.class)).list();
    }
}
