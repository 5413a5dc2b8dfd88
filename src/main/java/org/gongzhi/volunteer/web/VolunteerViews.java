package org.gongzhi.volunteer.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.gongzhi.volunteer.CareHandling;
import org.gongzhi.volunteer.CareReason;
import org.gongzhi.volunteer.CareRecipient;
import org.gongzhi.volunteer.CareVisit;
import org.gongzhi.volunteer.Member;
import org.gongzhi.volunteer.MembershipStatus;
import org.gongzhi.volunteer.ServiceRecord;
import org.gongzhi.volunteer.ServiceSource;
import org.gongzhi.volunteer.Standing;
import org.gongzhi.volunteer.Star;
import org.gongzhi.volunteer.Team;

/** What the volunteer endpoints answer. */
final class VolunteerViews {

    private VolunteerViews() {
    }

    record TeamView(long id, String code, String name, String purpose, String leaderName, Integer patrolBranchNumber,
            long members) {

        static TeamView of(Team t) {
            return new TeamView(t.id(), t.code(), t.name(), t.purpose(), t.leaderName(), t.patrolBranchNumber(),
                    t.members());
        }
    }

    record MemberView(long id, long teamId, long residentId, String name, MembershipStatus status,
            OffsetDateTime requestedAt, String decidedBy) {

        static MemberView of(Member m) {
            return new MemberView(m.id(), m.teamId(), m.residentId(), m.name(), m.status(), m.requestedAt(),
                    m.decidedBy());
        }
    }

    record MemberPage(List<MemberView> items, int page, int size, long total) {
    }

    /** One entry; {@code superseded} entries have been corrected by a later one and no longer count. */
    record ServiceView(long id, long teamId, String teamName, long residentId, String name, LocalDate servedOn,
            int minutes, String activity, String whatDone, ServiceSource source, Long correctsId, String reason,
            String verifiedBy, OffsetDateTime recordedAt, boolean superseded) {

        static ServiceView of(ServiceRecord s) {
            return new ServiceView(s.id(), s.teamId(), s.teamName(), s.residentId(), s.name(), s.servedOn(),
                    s.minutes(), s.activity(), s.whatDone(), s.source(), s.correctsId(), s.reason(), s.verifiedBy(),
                    s.recordedAt(), s.superseded());
        }
    }

    record ServicePage(List<ServiceView> items, int page, int size, long total) {
    }

    /** Counted minutes, the star reached (null below 一星), the next one and the minutes still missing to it. */
    record StandingView(long residentId, String name, long minutes, Star star, Star nextStar, Long minutesToNext) {

        static StandingView of(Standing s) {
            Star next = Star.next(s.minutes()).orElse(null);
            return new StandingView(s.residentId(), s.name(), s.minutes(), s.star().orElse(null), next,
                    next == null ? null : next.minutes() - s.minutes());
        }
    }

    /** A person on the care list; {@code overdue} when the agreed days since the last visit have passed. */
    record CareRecipientView(long id, long teamId, long residentId, String name, String home, CareReason reason,
            int everyDays, String note, LocalDate lastVisit, LocalDate due, boolean overdue,
            List<CareRecipient.Pairing> volunteers) {

        static CareRecipientView of(CareRecipient c, LocalDate today) {
            return new CareRecipientView(c.id(), c.teamId(), c.residentId(), c.name(), c.home(), c.reason(),
                    c.everyDays(), c.note(), c.lastVisit(), c.due(CareHandling.ZONE),
                    c.overdue(today, CareHandling.ZONE), c.volunteers());
        }
    }

    record CareDetail(CareRecipientView recipient, List<CareVisit> visits) {
    }

    record MyVolunteering(StandingView standing, List<MemberView> memberships, ServicePage service) {
    }
}
