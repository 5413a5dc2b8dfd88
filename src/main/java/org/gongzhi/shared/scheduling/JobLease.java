package org.gongzhi.shared.scheduling;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one instance at a time when several share the database (docs/operations.md, "Several
 * identical instances"). Before it acts, an instance takes the job's lease, a row of {@code job_lease}: an update that
 * succeeds only when the lease is free (its time past), or, for a job never run, the insert of the row, which only one
 * instance can make. The lease is held while the job runs, at most {@code atMost} (an instance that dies while it holds
 * it blocks the job no longer), and afterwards until {@code atLeast} after the start, so that another instance whose
 * timer fires a moment later (a daily job at the same minute, clocks a little apart) does not run the job again. Times
 * are the database's, so the instances' clocks need not agree.
 *
 * <p>Each job still checks before it acts (a vote already closed is skipped, a campaign is settled under its row
 * lock): the lease saves the repeated work and the races, it is not what keeps the data right.
 */
@Component
public class JobLease {

    private static final Logger LOG = LoggerFactory.getLogger(JobLease.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final String holder;

    @Autowired
    public JobLease(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this(jdbc, transactions, ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A lease holder of the given name (tests: two instances in one JVM). */
    public JobLease(JdbcClient jdbc, PlatformTransactionManager transactions, String holder) {
        this.jdbc = jdbc;
        // taken and given back in transactions of their own, never inside the job's: others must see them at once
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.holder = holder.length() > 120 ? holder.substring(0, 120) : holder;
    }

    /** Who holds leases through this component: {@code pid@host/random}, shown in {@code job_lease.holder}. */
    public String holder() {
        return holder;
    }

    /**
     * Runs {@code work} if this instance gets the lease of {@code job}; true if it ran. A job that fails gives the lease
     * back as one that succeeds does.
     */
    public boolean runAlone(String job, Duration atLeast, Duration atMost, Runnable work) {
        OffsetDateTime start = now();
        if (!take(job, start, start.plus(atMost))) {
            LOG.debug("{} runs on another instance; skipped here", job);
            return false;
        }
        try {
            work.run();
        } finally {
            release(job, start.plus(atLeast));
        }
        return true;
    }

    /** Takes the lease of {@code job} until {@code until} if it is free at {@code now}. */
    boolean take(String job, OffsetDateTime now, OffsetDateTime until) {
        Integer taken = own.execute(s -> jdbc.sql("""
                update job_lease set holder = ?, taken_at = ?, held_until = ? where job = ? and held_until <= ?""")
                .params(holder, now, until, job, now).update());
        if (taken != null && taken > 0) {
            return true;
        }
        try {
            Integer made = own.execute(s -> jdbc.sql("""
                    insert into job_lease (job, holder, taken_at, held_until)
                    select ?, ?, ?, ? where not exists (select 1 from job_lease where job = ?)""")
                    .params(job, holder, now, until, job).update());
            return made != null && made > 0;
        } catch (DuplicateKeyException e) {
            return false; // another instance made the row in the same moment, and holds the lease
        }
    }

    /** Gives the lease back: free from {@code notBefore}, or now if that has passed. */
    void release(String job, OffsetDateTime notBefore) {
        OffsetDateTime now = now();
        OffsetDateTime free = notBefore.isAfter(now) ? notBefore : now;
        own.executeWithoutResult(s -> jdbc.sql("update job_lease set held_until = ? where job = ? and holder = ?")
                .params(free, job, holder).update());
    }

    /** The database's time, which every instance shares. */
    OffsetDateTime now() {
        return jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
    }
}
