package org.gongzhi.deliberation;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.figures.AgeBands;
import org.gongzhi.shared.figures.Participation;
import org.gongzhi.shared.jdbc.Rows;

/** Deliberation's own figures for the dashboard, transparency and open data: each one grouped query. */
@Service
public class DeliberationFigures {

    /** How long a proposal has been raised, counted from its submission to now. */
    public enum Age {
        UNDER_A_WEEK, UNDER_A_MONTH, UNDER_A_QUARTER, OLDER
    }

    public record StageCount(ProposalState state, Age age, long proposals) {
    }

    /** A proposal as anybody may see it (never its author), with its public notice period if it had one. */
    public record PublicProposal(long id, String title, ProposalCategory category, ProposalState state,
            OffsetDateTime submittedAt, int supports, int comments, OffsetDateTime noticeStartsAt,
            OffsetDateTime noticeEndsAt) {
    }

    private final JdbcClient jdbc;

    DeliberationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Residents who raised, supported, commented on or objected to a proposal in [from, until). */
    public List<Participation> participation(long communityId, OffsetDateTime from, OffsetDateTime until,
            AgeBands bands, LocalDate on) {
        return Participation.count(jdbc, """
                select 'RAISED' as action, author_resident_id as resident_id from proposal
                    where community_id = :community and submitted_at >= :from and submitted_at < :until
                union all select 'SUPPORTED', resident_id from proposal_support
                    where community_id = :community and supported_at >= :from and supported_at < :until
                union all select 'COMMENTED', author_resident_id from proposal_comment
                    where community_id = :community and created_at >= :from and created_at < :until
                union all select 'OBJECTED', resident_id from proposal_objection
                    where community_id = :community and created_at >= :from and created_at < :until""",
                bands, on, communityId, from, until);
    }

    /** The raised proposals (drafts are nobody's business but their author's) by stage and by age. */
    public List<StageCount> stages(long communityId, OffsetDateTime now) {
        return jdbc.sql("""
                select state, age, count(*) as proposals
                from (select state, case when submitted_at > :week then 'UNDER_A_WEEK'
                        when submitted_at > :month then 'UNDER_A_MONTH'
                        when submitted_at > :quarter then 'UNDER_A_QUARTER' else 'OLDER' end as age
                    from proposal where community_id = :community and state <> 'DRAFT') p
                group by state, age""")
                .param("community", communityId).param("week", now.minusDays(7))
                .param("month", now.minusDays(30)).param("quarter", now.minusDays(90))
                .query((rs, n) -> new StageCount(ProposalState.valueOf(rs.getString("state")),
                        Age.valueOf(rs.getString("age")), rs.getLong("proposals")))
                .list();
    }

    /** Every raised proposal, newest first, with its notice period: what the public and open data may show. */
    public List<PublicProposal> publicProposals(long communityId) {
        return jdbc.sql("""
                select p.id, p.title, p.category, p.state, p.submitted_at, p.supports, p.comments,
                    n.starts_at as notice_starts_at, n.ends_at as notice_ends_at
                from proposal p left join proposal_notice n on n.proposal_id = p.id
                where p.community_id = ? and p.state <> 'DRAFT'
                order by p.submitted_at desc, p.id desc""")
                .param(communityId)
                .query(Rows.of(PublicProposal.class))
                .list();
    }
}
