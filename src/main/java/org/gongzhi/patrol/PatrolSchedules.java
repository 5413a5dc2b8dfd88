package org.gongzhi.patrol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.patrol.record.PatrolDayReading;
import org.gongzhi.patrol.schedule.OccurrenceChange;
import org.gongzhi.patrol.schedule.PatrolException;
import org.gongzhi.patrol.schedule.ScheduleInput;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;

/** The grid branches' monthly patrol schedules: setting them up, changing them, and moving or cancelling one. */
@Service
public class PatrolSchedules {

    public static final String SUBJECT = "patrol_schedule";
    static final LocalTime DEFAULT_START = LocalTime.of(14, 0);
    static final int DEFAULT_MINUTES = 120;
    static final String DEFAULT_STUDY_TOPIC = "主题党日学习";
    /** Schedules set up by default count from here, so that the same dates come out whenever they are seeded. */
    static final LocalDate DEFAULT_STARTS_ON = LocalDate.of(2026, 1, 1);

    private static final String SELECT_SCHEDULE = """
            select s.id, s.community_id, s.grid_branch_id, b.number as branch_number, b.name as branch_name,
                s.reading, s.start_time, s.duration_minutes, s.meeting_point, s.study_topic, s.starts_on
            from patrol_schedule s join register_branch b on b.id = s.grid_branch_id
            where s.community_id = :community""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PatrolSchedules(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Gives every grid branch of the community that has no schedule the default one; returns how many. */
    @Transactional
    public int seedDefaults(long communityId) {
        int created = jdbc.sql("""
                insert into patrol_schedule (community_id, grid_branch_id, reading, start_time, duration_minutes,
                    meeting_point, study_topic, starts_on)
                select b.community_id, b.id, :reading, :start, :minutes, replace(b.name, '党支部', '党群服务站'),
                    :topic, :startsOn
                from register_branch b
                where b.community_id = :community
                and not exists (select 1 from patrol_schedule s where s.grid_branch_id = b.id)""")
                .param("reading", PatrolDayReading.DEFAULT.name()).param("start", DEFAULT_START)
                .param("minutes", DEFAULT_MINUTES).param("topic", DEFAULT_STUDY_TOPIC)
                .param("startsOn", DEFAULT_STARTS_ON).param("community", communityId)
                .update();
        if (created > 0) {
            audit.record(communityId, "PATROL_SCHEDULES_SEEDED", SUBJECT, null, created + " grid branches");
        }
        return created;
    }

    /** The community this instance serves when a request names none: the first one registered. */
    public long defaultCommunity() {
        return jdbc.sql("select min(id) from register_community").query(Long.class).optional()
                .orElseThrow(() -> new NotFound("community"));
    }

    public List<PatrolSchedule> schedules(long communityId) {
        return jdbc.sql(SELECT_SCHEDULE + " order by b.number")
                .param("community", communityId).query(Rows.of(PatrolSchedule.class)).list();
    }

    public PatrolSchedule schedule(long communityId, int branchNumber) {
        return jdbc.sql(SELECT_SCHEDULE + " and b.number = :number")
                .param("community", communityId).param("number", branchNumber)
                .query(Rows.of(PatrolSchedule.class)).optional()
                .orElseThrow(() -> new NotFound("grid branch " + branchNumber));
    }

    public List<BranchGrid> grids(PatrolSchedule schedule) {
        return jdbc.sql("""
                select number, name from register_grid where community_id = ? and grid_branch_id = ?
                order by number""")
                .params(schedule.communityId(), schedule.gridBranchId()).query(Rows.of(BranchGrid.class)).list();
    }

    /** Every branch's (or one branch's) patrols whose original date lies from {@code from} to {@code to}. */
    public List<BranchPatrols> between(long communityId, Optional<Integer> branchNumber, LocalDate from,
            LocalDate to) {
        List<PatrolSchedule> schedules = branchNumber.map(n -> List.of(schedule(communityId, n)))
                .orElseGet(() -> schedules(communityId));
        Map<Long, Map<LocalDate, PatrolException>> exceptions = exceptions(communityId, from, to);
        return schedules.stream().map(s -> new BranchPatrols(s, s.rule()
                        .datesBetween(from.isBefore(s.startsOn()) ? s.startsOn() : from, to).stream()
                        .map(d -> PatrolOccurrence.of(s, d,
                                Optional.ofNullable(exceptions.getOrDefault(s.id(), Map.of()).get(d))))
                        .toList()))
                .toList();
    }

    /** The patrols of a calendar year; a patrol belongs to the year of its original date. */
    public List<PatrolOccurrence> inYear(long communityId, Optional<Integer> branchNumber, Year year) {
        return between(communityId, branchNumber, year.atDay(1), year.atMonth(12).atEndOfMonth()).stream()
                .flatMap(b -> b.occurrences().stream()).toList();
    }

    /** Every patrol from today for the given number of months. */
    public List<BranchPatrols> upcoming(long communityId, Optional<Integer> branchNumber, int months) {
        LocalDate today = today();
        return between(communityId, branchNumber, today, today.plusMonths(months));
    }

    /** The moved and cancelled patrols of a schedule that its rule still gives, in date order. */
    public List<PatrolException> exceptionsOf(PatrolSchedule schedule) {
        return jdbc.sql("""
                select schedule_id, original_date, kind, new_date, new_start_time, reason, changed_by, changed_at
                from patrol_exception where schedule_id = ? order by original_date""")
                .param(schedule.id()).query(Rows.of(PatrolException.class)).list().stream()
                .filter(e -> schedule.isOccurrence(e.originalDate())).toList();
    }

    @Transactional
    public PatrolSchedule change(long communityId, int branchNumber, ScheduleInput input) {
        PatrolSchedule before = schedule(communityId, branchNumber);
        ScheduleInput.Valid v = input.validate();
        jdbc.sql("""
                update patrol_schedule set start_time = ?, duration_minutes = ?, meeting_point = ?, study_topic = ?,
                    reading = ? where id = ? and community_id = ?""")
                .params(v.start(), v.durationMinutes(), v.meetingPoint(), v.studyTopic(), v.reading().name(),
                        before.id(), communityId)
                .update();
        audit.record(communityId, "PATROL_SCHEDULE_CHANGED", SUBJECT, before.id(), changes(before, v));
        return schedule(communityId, branchNumber);
    }

    /** Moves or cancels one patrol; a patrol already moved or cancelled can be changed again. */
    @Transactional
    public PatrolOccurrence except(long communityId, int branchNumber, OccurrenceChange change) {
        return except(communityId, branchNumber, change, today());
    }

    /** Records a change whatever today is: the demo's exceptions in 2027 must load in any year. */
    @Transactional
    PatrolOccurrence recordException(long communityId, int branchNumber, OccurrenceChange change) {
        return except(communityId, branchNumber, change, LocalDate.MIN);
    }

    private PatrolOccurrence except(long communityId, int branchNumber, OccurrenceChange change, LocalDate today) {
        PatrolSchedule schedule = schedule(communityId, branchNumber);
        OccurrenceChange.Valid v = change.validate(schedule, today);
        Optional<PatrolException> before = exceptionOn(schedule, v.originalDate());
        String by = Actor.current().map(Actor::username).orElse("system");
        OffsetDateTime at = OffsetDateTime.now(clock);
        jdbc.sql(before.isPresent() ? """
                update patrol_exception set kind = :kind, new_date = :newDate, new_start_time = :newStart,
                    reason = :reason, changed_by = :by, changed_at = :at
                where schedule_id = :schedule and original_date = :original""" : """
                insert into patrol_exception (community_id, schedule_id, original_date, kind, new_date,
                    new_start_time, reason, changed_by, changed_at)
                values (:community, :schedule, :original, :kind, :newDate, :newStart, :reason, :by, :at)""")
                .param("community", communityId).param("schedule", schedule.id())
                .param("original", v.originalDate()).param("kind", v.kind().name())
                .param("newDate", v.newDate()).param("newStart", v.newStart())
                .param("reason", v.reason()).param("by", by).param("at", at)
                .update();
        PatrolOccurrence was = PatrolOccurrence.of(schedule, v.originalDate(), before);
        PatrolOccurrence now = PatrolOccurrence.of(schedule, v.originalDate(), exceptionOn(schedule,
                v.originalDate()));
        audit.record(communityId, "PATROL_" + v.kind().name(), SUBJECT, schedule.id(),
                describe(was) + " → " + describe(now) + ": " + v.reason());
        return now;
    }

    private Optional<PatrolException> exceptionOn(PatrolSchedule schedule, LocalDate originalDate) {
        return jdbc.sql("""
                select schedule_id, original_date, kind, new_date, new_start_time, reason, changed_by, changed_at
                from patrol_exception where schedule_id = ? and original_date = ?""")
                .params(schedule.id(), originalDate).query(Rows.of(PatrolException.class)).optional();
    }

    private Map<Long, Map<LocalDate, PatrolException>> exceptions(long communityId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select schedule_id, original_date, kind, new_date, new_start_time, reason, changed_by, changed_at
                from patrol_exception where community_id = ? and original_date between ? and ?""")
                .params(communityId, from, to).query(Rows.of(PatrolException.class)).list().stream()
                .collect(Collectors.groupingBy(PatrolException::scheduleId,
                        Collectors.toMap(PatrolException::originalDate, e -> e)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String describe(PatrolOccurrence o) {
        return o.status() + " " + o.date() + " " + o.start();
    }

    private static String changes(PatrolSchedule before, ScheduleInput.Valid v) {
        List<String> changes = new ArrayList<>();
        change(changes, "start", before.startTime(), v.start());
        change(changes, "durationMinutes", before.durationMinutes(), v.durationMinutes());
        change(changes, "meetingPoint", before.meetingPoint(), v.meetingPoint());
        change(changes, "studyTopic", before.studyTopic(), v.studyTopic());
        change(changes, "reading", before.reading(), v.reading());
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static void change(List<String> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(field + ": " + from + " → " + to);
        }
    }
}
