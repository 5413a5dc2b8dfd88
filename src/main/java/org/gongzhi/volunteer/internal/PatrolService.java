package org.gongzhi.volunteer.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.patrol.PatrolDayClosed;
import org.gongzhi.volunteer.MembershipStatus;
import org.gongzhi.volunteer.ServiceInput;
import org.gongzhi.volunteer.ServiceSource;
import org.gongzhi.volunteer.Team;
import org.gongzhi.volunteer.Teams;

/**
 * Each person present on a closed patrol day has served their branch's party-member patrol volunteers for the
 * patrol's planned duration, verified by whoever closed the day. The branch's team is set up the first time it
 * patrols, and those present become its members. Each person's service from one patrol day is recorded once, however
 * often the event arrives.
 */
@Component
class PatrolService {

    static final String ACTIVITY = "网格巡查";

    private final Teams teams;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    PatrolService(Teams teams, Clock clock, PlatformTransactionManager transactions) {
        this.teams = teams;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(PatrolDayClosed day) {
        Team team = teams.patrolTeam(day.communityId(), day.branchNumber()).orElseGet(() -> create(day));
        teams.lock(team.id());
        String topic = day.studyTopic() == null ? null : "学习：" + day.studyTopic();
        for (long resident : day.present()) {
            String key = "patrol:" + day.recordId() + ":" + resident;
            if (teams.recorded(key)) {
                continue;
            }
            if (teams.membership(team.id(), resident).filter(m -> m.status() == MembershipStatus.MEMBER).isEmpty()) {
                teams.join(team, resident, MembershipStatus.MEMBER, day.closedBy(), OffsetDateTime.now(clock));
            }
            teams.record(team, new ServiceInput(resident, day.date(), day.durationMinutes(), ACTIVITY, topic),
                    ServiceSource.PATROL, key, null, null, day.closedBy(), OffsetDateTime.now(clock));
        }
    }

    /** The branch's team, set up on its own so that two patrol days arriving at once set up one team. */
    private Team create(PatrolDayClosed day) {
        newTransaction.executeWithoutResult(status -> {
            try {
                teams.addTeam(day.communityId(), "PATROL-" + day.branchNumber(), day.branchName() + "党员巡查志愿队",
                        "每月第二周周四学习和巡查整治，发现问题随手报。", null, day.branchNumber(),
                        OffsetDateTime.now(clock));
            } catch (DuplicateKeyException setUpMeanwhile) {
                status.setRollbackOnly();
            }
        });
        return teams.patrolTeam(day.communityId(), day.branchNumber()).orElseThrow();
    }
}
