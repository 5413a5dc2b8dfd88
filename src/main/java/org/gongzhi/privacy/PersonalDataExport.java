package org.gongzhi.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.security.Actor;

/** A person's own copy of their data, from every module; each copy made is audited as an export. */
@Service
public class PersonalDataExport {

    /** Who the person is comes first: their register entry, then their account; the rest by name. */
    private static final List<String> FIRST = List.of("register", "account");

    private final List<PersonalDataSource> sources;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalDataExport(List<PersonalDataSource> sources, AuditTrail audit, Clock clock) {
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything kept about the acting person; {@code form} (page, json) goes into the audit entry. */
    @Transactional
    public PersonalDataCopy of(Actor actor, String form) {
        PersonalDataSource.Subject subject = new PersonalDataSource.Subject(actor.accountId(), actor.communityId(),
                actor.residentId());
        List<PersonalDataSection> sections = sources.stream().map(s -> s.about(subject))
                .filter(s -> !s.records().isEmpty())
                .sorted(Comparator.comparing((PersonalDataSection s) -> !FIRST.contains(s.key()))
                        .thenComparing(s -> FIRST.indexOf(s.key())).thenComparing(PersonalDataSection::key))
                .toList();
        audit.record(actor.communityId(), "PERSONAL_DATA_EXPORTED",
                actor.residentId() == null ? "account" : "resident",
                actor.residentId() == null ? actor.accountId() : actor.residentId(),
                form + ", " + sections.size() + " sections");
        return new PersonalDataCopy(OffsetDateTime.now(clock), sections);
    }

    /** The copy: when it was made, and what each module keeps. */
    public record PersonalDataCopy(OffsetDateTime madeAt, List<PersonalDataSection> sections) {
    }
}
