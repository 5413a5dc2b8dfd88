package org.gongzhi.community.resident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.jdbc.BulkCopy;
import org.gongzhi.shared.pii.PiiCipher;

/**
 * Registers many residents of one community inside the caller's transaction, by the same rules as
 * {@link Residents#register}, but with the community's stairwells, units, active households and ID digests read once
 * and the residents (and their audit entries) written {@value #BATCH} to a statement, or {@value #COPY_BATCH} to a
 * COPY on PostgreSQL. Nothing but the current batch of residents is held.
 */
final class BulkRegistration {

    static final int BATCH = 500;
    static final int COPY_BATCH = 5_000;
    private static final List<String> COPY_COLUMNS = List.of("id", "community_id", "household_id", "name", "gender",
            "birth_date", "phone", "phone_tail", "id_card_cipher", "id_card_digest", "id_card_masked", "relation",
            "residence_type", "party_member", "moved_in");
    private static final List<String> COLUMNS = List.of("name", "gender", "born", "phone", "tail", "cipher", "digest",
            "masked", "relation", "type", "member");
    private static final String INSERT = """
            insert into resident (community_id, household_id, name, gender, birth_date, phone, phone_tail,
                id_card_cipher, id_card_digest, id_card_masked, relation, residence_type, party_member, moved_in)
            values\s""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final long communityId;
    private final JdbcClient jdbc;
    private final Residents residents;
    private final PiiCipher cipher;
    private final AuditTrail audit;
    private final BulkCopy copy;
    private final int batch;
    private final Map<String, Long> stairwells = new HashMap<>();
    private final Map<String, Long> units = new HashMap<>();
    private final Map<Long, Long> households = new HashMap<>();
    private final Set<String> idDigestsInUse = new HashSet<>();
    private final List<Pending> pending;
    private int registered;

    BulkRegistration(long communityId, JdbcClient jdbc, Residents residents, PiiCipher cipher, AuditTrail audit,
            BulkCopy copy) {
        this.communityId = communityId;
        this.jdbc = jdbc;
        this.residents = residents;
        this.cipher = cipher;
        this.audit = audit;
        this.copy = copy;
        this.batch = copy.available() ? COPY_BATCH : BATCH;
        this.pending = new ArrayList<>(batch);
        jdbc.sql("select id, code from stairwell where community_id = ?").param(communityId)
                .query(rs -> {
                    stairwells.put(rs.getString("code"), rs.getLong("id"));
                });
        jdbc.sql("select id, stairwell_id, room from unit where community_id = ?").param(communityId)
                .query(rs -> {
                    units.put(unitKey(rs.getLong("stairwell_id"), rs.getString("room")), rs.getLong("id"));
                });
        jdbc.sql("""
                select unit_id, min(id) as household from household where community_id = ? and dissolved_on is null
                group by unit_id""").param(communityId)
                .query(rs -> {
                    households.put(rs.getLong("unit_id"), rs.getLong("household"));
                });
        jdbc.sql("""
                select id_card_digest from resident
                where community_id = ? and moved_out is null and id_card_digest is not null""").param(communityId)
                .query(rs -> {
                    idDigestsInUse.add(rs.getString(1));
                });
    }

    /** The rules of {@link Residents#check}, answered from what was read at the start. */
    ResidentInput.Valid check(ResidentInput input) {
        return residents.check(input, this::unitAt, id -> idDigestsInUse.contains(cipher.digest(id.value())));
    }

    /** Queues a resident that passed {@link #check}; written with the next full batch or {@link #finish}. */
    void add(ResidentInput.Valid resident) {
        long unit = unitAt(resident.stairwellCode(), resident.room(), new ArrayList<>()).orElseThrow();
        long household = households.computeIfAbsent(unit, u -> formHousehold(u, resident.movedIn()));
        pending.add(new Pending(household, resident));
        if (pending.size() == batch) {
            flush();
        }
    }

    /** Writes what is still queued; the number of residents registered. */
    int finish() {
        flush();
        return registered;
    }

    private Optional<Long> unitAt(String stairwellCode, String room, List<Problem> problems) {
        Long stairwell = stairwells.get(stairwellCode);
        if (stairwell == null) {
            problems.add(new Problem("stairwellCode", "validation.stairwell.unknown", stairwellCode));
            return Optional.empty();
        }
        Long unit = units.get(unitKey(stairwell, room));
        if (unit == null) {
            problems.add(new Problem("room", "validation.room.unknown", stairwellCode, room));
        }
        return Optional.ofNullable(unit);
    }

    private static String unitKey(long stairwell, String room) {
        return stairwell + "/" + room;
    }

    private long formHousehold(long unitId, LocalDate on) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into household (community_id, unit_id, formed_on) values (?, ?, ?)")
                .params(communityId, unitId, on).update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = copy.available() ? copied() : inserted();
        if (ids.size() != pending.size()) {
            throw new IllegalStateException("wrote " + pending.size() + " residents but got " + ids.size() + " ids");
        }
        List<AuditTrail.Subject> subjects = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            subjects.add(new AuditTrail.Subject(ids.get(i), Residents.registeredDetail(pending.get(i).resident())));
        }
        audit.recordEach(communityId, Residents.REGISTERED, Residents.SUBJECT, subjects);
        registered += pending.size();
        pending.clear();
    }

    /** The pending residents by one multi-row insert; their ids in order. */
    private List<Long> inserted() {
        List<Object> values = new ArrayList<>(pending.size() * (COLUMNS.size() + 3));
        for (Pending p : pending) {
            Map<String, Object> person = residents.personParams(p.resident());
            values.add(communityId);
            values.add(p.household());
            COLUMNS.forEach(c -> values.add(person.get(c)));
            values.add(p.resident().movedIn());
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT + String.join(", ", Collections.nCopies(pending.size(), ROW))).params(values)
                .update(keys, "id");
        return keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
    }

    /** The pending residents by COPY under ids taken from the table's identity beforehand; those ids in order. */
    private List<Long> copied() {
        List<Long> ids = copy.reserveIds("resident", pending.size());
        List<Object[]> rows = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            Map<String, Object> person = residents.personParams(p.resident());
            Object[] row = new Object[COPY_COLUMNS.size()];
            row[0] = ids.get(i);
            row[1] = communityId;
            row[2] = p.household();
            for (int c = 0; c < COLUMNS.size(); c++) {
                row[3 + c] = person.get(COLUMNS.get(c));
            }
            row[row.length - 1] = p.resident().movedIn();
            rows.add(row);
        }
        copy.copy("resident", COPY_COLUMNS, rows);
        return ids;
    }

    private record Pending(long household, ResidentInput.Valid resident) {
    }
}
