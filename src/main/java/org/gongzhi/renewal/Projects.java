package org.gongzhi.renewal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.web.PageResult;

/**
 * ProjectHandling in the database. The project row carries its percentage and its total spent, so that lists need no
 * sums; both change with the version check, so concurrent updates cannot lose one another.
 */
@Repository
public class Projects {

    private static final String PROJECT = """
            select id, community_id, title, plan, place, budget_fen, funding_source, responsibilities, proposal_id,
            vote_id, state, percent_done, spent_fen, created_at, started_at, completed_at, version, kind
            from renewal_project""";

    private final JdbcClient jdbc;

    Projects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a project and the first entry of its history: set up by {@code by}, or for its proposal. */
    public long add(RenewalProject p, String by) {
        KeyHolder key = new GeneratedKeyHolder();
        ProjectPlan plan = p.plan();
        jdbc.sql("""
                insert into renewal_project (community_id, title, plan, place, budget_fen, funding_source,
                responsibilities, proposal_id, vote_id, state, percent_done, spent_fen, created_at, started_at,
                completed_at, updated_at, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.communityId(), plan.title(), plan.plan(), plan.place(), plan.budgetFen(),
                        plan.fundingSource(), plan.responsibilities(), p.proposalId(), p.voteId(), p.state().name(),
                        p.percentDone(), p.spentFen(), p.createdAt(), p.startedAt(), p.completedAt(), p.createdAt(),
                        p.kind().name())
                .update(key, "id");
        long id = key.getKey().longValue();
        addEvent(p.communityId(), id, new ProjectEvent(0, ProjectEventKind.CREATED, p.createdAt(), by,
                p.proposalId(), null, null, null, null, null, null));
        return id;
    }

    public RenewalProject get(long communityId, long id) {
        return jdbc.sql(PROJECT + " where community_id = ? and id = ?").params(communityId, id)
                .query(Projects::project).optional().orElseThrow(() -> new NotFound("project " + id));
    }

    public Optional<Long> byId(long communityId, long id) {
        return jdbc.sql("select id from renewal_project where community_id = ? and id = ?").params(communityId, id)
                .query(Long.class).optional();
    }

    public Optional<Long> forProposal(long communityId, long proposalId) {
        return jdbc.sql("select id from renewal_project where community_id = ? and proposal_id = ?")
                .params(communityId, proposalId).query(Long.class).optional();
    }

    public Optional<Long> byTitle(long communityId, String title) {
        return jdbc.sql("select id from renewal_project where community_id = ? and title = ? order by id limit 1")
                .params(communityId, title).query(Long.class).optional();
    }

    /** Saves state, percentage and total if nobody changed the project since it was loaded. */
    public void save(RenewalProject p, OffsetDateTime at) {
        int rows = jdbc.sql("""
                update renewal_project set state = ?, percent_done = ?, spent_fen = ?, started_at = ?,
                completed_at = ?, updated_at = ?, version = version + 1
                where community_id = ? and id = ? and version = ?""")
                .params(p.state().name(), p.percentDone(), p.spentFen(), p.startedAt(), p.completedAt(), at,
                        p.communityId(), p.id(), p.version())
                .update();
        if (rows != 1) {
            throw new Refused("project.refused.stale", "the project was changed by someone else");
        }
    }

    /** Saves a corrected plan if nobody changed the project since it was loaded. */
    public void revise(RenewalProject p, OffsetDateTime at) {
        ProjectPlan plan = p.plan();
        int rows = jdbc.sql("""
                update renewal_project set title = ?, plan = ?, place = ?, budget_fen = ?, funding_source = ?,
                responsibilities = ?, updated_at = ?, version = version + 1
                where community_id = ? and id = ? and version = ?""")
                .params(plan.title(), plan.plan(), plan.place(), plan.budgetFen(), plan.fundingSource(),
                        plan.responsibilities(), at, p.communityId(), p.id(), p.version())
                .update();
        if (rows != 1) {
            throw new Refused("project.refused.stale", "the project was changed by someone else");
        }
    }

    /** Appends an entry to the project's history. */
    public void addEvent(long communityId, long projectId, ProjectEvent e) {
        jdbc.sql("""
                insert into renewal_project_event (community_id, project_id, kind, occurred_at, actor, proposal_id,
                percent_done, amount_fen, fields, budget_from_fen, budget_to_fen, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, projectId, e.kind().name(), e.occurredAt(), e.actor(), e.proposalId(),
                        e.percentDone(), e.amountFen(), e.fields().isEmpty() ? null : String.join(",", e.fields()),
                        e.budgetFromFen(), e.budgetToFen(), e.reason())
                .update();
    }

    /** One page of the project's history, newest first. */
    public PageResult<ProjectEvent> history(long projectId, int page, int size) {
        long total = jdbc.sql("select count(*) from renewal_project_event where project_id = ?").param(projectId)
                .query(Long.class).single();
        List<ProjectEvent> items = jdbc.sql("""
                select id, kind, occurred_at, actor, proposal_id, percent_done, amount_fen, fields, budget_from_fen,
                budget_to_fen, reason from renewal_project_event where project_id = ?
                order by occurred_at desc, id desc""" + " limit " + size + " offset " + (long) page * size)
                .param(projectId)
                .query((rs, n) -> new ProjectEvent(rs.getLong("id"), ProjectEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getObject("proposal_id", Long.class), rs.getObject("percent_done", Integer.class),
                        rs.getObject("amount_fen", Long.class),
                        rs.getString("fields") == null ? List.of() : List.of(rs.getString("fields").split(",")),
                        rs.getObject("budget_from_fen", Long.class), rs.getObject("budget_to_fen", Long.class),
                        rs.getString("reason")))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    public long addProgress(RenewalProject p, ProgressInput.Progress progress, String photoKey, String photoType,
            String by, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_progress (community_id, project_id, reported_on, percent_done, note, photo_key,
                photo_type, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.communityId(), p.id(), progress.on(), progress.percent(), progress.note(), photoKey,
                        photoType, by, at)
                .update(key, "id");
        addEvent(p.communityId(), p.id(), new ProjectEvent(0, ProjectEventKind.PROGRESS, at, by, null,
                progress.percent(), null, null, null, null, null));
        return key.getKey().longValue();
    }

    /**
     * Appends a payment booked against a funding line, with its receipt photo if any; a held one (over what the line
     * has left) waits for a second person and does not count yet, so it has no entry in the history.
     */
    public long addSpending(RenewalProject p, SpendingInput.Spending spending, long lineId, StoredPhoto receipt,
            Long byAccount, boolean held, String by, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_spending (community_id, project_id, paid_on, amount_fen, payee, purpose,
                recorded_by, recorded_at, line_id, receipt_key, receipt_type, booked_by_account, held)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.communityId(), p.id(), spending.on(), spending.amountFen(), spending.payee(),
                        spending.purpose(), by, at, lineId, receipt == null ? null : receipt.key(),
                        receipt == null ? null : receipt.contentType(), byAccount, held)
                .update(key, "id");
        if (!held) {
            spent(p, spending.amountFen(), by, at, null);
        }
        return key.getKey().longValue();
    }

    /** The history's entry for a payment that now counts; {@code reason} is a second person's override. */
    void spent(RenewalProject p, long amountFen, String by, OffsetDateTime at, String reason) {
        addEvent(p.communityId(), p.id(), new ProjectEvent(0, reason == null ? ProjectEventKind.SPENDING
                : ProjectEventKind.SPENDING_OVERRIDE, at, by, null, null, amountFen, null, null, null, reason));
    }

    public List<ProgressUpdate> progress(long projectId) {
        return jdbc.sql("""
                select id, reported_on, percent_done, note, photo_key, recorded_by, recorded_at from renewal_progress
                where project_id = ? order by reported_on desc, id desc""").param(projectId)
                .query((rs, n) -> new ProgressUpdate(rs.getLong("id"), rs.getObject("reported_on", LocalDate.class),
                        rs.getInt("percent_done"), rs.getString("note"), rs.getString("photo_key") != null,
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    /** The payments held for a second person's override, oldest first (a handful at most). */
    public List<SpendingEntry> held(long projectId) {
        return jdbc.sql(SPENDING + " where project_id = ? and held = true order by paid_on, id").param(projectId)
                .query(Projects::spendingEntry).list();
    }

    /** One page of the payments that count, oldest first. */
    public PageResult<SpendingEntry> spending(long projectId, int page, int size) {
        long total = jdbc.sql("select count(*) from renewal_spending where project_id = ? and held = false")
                .param(projectId).query(Long.class).single();
        List<SpendingEntry> items = jdbc.sql(SPENDING
                        + " where project_id = ? and held = false order by paid_on, id offset ? rows fetch next ? rows only")
                .params(projectId, (long) page * size, size).query(Projects::spendingEntry).list();
        return new PageResult<>(items, page, size, total);
    }

    private static final String SPENDING = """
            select id, paid_on, amount_fen, payee, purpose, recorded_by, recorded_at, line_id, receipt_key,
            held, override_reason, override_by, override_at from renewal_spending""";

    private static SpendingEntry spendingEntry(ResultSet rs, int n) throws SQLException {
        return new SpendingEntry(rs.getLong("id"), rs.getObject("paid_on", LocalDate.class),
                rs.getLong("amount_fen"), rs.getString("payee"), rs.getString("purpose"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getObject("line_id", Long.class), rs.getString("receipt_key") != null,
                rs.getBoolean("held"), rs.getString("override_reason"), rs.getString("override_by"),
                rs.getObject("override_at", OffsetDateTime.class));
    }

    /** The key and type of a progress photo of this project. */
    public Optional<StoredPhoto> photo(long projectId, long progressId) {
        return jdbc.sql("""
                select photo_key, photo_type from renewal_progress
                where project_id = ? and id = ? and photo_key is not null""").params(projectId, progressId)
                .query((rs, n) -> new StoredPhoto(rs.getString("photo_key"), rs.getString("photo_type"))).optional();
    }

    /** One page of the community's projects, most recently changed first, as the filter narrows them. */
    public PageResult<ProjectSummary> list(long communityId, ProjectFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where community_id = ?");
        List<Object> params = new ArrayList<>(List.of(communityId));
        if (filter.state() != null) {
            where.append(" and state = ?");
            params.add(filter.state().name());
        }
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.placeText() != null) {
            where.append(" and lower(place) like ?");
            params.add("%" + filter.placeText().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("select count(*) from renewal_project" + where).params(params).query(Long.class)
                .single();
        List<ProjectSummary> items = jdbc.sql("""
                select id, title, place, kind, state, percent_done, budget_fen, spent_fen, proposal_id, updated_at
                from renewal_project""" + where + " order by updated_at desc, id desc limit " + size + " offset "
                + (long) page * size)
                .params(params).query(Projects::summary).list();
        return new PageResult<>(items, page, size, total);
    }

    /** The community's projects added up: how many in each state, their budgets and what they spent. */
    public BoardTotals totals(long communityId) {
        return jdbc.sql("""
                select count(*) as projects,
                  coalesce(sum(case when state = 'PLANNED' then 1 else 0 end), 0) as planned,
                  coalesce(sum(case when state = 'IN_PROGRESS' then 1 else 0 end), 0) as in_progress,
                  coalesce(sum(case when state = 'COMPLETED' then 1 else 0 end), 0) as completed,
                  coalesce(sum(budget_fen), 0) as budget_fen, coalesce(sum(spent_fen), 0) as spent_fen,
                  coalesce((select sum(c.confirmed_fen - c.refunded_fen) from renewal_campaign c
                            where c.community_id = ?), 0) as raised_fen
                from renewal_project where community_id = ?""").params(communityId, communityId)
                .query((rs, n) -> new BoardTotals(rs.getLong("projects"), rs.getLong("planned"),
                        rs.getLong("in_progress"), rs.getLong("completed"), rs.getLong("budget_fen"),
                        rs.getLong("spent_fen"), rs.getLong("raised_fen"), targetTotals(communityId), List.of()))
                .single();
    }

    /** The project's targets in the order they were set. */
    public List<Target> targets(long projectId) {
        return jdbc.sql("""
                select id, project_id, name, unit, planned, done, weight from renewal_target where project_id = ?
                order by id""").param(projectId).query(Rows.of(Target.class)).list();
    }

    public long addTarget(long communityId, long projectId, TargetInput t, long done, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_target (community_id, project_id, name, unit, planned, done, weight, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, projectId, t.name().strip(), t.unitText(), t.plannedOrOne(), done,
                        t.weightOrOne(), at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Adds a quantity done to a target if it stays within what was planned; false otherwise. */
    public boolean addDone(long projectId, long targetId, long quantity) {
        return jdbc.sql("""
                update renewal_target set done = done + ? where project_id = ? and id = ? and done + ? <= planned""")
                .params(quantity, projectId, targetId, quantity).update() == 1;
    }

    /** A quantity recorded on a target, with the project's percentage after it, as a progress entry. */
    public long addQuantity(RenewalProject p, Target target, long quantity, LocalDate on, String note,
            String photoKey, String photoType, String by, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_progress (community_id, project_id, reported_on, percent_done, note, photo_key,
                photo_type, recorded_by, recorded_at, target_id, quantity) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.communityId(), p.id(), on, p.percentDone(), note, photoKey, photoType, by, at, target.id(),
                        quantity)
                .update(key, "id");
        addEvent(p.communityId(), p.id(), new ProjectEvent(0, ProjectEventKind.PROGRESS, at, by, null,
                p.percentDone(), null, null, null, null, null));
        return key.getKey().longValue();
    }

    /** The project a sub-project belongs to, if it is one. */
    public Optional<Long> parentOf(long projectId) {
        return jdbc.sql("select parent_id from renewal_project where id = ? and parent_id is not null")
                .param(projectId).query(Long.class).optional();
    }

    public void setParent(long communityId, long projectId, long parentId) {
        jdbc.sql("update renewal_project set parent_id = ? where community_id = ? and id = ?")
                .params(parentId, communityId, projectId).update();
    }

    /** The sub-projects' percentages, in id order. */
    public List<Integer> childPercents(long projectId) {
        return jdbc.sql("select percent_done from renewal_project where parent_id = ? order by id").param(projectId)
                .query(Integer.class).list();
    }

    /** The sub-projects as listed, in id order. */
    public List<ProjectSummary> children(long communityId, long projectId) {
        return jdbc.sql("""
                select id, title, place, kind, state, percent_done, budget_fen, spent_fen, proposal_id, updated_at
                from renewal_project where community_id = ? and parent_id = ? order by id""")
                .params(communityId, projectId).query(Projects::summary).list();
    }

    /** What the community's measurable targets add up to, by what and unit ("修复路灯" 300 盏), largest first. */
    public List<TargetTotal> targetTotals(long communityId) {
        return jdbc.sql("""
                select name, unit, sum(done) as done, sum(planned) as planned from renewal_target
                where community_id = ? and unit is not null and unit <> '%' group by name, unit
                order by sum(done) desc, name limit 12""").param(communityId).query(Rows.of(TargetTotal.class))
                .list();
    }

    /** Records what kind of work a project is. */
    public void classify(long communityId, long id, ProjectKind kind) {
        jdbc.sql("update renewal_project set kind = ? where community_id = ? and id = ?")
                .params(kind.name(), communityId, id).update();
    }

    private static ProjectSummary summary(ResultSet rs, int n) throws SQLException {
        return new ProjectSummary(rs.getLong("id"), rs.getString("title"), rs.getString("place"),
                ProjectKind.valueOf(rs.getString("kind")), ProjectState.valueOf(rs.getString("state")),
                rs.getInt("percent_done"), rs.getLong("budget_fen"), rs.getLong("spent_fen"),
                rs.getObject("proposal_id", Long.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static RenewalProject project(ResultSet rs, int n) throws SQLException {
        return new RenewalProject(rs.getLong("id"), rs.getLong("community_id"),
                new ProjectPlan(rs.getString("title"), rs.getString("plan"), rs.getString("place"),
                        rs.getLong("budget_fen"), rs.getString("funding_source"), rs.getString("responsibilities")),
                ProjectKind.valueOf(rs.getString("kind")), rs.getObject("proposal_id", Long.class), rs.getObject("vote_id", Long.class),
                ProjectState.valueOf(rs.getString("state")), rs.getInt("percent_done"), rs.getLong("spent_fen"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("completed_at", OffsetDateTime.class), rs.getInt("version"));
    }

    /** Where a progress photo is kept. */
    public record StoredPhoto(String key, String contentType) {
    }
}
