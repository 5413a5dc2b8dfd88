package org.gongzhi.community.owner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.owner.RegisterOwner.Identity;
import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.pii.PiiCipher;

/** Completing owners: an owner with no identity on file gets their ID number, stored as residents' numbers are. */
@Service
public class Owners {

    static final String SUBJECT = "unit_owner";
    public static final String IDENTIFIED = "OWNER_IDENTIFIED";

    private final JdbcClient jdbc;
    private final OwnerQueries queries;
    private final PiiCipher cipher;
    private final AuditTrail audit;

    Owners(JdbcClient jdbc, OwnerQueries queries, PiiCipher cipher, AuditTrail audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Puts the owner's ID number on file (encrypted, with its digest and masked form); audited without it. */
    @Transactional
    public RegisterOwner identify(long communityId, long ownerId, String idNumber) {
        RegisterOwner owner = queries.owner(communityId, ownerId).orElseThrow(() -> new NotFound("owner " + ownerId));
        IdCardNumber id = parse(idNumber);
        if (owner.identifiedBy() != Identity.NONE) {
            throw new Refused("owner.refused.identified", "owner " + ownerId + " is identified already");
        }
        int changed = jdbc.sql("""
                update unit_owner set id_card_cipher = ?, id_card_digest = ?, id_card_masked = ?
                where id = ? and community_id = ? and id_card_digest is null and resident_id is null""")
                .params(cipher.encrypt(id.value()), cipher.digest(id.value()), id.masked(), ownerId, communityId)
                .update();
        if (changed == 0) {
            throw Refused.stale();
        }
        audit.record(communityId, IDENTIFIED, SUBJECT, ownerId, "ID number put on file for owner row " + ownerId);
        return queries.owner(communityId, ownerId).orElseThrow();
    }

    private static IdCardNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("idNumber", "validation.required");
        }
        IdCardNumber.Problem problem = IdCardNumber.check(IdCardNumber.normalise(text));
        if (problem != null) {
            throw InvalidInput.of("idNumber", "validation.idCard." + problem);
        }
        return new IdCardNumber(IdCardNumber.normalise(text));
    }
}
