package org.gongzhi.community.resident;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.backup.Backup;
import org.gongzhi.shared.jdbc.BulkCopy;
import org.gongzhi.shared.scheduling.JobLease;

/**
 * Residents who moved out longer ago than the retention period ({@code gongzhi.privacy.retention-after-move-out},
 * 3 years by default) lose their name, phone and ID number (个人信息保护法, article 47: personal data is deleted once
 * its purpose is met). The row stays in its household, with gender, birth date and the dates of moving in and out,
 * so every figure about the past — residents by grid, building and generation, who took part in what — stays the
 * same; the value asked for in their correction requests is emptied too. Daily, and by {@code ./gongzhi anonymise}.
 */
@Service
public class Anonymisation {

    /** What an anonymised resident's name becomes. */
    public static final String NAME = "已匿名";

    private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Period retention;
    private final JobLease leases;

    @Autowired
    public Anonymisation(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${gongzhi.privacy.retention-after-move-out:P3Y}") Period retention, JobLease leases) {
        this.leases = leases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    /** Without the application (./gongzhi anonymise): run once, by hand, nothing scheduled. */
    public Anonymisation(JdbcClient jdbc, AuditTrail audit, Clock clock, Period retention) {
        this(jdbc, audit, clock, retention, null);
    }

    /** Anonymises everyone who moved out before today less the retention period; returns how many. */
    @Transactional
    public int anonymiseExpired() {
        LocalDate today = LocalDate.now(clock);
        LocalDate movedOutBefore = today.minus(retention);
        List<Resident> due = jdbc.sql("""
                select id, community_id from resident
                where moved_out is not null and moved_out < ? and anonymised_on is null order by id""")
                .param(movedOutBefore).query((rs, n) -> new Resident(rs.getLong(1), rs.getLong(2))).list();
        for (Resident r : due) {
            int changed = jdbc.sql("""
                    update resident set name = ?, phone = null, phone_tail = null, id_card_cipher = null,
                        id_card_digest = null, id_card_masked = null, anonymised_on = ?, version = version + 1
                    where id = ? and anonymised_on is null""")
                    .params(NAME, today, r.id()).update();
            if (changed == 1) {
                jdbc.sql("update correction_request set requested_value_cipher = null, reason = '' where resident_id = ?")
                        .param(r.id()).update();
                audit.record(r.communityId(), "RESIDENT_ANONYMISED", Residents.SUBJECT, r.id(),
                        "moved out before " + movedOutBefore + ", retention " + retention);
            }
        }
        return due.size();
    }

    private record Resident(long id, long communityId) {
    }

    @Scheduled(cron = "${gongzhi.privacy.anonymise-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    void daily() {
        leases.runAlone("anonymisation", Duration.ofHours(1), Duration.ofHours(2), () -> {
            int anonymised = anonymiseExpired();
            if (anonymised > 0) {
                log.info("Anonymised {} residents who moved out more than {} ago", anonymised, retention);
            }
        });
    }

    /**
     * {@code ./gongzhi anonymise [--postgres] [--gongzhi.privacy.retention-after-move-out=P3Y] [--name=value ...]}:
     * the same, on the installation as {@code ./gongzhi backup} finds it, without starting the application.
     */
    public static void main(String[] args) throws Exception {
        Backup.Installation at = Backup.installation(args, 0);
        Period retention = Period.parse("P3Y");
        for (String a : args) {
            if (a.startsWith("--gongzhi.privacy.retention-after-move-out=")) {
                retention = Period.parse(a.substring(a.indexOf('=') + 1));
            }
        }
        DriverManagerDataSource db = new DriverManagerDataSource(at.url(), at.username(), at.password());
        JdbcClient jdbc = JdbcClient.create(db);
        Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
        int anonymised = new Anonymisation(jdbc, new AuditTrail(jdbc, clock, new BulkCopy(db, jdbc)), clock, retention).anonymiseExpired();
        System.out.println("anonymised " + anonymised + " residents who moved out more than " + retention + " ago");
    }
}
