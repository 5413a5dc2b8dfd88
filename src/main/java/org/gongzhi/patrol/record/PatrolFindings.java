package org.gongzhi.patrol.record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.cases.CaseActor;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.ResidentReport;
import org.gongzhi.cases.ResidentReports;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.security.Actor;

/**
 * Problems found on a patrol day, each filed at once as a work order. A finding sent again with the same key,
 * because a phone lost its connection and retried, returns the first one instead of filing a second case.
 */
@Service
public class PatrolFindings {

    private final JdbcClient jdbc;
    private final PatrolRecords records;
    private final PatrolFindingQueries queries;
    private final CasePlaces places;
    private final ResidentReports reports;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PatrolFindings(JdbcClient jdbc, PatrolRecords records, PatrolFindingQueries queries,
            CasePlaces places, ResidentReports reports, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.queries = queries;
        this.places = places;
        this.reports = reports;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Files the finding as a case, or returns the one already filed under its key. */
    public Reported report(Actor actor, int branchNumber, LocalDate date, PatrolFindingInput input,
            PhotoUpload photo) {
        PatrolSchedule schedule = records.recordable(actor, branchNumber);
        records.heldOn(schedule, date);
        PatrolFindingInput.Valid valid = input.validate();
        Optional<Reported> earlier = earlier(schedule, date, valid.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CasePlaces.Located where = placeInBranch(schedule, valid.what());
        CaseActor who = CaseActor.of(actor);
        try {
            return new Reported(transaction.execute(status -> file(schedule, date, valid, where, photo, who,
                    actor.username(), OffsetDateTime.now(clock))), true);
        } catch (KeyTaken raced) {
            return earlier(schedule, date, valid.idempotencyKey()).orElseThrow();
        }
    }

    /**
     * Opens the day's record if need be, files the case and stores the finding; the demo files its year here too.
     * Late findings are taken even on a closed record: they were made on the day and only uploaded later.
     */
    public PatrolFinding file(PatrolSchedule schedule, LocalDate date, PatrolFindingInput.Valid valid,
            CasePlaces.Located where, PhotoUpload photo, CaseActor who, String by, OffsetDateTime at) {
        PatrolRecord record = records.open(schedule, date, by, at);
        ResidentReport what = valid.what();
        ResidentReports.FiledFinding filed = reports.reportFinding(schedule.communityId(), what.category(),
                what.description(), where, photo, who, at);
        int stored = jdbc.sql("""
                insert into patrol_finding (community_id, record_id, category, place_kind, place_code, severity,
                    description, photo_id, work_order_id, idempotency_key, reported_by, reported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(schedule.communityId(), record.id(), what.category().name(), where.place().kind().name(),
                        where.place().code(), valid.severity().name(), what.description(), filed.photoId(),
                        filed.caseId(), valid.idempotencyKey(), by, at)
                .update();
        if (stored == 0) {
            throw new KeyTaken();
        }
        return queries.byKey(schedule.communityId(), valid.idempotencyKey()).orElseThrow();
    }

    /** Where the finding is, which must be in one of the branch's own grids. */
    public CasePlaces.Located placeInBranch(PatrolSchedule schedule, ResidentReport what) {
        CasePlaces.Located where = places.locate(schedule.communityId(), what.placeKind(), what.placeCode());
        Set<Long> grids = Set.copyOf(jdbc.sql(
                "select id from register_grid where community_id = ? and grid_branch_id = ?")
                .params(schedule.communityId(), schedule.gridBranchId()).query(Long.class).list());
        if (!grids.contains(where.gridId())) {
            throw InvalidInput.of("placeCode", "patrol.day.validation.placeOutside", what.placeCode());
        }
        return where;
    }

    private Optional<Reported> earlier(PatrolSchedule schedule, LocalDate date, String key) {
        return queries.byKey(schedule.communityId(), key).map(found -> {
            if (!records.find(schedule, date).map(r -> r.id() == found.recordId()).orElse(false)) {
                throw InvalidInput.of("idempotencyKey", "patrol.day.validation.idempotencyKeyReused");
            }
            return new Reported(found, false);
        });
    }

    /** The finding, and whether this request filed it or an earlier one with the same key had. */
    public record Reported(PatrolFinding finding, boolean created) {
    }

    /** Another request stored a finding under the same key meanwhile; this one's case is rolled back. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }
}
