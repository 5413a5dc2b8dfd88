package org.gongzhi.patrol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.cases.CaseMeasures;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.community.Landmark;
import org.gongzhi.patrol.record.AttendanceCandidate;
import org.gongzhi.patrol.record.AttendanceMeasure;
import org.gongzhi.patrol.record.AttendanceRoster;
import org.gongzhi.patrol.record.PatrolFindingQueries;
import org.gongzhi.patrol.record.PatrolRecord;
import org.gongzhi.patrol.record.PatrolRecordCheck;
import org.gongzhi.patrol.record.PatrolRecordCheckStatus;
import org.gongzhi.patrol.record.PatrolRecordDay;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/**
 * The grid branches' patrol days: who attended, what they studied, which stairwells and places they walked.
 * A branch's secretary records their own branch's patrols, the residents' committee any branch's.
 */
@Service
public class PatrolRecords {

    public static final String SUBJECT = "patrol_record";
    static final int MAX_TOPIC = 200;
    private static final String SELECT = """
            select r.id, r.community_id, r.grid_branch_id, b.number as branch_number, b.name as branch_name,
                r.patrol_date, r.study_topic, r.started_by, r.started_at, r.closed_by, r.closed_at
            from patrol_record r join register_branch b on b.id = r.grid_branch_id
            where r.community_id = :community""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PatrolSchedules schedules;
    private final PatrolPermissions permissions;
    private final AttendanceRoster roster;
    private final PatrolFindingQueries findings;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PatrolRecords(JdbcClient jdbc, JdbcTemplate batch, PatrolSchedules schedules, PatrolPermissions permissions,
            AttendanceRoster roster, PatrolFindingQueries findings, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.batch = batch;
        this.schedules = schedules;
        this.permissions = permissions;
        this.roster = roster;
        this.findings = findings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The branch, if the actor may record its patrols: its secretary, or the residents' committee. */
    public PatrolSchedule recordable(Actor actor, int branchNumber) {
        PatrolSchedule schedule = schedules.schedule(actor.communityId(), branchNumber);
        Permissions.require(mayRecord(actor, schedule));
        return schedule;
    }

    public boolean mayRecord(Actor actor, PatrolSchedule schedule) {
        return permissions.canChange(actor, schedule);
    }

    /** The branch's patrol that actually takes place on the date, if it is today or past and not cancelled. */
    public PatrolOccurrence heldOn(PatrolSchedule schedule, LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new NotFound("patrol on " + date);
        }
        return schedules.between(schedule.communityId(), Optional.of(schedule.branchNumber()), date.minusDays(45),
                        date.plusDays(45)).getFirst().occurrences().stream()
                .filter(o -> !o.cancelled() && o.date().equals(date)).findFirst()
                .orElseThrow(() -> new NotFound("patrol on " + date));
    }

    /** Everything recorded of the day so far, for the actor who may record it. */
    public PatrolRecordDay day(Actor actor, int branchNumber, LocalDate date) {
        PatrolSchedule schedule = recordable(actor, branchNumber);
        PatrolOccurrence occurrence = heldOn(schedule, date);
        Optional<PatrolRecord> record = find(schedule, date);
        return new PatrolRecordDay(schedule, occurrence, record.orElse(null),
                record.map(r -> roster.present(schedule, date, r.id())).orElse(List.of()),
                checklist(schedule, record.map(PatrolRecord::id)),
                record.map(r -> findings.of(r.communityId(), r.id())).orElse(List.of()));
    }

    public Optional<PatrolRecord> find(PatrolSchedule schedule, LocalDate date) {
        return jdbc.sql(SELECT + " and r.grid_branch_id = :branch and r.patrol_date = :date")
                .param("community", schedule.communityId()).param("branch", schedule.gridBranchId())
                .param("date", date).query(Rows.of(PatrolRecord.class)).optional();
    }

    public PatrolRecord get(long communityId, long id) {
        return jdbc.sql(SELECT + " and r.id = :id").param("community", communityId).param("id", id)
                .query(Rows.of(PatrolRecord.class)).optional().orElseThrow(() -> new NotFound("patrol record " + id));
    }

    /** The records of the given branches from {@code from} to {@code to}, newest first. */
    public List<PatrolRecordSummary> between(long communityId, Collection<Long> branchIds, LocalDate from,
            LocalDate to) {
        if (branchIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, b.number as branch_number, b.name as branch_name, r.patrol_date, r.study_topic,
                    (select count(*) from patrol_attendance a where a.record_id = r.id) as attendees,
                    (select count(*) from patrol_finding f where f.record_id = r.id) as findings, r.closed_at
                from patrol_record r join register_branch b on b.id = r.grid_branch_id
                where r.community_id = :community and r.grid_branch_id in (:branches)
                and r.patrol_date between :from and :to
                order by r.patrol_date desc, b.number""")
                .param("community", communityId).param("branches", branchIds).param("from", from).param("to", to)
                .query(Rows.of(PatrolRecordSummary.class)).list();
    }

    /**
     * The records the actor may see: of one branch (which they must record), or of every branch they record;
     * over the last year unless the days are given; refused to those who record none.
     */
    public List<PatrolRecordSummary> visible(Actor actor, Integer branch, LocalDate from, LocalDate to) {
        List<PatrolSchedule> branches = branch == null ? branchesOf(actor) : List.of(recordable(actor, branch));
        Permissions.require(!branches.isEmpty());
        LocalDate until = Optional.ofNullable(to).orElse(LocalDate.now(clock));
        LocalDate since = Optional.ofNullable(from).orElse(until.minusYears(1));
        if (since.isAfter(until)) {
            throw InvalidInput.of("from", "patrol.records.invalid.range");
        }
        return between(actor.communityId(), branches.stream().map(PatrolSchedule::gridBranchId).toList(), since,
                until);
    }

    /** The branch's latest patrol that has taken place, the one a secretary most likely wants to record. */
    public Optional<PatrolOccurrence> latestHeld(PatrolSchedule schedule) {
        LocalDate today = LocalDate.now(clock);
        return schedules.between(schedule.communityId(), Optional.of(schedule.branchNumber()), today.minusMonths(2),
                        today).getFirst().occurrences().stream()
                .filter(o -> !o.cancelled() && !o.date().isAfter(today)).reduce((a, b) -> b);
    }

    /** The branches whose records the actor may see: every branch for staff, their own for a secretary. */
    public List<PatrolSchedule> branchesOf(Actor actor) {
        return schedules.schedules(actor.communityId()).stream().filter(s -> mayRecord(actor, s)).toList();
    }

    /** The day's record, started now by the actor if nobody has saved anything yet. */
    @Transactional
    public PatrolRecord open(PatrolSchedule schedule, LocalDate date, String by, OffsetDateTime at) {
        int created = jdbc.sql("""
                insert into patrol_record (community_id, grid_branch_id, patrol_date, study_topic, started_by,
                    started_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(schedule.communityId(), schedule.gridBranchId(), date, schedule.studyTopic(), by, at)
                .update();
        PatrolRecord record = find(schedule, date).orElseThrow();
        if (created > 0) {
            audit.record(schedule.communityId(), "PATROL_RECORD_STARTED", SUBJECT, record.id(), date.toString());
        }
        return record;
    }

    /** Replaces the study topic and who attended; each person's role is read from the register. */
    @Transactional
    public PatrolRecord recordAttendance(Actor actor, int branchNumber, LocalDate date, String studyTopic,
            Collection<Long> present) {
        PatrolRecord record = openFor(actor, branchNumber, date);
        String topic = topic(studyTopic);
        PatrolSchedule schedule = schedules.schedule(actor.communityId(), branchNumber);
        List<AttendanceCandidate> people = roster.candidates(schedule, date, Set.copyOf(present));
        writeAttendance(record, topic, people);
        audit.record(record.communityId(), "PATROL_ATTENDANCE_RECORDED", SUBJECT, record.id(),
                people.size() + " attending");
        return get(record.communityId(), record.id());
    }

    /** One tick on the attendance list, as the phone sends it: the same tick sent twice changes nothing. */
    @Transactional
    public void markPresent(Actor actor, int branchNumber, LocalDate date, long residentId, boolean present) {
        PatrolRecord record = openFor(actor, branchNumber, date);
        int changed;
        if (present) {
            PatrolSchedule schedule = schedules.schedule(actor.communityId(), branchNumber);
            AttendanceCandidate person = roster.candidates(schedule, date, List.of(residentId)).getFirst();
            changed = jdbc.sql("""
                    insert into patrol_attendance (community_id, record_id, resident_id, role) values (?, ?, ?, ?)
                    on conflict do nothing""")
                    .params(record.communityId(), record.id(), residentId, person.role().name()).update();
        } else {
            changed = jdbc.sql("delete from patrol_attendance where record_id = ? and resident_id = ?")
                    .params(record.id(), residentId).update();
        }
        if (changed > 0) {
            audit.record(record.communityId(), "PATROL_ATTENDANCE_MARKED", SUBJECT, record.id(),
                    "resident " + residentId + (present ? " present" : " not present"));
        }
    }

    /** The study topic alone, as the phone saves it when the secretary leaves the field. */
    @Transactional
    public void recordStudyTopic(Actor actor, int branchNumber, LocalDate date, String studyTopic) {
        PatrolRecord record = openFor(actor, branchNumber, date);
        String topic = topic(studyTopic);
        if (!topic.equals(record.studyTopic())) {
            jdbc.sql("update patrol_record set study_topic = ? where id = ?").params(topic, record.id()).update();
            audit.record(record.communityId(), "PATROL_STUDY_TOPIC_RECORDED", SUBJECT, record.id(), topic);
        }
    }

    /** Stores the topic and attendance of a record in two statements plus one batch. */
    private void writeAttendance(PatrolRecord record, String topic, List<AttendanceCandidate> people) {
        jdbc.sql("update patrol_record set study_topic = ? where id = ?").params(topic, record.id()).update();
        jdbc.sql("delete from patrol_attendance where record_id = ?").param(record.id()).update();
        batch.batchUpdate("insert into patrol_attendance (community_id, record_id, resident_id, role) values (?, ?, ?, ?)",
                people.stream().map(p -> new Object[] {record.communityId(), record.id(), p.residentId(),
                        p.role().name()}).toList());
    }

    /**
     * A patrol recorded after the day in one go, as from the paper list: topic, attendance and checklist,
     * closed by whoever wrote it up. Findings may still be filed on it.
     */
    @Transactional
    public PatrolRecord recordAfterwards(PatrolSchedule schedule, LocalDate date, String by, OffsetDateTime at,
            String studyTopic, List<AttendanceCandidate> people, Map<String, PatrolRecordCheckStatus> checks) {
        PatrolRecord record = open(schedule, date, by, at);
        writeAttendance(record, topic(studyTopic), people);
        writeChecks(record, checks);
        jdbc.sql("update patrol_record set closed_by = ?, closed_at = ? where id = ?").params(by, at, record.id())
                .update();
        announceClosed(schedule, get(record.communityId(), record.id()), by);
        return get(record.communityId(), record.id());
    }

    /** Replaces the checklist: the items walked, each fine or with a problem; unknown items are refused. */
    @Transactional
    public PatrolRecord recordChecks(Actor actor, int branchNumber, LocalDate date,
            Map<String, PatrolRecordCheckStatus> checks) {
        PatrolRecord record = openFor(actor, branchNumber, date);
        PatrolSchedule schedule = schedules.schedule(actor.communityId(), branchNumber);
        Set<String> known = checklist(schedule, Optional.empty()).stream().map(PatrolRecordCheck::key)
                .collect(Collectors.toSet());
        if (!known.containsAll(checks.keySet())) {
            throw InvalidInput.of("checks", "patrol.day.validation.checks");
        }
        writeChecks(record, checks);
        audit.record(record.communityId(), "PATROL_CHECKS_RECORDED", SUBJECT, record.id(),
                checks.size() + " of " + known.size() + " checked");
        return record;
    }

    /**
     * One item of the checklist, saved as soon as it is ticked so that nothing waits on a save button: fine, a
     * problem, or null for not walked. Setting an item to what it already is changes nothing.
     */
    @Transactional
    public void recordCheck(Actor actor, int branchNumber, LocalDate date, String item,
            PatrolRecordCheckStatus status) {
        PatrolRecord record = openFor(actor, branchNumber, date);
        PatrolSchedule schedule = schedules.schedule(actor.communityId(), branchNumber);
        PatrolRecordCheck check = checklist(schedule, Optional.of(record.id())).stream()
                .filter(c -> c.key().equals(item)).findFirst()
                .orElseThrow(() -> InvalidInput.of("checks", "patrol.day.validation.checks"));
        if (check.status() == status) {
            return;
        }
        jdbc.sql("delete from patrol_check where record_id = ? and item_key = ?").params(record.id(), item).update();
        if (status != null) {
            jdbc.sql("insert into patrol_check (community_id, record_id, item_key, status) values (?, ?, ?, ?)")
                    .params(record.communityId(), record.id(), item, status.name()).update();
        }
        audit.record(record.communityId(), "PATROL_CHECK_RECORDED", SUBJECT, record.id(),
                item + ": " + (status == null ? "not walked" : status.name()));
    }

    private void writeChecks(PatrolRecord record, Map<String, PatrolRecordCheckStatus> checks) {
        jdbc.sql("delete from patrol_check where record_id = ?").param(record.id()).update();
        batch.batchUpdate("insert into patrol_check (community_id, record_id, item_key, status) values (?, ?, ?, ?)",
                checks.entrySet().stream().map(e -> new Object[] {record.communityId(), record.id(), e.getKey(),
                        e.getValue().name()}).toList());
    }

    /** Closes the day's record: attendance and checklist are final from now on. */
    @Transactional
    public PatrolRecord close(Actor actor, int branchNumber, LocalDate date) {
        PatrolRecord record = openFor(actor, branchNumber, date);
        jdbc.sql("update patrol_record set closed_by = ?, closed_at = ? where id = ?")
                .params(actor.username(), OffsetDateTime.now(clock), record.id()).update();
        audit.record(record.communityId(), "PATROL_RECORD_CLOSED", SUBJECT, record.id(), date.toString());
        PatrolRecord closed = get(record.communityId(), record.id());
        announceClosed(schedules.schedule(actor.communityId(), branchNumber), closed, actor.displayName());
        return closed;
    }

    private void announceClosed(PatrolSchedule schedule, PatrolRecord record, String by) {
        List<Long> present = jdbc.sql("select resident_id from patrol_attendance where record_id = ? order by id")
                .param(record.id()).query(Long.class).list();
        events.publishEvent(new PatrolDayClosed(record.communityId(), record.id(), schedule.branchNumber(),
                schedule.branchName(), record.patrolDate(), schedule.durationMinutes(), record.studyTopic(), by,
                present));
    }

    /** The branch's stairwells and the landmarks in its grids, each with how the day's patrol found it. */
    public List<PatrolRecordCheck> checklist(PatrolSchedule schedule, Optional<Long> recordId) {
        Map<String, PatrolRecordCheckStatus> done = recordId.map(id -> jdbc.sql(
                        "select item_key, status from patrol_check where record_id = ?").param(id)
                .query((rs, n) -> Map.entry(rs.getString("item_key"),
                        PatrolRecordCheckStatus.valueOf(rs.getString("status"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .orElse(Map.of());
        List<PatrolRecordCheck> items = new ArrayList<>(jdbc.sql("""
                select s.code, s.building_number, s.unit_number from register_stairwell s
                where s.community_id = ? and s.grid_branch_id = ?
                order by s.building_number, s.unit_number""")
                .params(schedule.communityId(), schedule.gridBranchId())
                .query((rs, n) -> new CasePlace(CasePlace.Kind.STAIRWELL, rs.getString("code"),
                        rs.getInt("building_number"), rs.getInt("unit_number")))
                .list().stream().map(p -> check(PatrolRecordCheck.STAIRWELL, p, done)).toList());
        Set<Integer> grids = schedules.grids(schedule).stream().map(BranchGrid::number).collect(Collectors.toSet());
        for (Landmark landmark : Landmark.values()) {
            if (grids.contains(landmark.gridNumber())) {
                items.add(check(PatrolRecordCheck.LANDMARK,
                        new CasePlace(CasePlace.Kind.LANDMARK, landmark.name(), null, null), done));
            }
        }
        return items;
    }

    /**
     * Per branch and month from {@code from} to {@code to}: patrols recorded and people attending them (a person
     * counted once per patrol). Every branch and month is listed, with zeros where nothing was recorded.
     */
    /** Attendance per branch and month, for the branches whose measures the actor may see. */
    public List<AttendanceMeasure> attendanceVisibleTo(Actor actor, YearMonth from, YearMonth to) {
        Permissions.require(CaseMeasures.mayView(actor));
        if (from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw InvalidInput.of("from", "measures.validation.order");
        }
        Set<Integer> visible = actor.hasAny(Role.RC_STAFF, Role.SUBDISTRICT_OFFICER, Role.ADMIN) ? null
                : schedules.schedules(actor.communityId()).stream()
                        .filter(s -> actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH)
                                .contains(s.gridBranchId()))
                        .map(PatrolSchedule::branchNumber).collect(Collectors.toSet());
        return attendanceByBranchAndMonth(actor.communityId(), from, to).stream()
                .filter(m -> visible == null || visible.contains(m.branchNumber())).toList();
    }

    /** Patrols and attendances per branch over the months, summed; only the branches the actor may see. */
    public List<PatrolAttendance> attendanceTotalsVisibleTo(Actor actor, YearMonth from, YearMonth to) {
        return totals(attendanceVisibleTo(actor, from, to));
    }

    /** Patrols and attendances per branch of the community over the months, summed: figures anybody may see. */
    public List<PatrolAttendance> attendanceTotals(long communityId, YearMonth from, YearMonth to) {
        return totals(attendanceByBranchAndMonth(communityId, from, to));
    }

    private static List<PatrolAttendance> totals(List<AttendanceMeasure> months) {
        Map<Integer, int[]> sums = new java.util.TreeMap<>();
        for (AttendanceMeasure m : months) {
            int[] sum = sums.computeIfAbsent(m.branchNumber(), b -> new int[2]);
            sum[0] += m.patrols();
            sum[1] += m.attendees();
        }
        return sums.entrySet().stream()
                .map(e -> new PatrolAttendance(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    public List<AttendanceMeasure> attendanceByBranchAndMonth(long communityId, YearMonth from, YearMonth to) {
        Map<String, AttendanceMeasure> held = jdbc.sql("""
                select b.number as branch_number, extract(year from r.patrol_date) as y,
                    extract(month from r.patrol_date) as m,
                    count(distinct r.id) as patrols, count(a.id) as attendees
                from patrol_record r join register_branch b on b.id = r.grid_branch_id
                left join patrol_attendance a on a.record_id = r.id
                where r.community_id = ? and r.patrol_date between ? and ?
                group by b.number, extract(year from r.patrol_date), extract(month from r.patrol_date)""")
                .params(communityId, from.atDay(1), to.atEndOfMonth())
                .query((rs, n) -> new AttendanceMeasure(rs.getInt("branch_number"),
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getInt("patrols"), rs.getInt("attendees")))
                .list().stream().collect(Collectors.toMap(m -> m.branchNumber() + "/" + m.month(),
                        Function.identity()));
        List<AttendanceMeasure> all = new ArrayList<>();
        for (PatrolSchedule branch : schedules.schedules(communityId)) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                all.add(held.getOrDefault(branch.branchNumber() + "/" + month,
                        new AttendanceMeasure(branch.branchNumber(), month, 0, 0)));
            }
        }
        return all;
    }

    private PatrolRecord openFor(Actor actor, int branchNumber, LocalDate date) {
        PatrolSchedule schedule = recordable(actor, branchNumber);
        heldOn(schedule, date);
        PatrolRecord record = open(schedule, date, actor.username(), OffsetDateTime.now(clock));
        record.requireOpen();
        return record;
    }

    private static PatrolRecordCheck check(String prefix, CasePlace place,
            Map<String, PatrolRecordCheckStatus> done) {
        String key = prefix + place.code();
        return new PatrolRecordCheck(key, place, done.get(key));
    }

    private static String topic(String text) {
        String topic = text == null ? "" : text.strip();
        if (topic.isEmpty() || topic.length() > MAX_TOPIC) {
            throw InvalidInput.of("studyTopic", "patrol.day.validation.studyTopic", MAX_TOPIC);
        }
        return topic;
    }
}
