package org.gongzhi.community.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.BulkCopy;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.pii.PiiCipher;
import org.gongzhi.shared.security.SecondFactor;

/** Registering, correcting and moving out residents. History is kept: nobody is ever deleted. */
@Service
public class Residents {

    static final String SUBJECT = "resident";
    static final String REGISTERED = "RESIDENT_REGISTERED";

    private final JdbcClient jdbc;
    private final SecondFactor secondFactor;
    private final PiiCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final BulkCopy copy;

    Residents(JdbcClient jdbc, PiiCipher cipher, AuditTrail audit, Clock clock, SecondFactor secondFactor,
            BulkCopy copy) {
        this.secondFactor = secondFactor;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.copy = copy;
    }

    /** The rules a new resident must meet, without writing anything. */
    public ResidentInput.Valid check(long communityId, ResidentInput input) {
        return check(input, (code, room, problems) -> unitAt(communityId, code, room, problems),
                id -> activeWithIdCard(communityId, id, null));
    }

    /** Where a new resident's unit is found, and whether an ID number is already an active resident's. */
    interface UnitFinder {
        Optional<Long> unitAt(String stairwellCode, String room, List<Problem> problems);
    }

    ResidentInput.Valid check(ResidentInput input, UnitFinder units, Predicate<IdCardNumber> idCardInUse) {
        List<Problem> problems = new ArrayList<>();
        ResidentInput.Valid valid = null;
        try {
            valid = input.validate(today(), true);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        boolean placed = input.hasAddress()
                && units.unitAt(input.stairwellCodeText(), input.roomText(), problems).isPresent();
        if (placed && valid != null && valid.idCard() != null && idCardInUse.test(valid.idCard())) {
            problems.add(new Problem("idCard", "validation.idCard.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }

    @Transactional
    public long register(long communityId, ResidentInput input) {
        ResidentInput.Valid v = check(communityId, input);
        long unitId = unitAt(communityId, v.stairwellCode(), v.room(), new ArrayList<>()).orElseThrow();
        long householdId = activeHousehold(unitId).orElseGet(() -> formHousehold(communityId, unitId, v.movedIn()));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into resident (community_id, household_id, name, gender, birth_date, phone, phone_tail,
                    id_card_cipher, id_card_digest, id_card_masked, relation, residence_type, party_member, moved_in)
                values (:community, :household, :name, :gender, :born, :phone, :tail,
                    :cipher, :digest, :masked, :relation, :type, :member, :movedIn)""")
                .param("community", communityId).param("household", householdId)
                .params(personParams(v))
                .param("movedIn", v.movedIn())
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        audit.record(communityId, REGISTERED, SUBJECT, id, registeredDetail(v));
        return id;
    }

    /**
     * A registration of many residents in the caller's transaction: the community's stairwells, units, households
     * and ID digests read once, the residents written in multi-row inserts (COPY on PostgreSQL).
     */
    BulkRegistration bulk(long communityId) {
        return new BulkRegistration(communityId, jdbc, this, cipher, audit, copy);
    }

    /** Corrects a resident's personal data; {@code version} guards against overwriting someone else's edit. */
    @Transactional
    public void correct(long communityId, long residentId, int version, ResidentInput input) {
        Stored before = stored(communityId, residentId);
        ResidentInput.Valid v = keepingBlankNumbers(input, before).validate(today(), false);
        if (v.idCard() != null && activeWithIdCard(communityId, v.idCard(), residentId)) {
            throw InvalidInput.of("idCard", "validation.idCard.duplicate");
        }
        int changed = jdbc.sql("""
                update resident set name = :name, gender = :gender, birth_date = :born, phone = :phone,
                    phone_tail = :tail, id_card_cipher = :cipher, id_card_digest = :digest, id_card_masked = :masked,
                    relation = :relation, residence_type = :type, party_member = :member, version = version + 1
                where id = :id and community_id = :community and version = :version""")
                .params(personParams(v))
                .param("id", residentId).param("community", communityId).param("version", version)
                .update();
        if (changed == 0) {
            throw InvalidInput.of("version", "validation.staleEdit");
        }
        audit.record(communityId, "RESIDENT_CORRECTED", SUBJECT, residentId, before.describeChanges(v));
    }

    /**
     * Corrects one field of a resident's entry as the resident asked ({@link CorrectionRequests}), through the same
     * checks and audit entry as a correction on the edit form.
     */
    @Transactional
    public void applyCorrection(long communityId, long residentId, CorrectionField field, String value) {
        Stored r = stored(communityId, residentId);
        int version = jdbc.sql("select version from resident where id = ?").param(residentId).query(Integer.class)
                .single();
        ResidentInput input = new ResidentInput(
                field == CorrectionField.NAME ? value : r.name(),
                field == CorrectionField.GENDER ? value : r.gender(),
                field == CorrectionField.BIRTH_DATE ? value : r.birthDate().toString(),
                field == CorrectionField.PHONE ? value : null, null,
                field == CorrectionField.RELATION ? value : r.relation(),
                r.residenceType(), Boolean.toString(r.partyMember()), null, null, null);
        correct(communityId, residentId, version, input);
    }

    /** Ends a residence; the household is dissolved when its last member leaves. */
    @Transactional
    public void moveOut(long communityId, long residentId, LocalDate on) {
        Stored r = stored(communityId, residentId);
        if (r.movedOut() != null) {
            throw InvalidInput.of("movedOut", "validation.movedOut.already");
        }
        LocalDate date = on == null ? today() : on;
        if (date.isBefore(r.movedIn()) || date.isAfter(today())) {
            throw InvalidInput.of("movedOut", "validation.movedOut.range");
        }
        jdbc.sql("update resident set moved_out = ?, version = version + 1 where id = ?")
                .params(date, residentId).update();
        long stillThere = jdbc.sql("select count(*) from resident where household_id = ? and moved_out is null")
                .param(r.householdId()).query(Long.class).single();
        if (stillThere == 0) {
            jdbc.sql("update household set dissolved_on = ? where id = ?").params(date, r.householdId()).update();
        }
        audit.record(communityId, "RESIDENT_MOVED_OUT", SUBJECT, residentId, "moved out on " + date);
    }

    /**
     * The full ID-card number, for the few who may see it, in a sign-in that passed the second factor where the
     * policy asks for one; every reveal is audited.
     */
    public Optional<String> revealIdCard(long communityId, long residentId) {
        secondFactor.requireForPersonalData();
        Stored r = stored(communityId, residentId);
        audit.record(communityId, "ID_CARD_REVEALED", SUBJECT, residentId, null);
        return Optional.ofNullable(r.idCardCipher()).map(cipher::decrypt);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Optional<Long> unitAt(long communityId, String stairwellCode, String room, List<Problem> problems) {
        Optional<Long> stairwell = jdbc.sql("select id from stairwell where community_id = ? and code = ?")
                .params(communityId, stairwellCode).query(Long.class).optional();
        if (stairwell.isEmpty()) {
            problems.add(new Problem("stairwellCode", "validation.stairwell.unknown", stairwellCode));
            return Optional.empty();
        }
        Optional<Long> unit = jdbc.sql("select id from unit where stairwell_id = ? and room = ?")
                .params(stairwell.get(), room).query(Long.class).optional();
        if (unit.isEmpty()) {
            problems.add(new Problem("room", "validation.room.unknown", stairwellCode, room));
        }
        return unit;
    }

    private boolean activeWithIdCard(long communityId, IdCardNumber id, Long except) {
        return jdbc.sql("""
                select count(*) from resident where community_id = ? and id_card_digest = ? and moved_out is null
                and id <> ?""")
                .params(communityId, cipher.digest(id.value()), except == null ? -1L : except)
                .query(Long.class).single() > 0;
    }

    private Optional<Long> activeHousehold(long unitId) {
        return jdbc.sql("select id from household where unit_id = ? and dissolved_on is null order by id limit 1")
                .param(unitId).query(Long.class).optional();
    }

    private long formHousehold(long communityId, long unitId, LocalDate on) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into household (community_id, unit_id, formed_on) values (?, ?, ?)")
                .params(communityId, unitId, on).update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    Map<String, Object> personParams(ResidentInput.Valid v) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", v.name());
        p.put("gender", v.gender().name());
        p.put("born", v.birthDate());
        p.put("phone", v.phone() == null ? null : v.phone().value());
        p.put("tail", v.phone() == null ? null : v.phone().tail());
        p.put("cipher", v.idCard() == null ? null : cipher.encrypt(v.idCard().value()));
        p.put("digest", v.idCard() == null ? null : cipher.digest(v.idCard().value()));
        p.put("masked", v.idCard() == null ? null : v.idCard().masked());
        p.put("relation", v.relation().name());
        p.put("type", v.residenceType().name());
        p.put("member", v.partyMember());
        return p;
    }

    /** Where the resident lives and how; no personal data. */
    static String registeredDetail(ResidentInput.Valid v) {
        return v.stairwellCode() + "-" + v.room() + " " + v.relation() + " " + v.residenceType();
    }

    /** Phone and ID number are never shown in full on the edit form, so a blank field means "unchanged". */
    private ResidentInput keepingBlankNumbers(ResidentInput in, Stored before) {
        String phone = in.phone() == null || in.phone().isBlank() ? before.phone() : in.phone();
        String id = in.idCard() == null || in.idCard().isBlank()
                ? (before.idCardCipher() == null ? null : cipher.decrypt(before.idCardCipher()))
                : in.idCard();
        return new ResidentInput(in.name(), in.gender(), in.birthDate(), phone, id, in.relation(),
                in.residenceType(), in.partyMember(), before.movedIn().toString(), in.stairwellCode(), in.room());
    }

    private Stored stored(long communityId, long residentId) {
        return jdbc.sql("""
                select id, household_id, name, gender, birth_date, phone, id_card_cipher, id_card_masked, relation,
                    residence_type, party_member, moved_in, moved_out
                from resident where id = ? and community_id = ?""")
                .params(residentId, communityId).query(Rows.of(Stored.class)).optional()
                .orElseThrow(() -> new NotFound("resident " + residentId));
    }

    /** A resident row as stored, for corrections and their audit trail. */
    record Stored(long id, long householdId, String name, String gender, LocalDate birthDate, String phone,
            String idCardCipher, String idCardMasked, String relation, String residenceType, boolean partyMember,
            LocalDate movedIn, LocalDate movedOut) {

        /** What changed, from what to what; personal numbers appear only masked. */
        String describeChanges(ResidentInput.Valid v) {
            List<String> changes = new ArrayList<>();
            change(changes, "name", name, v.name());
            change(changes, "gender", gender, v.gender().name());
            change(changes, "birthDate", birthDate, v.birthDate());
            change(changes, "phone", phone == null ? null : Masking.phone(phone),
                    v.phone() == null ? null : v.phone().masked());
            change(changes, "idCard", idCardMasked, v.idCard() == null ? null : v.idCard().masked());
            change(changes, "relation", relation, v.relation().name());
            change(changes, "residenceType", residenceType, v.residenceType().name());
            change(changes, "partyMember", partyMember, v.partyMember());
            return changes.isEmpty() ? "no change" : String.join("; ", changes);
        }

        private static void change(List<String> changes, String field, Object from, Object to) {
            if (!Objects.equals(from == null ? null : from.toString(), to == null ? null : to.toString())) {
                changes.add(field + ": " + from + " → " + to);
            }
        }
    }
}
