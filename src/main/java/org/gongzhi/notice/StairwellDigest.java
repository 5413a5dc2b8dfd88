package org.gongzhi.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.cases.CaseQueries;
import org.gongzhi.cases.CaseSummary;
import org.gongzhi.community.Landmark;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.renewal.ProjectFilter;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.renewal.ProjectState;
import org.gongzhi.renewal.ProjectSummary;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.pdf.PagedText;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * A stairwell's monthly digest, for its volunteer to hand to residents with no phone: a large-type A4 PDF of real
 * text listing what was published for that stairwell in the month — notices to it, its building, zone, grid and
 * the whole community, among them the results of votes and the plans put on public notice, which those modules
 * publish as notices — and the problems reported at the stairwell that month or still open, with where they stand.
 * Staff and the secretary of the stairwell's grid branch print it.
 */
@Service
public class StairwellDigest {

    /** The digest is handed out on paper in the community's language. */
    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final int MAX_NOTICES = 200;
    private static final int MAX_BODY = 400;
    private static final int MAX_PROJECTS = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final float GAP = 8;

    private final Notices notices;
    private final CaseQueries cases;
    private final NoticePermissions permissions;
    private final MessageSource messages;
    private final Clock clock;
    private final ProjectHandling projects;
    private final ProposalQueries proposals;
    private final JdbcClient jdbc;

    StairwellDigest(Notices notices, CaseQueries cases, NoticePermissions permissions, MessageSource messages,
            Clock clock, ProjectHandling projects, ProposalQueries proposals, JdbcClient jdbc) {
        this.projects = projects;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.notices = notices;
        this.cases = cases;
        this.permissions = permissions;
        this.messages = messages;
        this.clock = clock;
    }

    /** This month in the community's calendar. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Notice.ZONE));
    }

    /**
     * The month's notices (oldest first) and cases (newest first) of the stairwell, and the micro-renewal projects
     * that concern it (planned or under way, or completed since the month began), with their progress.
     */
    public record Month(List<Notice> notices, List<CaseSummary> cases, List<ProjectSummary> projects) {
    }

    /** What the digest lists; not found when the actor may not print the stairwell's digest. */
    public Month of(Actor actor, String stairwellCode, YearMonth month) {
        Permissions.require(permissions.mayRead(actor));
        Place place = notices.stairwell(actor.communityId(), stairwellCode)
                .filter(p -> mayPrint(actor, p))
                .orElseThrow(() -> new NotFound("stairwell " + stairwellCode));
        OffsetDateTime from = month.atDay(1).atStartOfDay(Notice.ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(Notice.ZONE).toOffsetDateTime();
        return new Month(notices.publishedFor(actor.communityId(), place, from, to, MAX_NOTICES),
                cases.atStairwell(actor.communityId(), place.stairwellId(), from, to, MAX_NOTICES),
                projects(actor.communityId(), place.stairwellId(), from));
    }

    /**
     * The projects that concern the stairwell: those carrying out a proposal about the stairwell, its building, a
     * landmark its grid looks after or the whole community, and those with no proposal (the community's own);
     * planned or under way, or completed since {@code from}.
     */
    private List<ProjectSummary> projects(long communityId, long stairwellId, OffsetDateTime from) {
        record Door(String code, int building, int grid) {
        }
        Door door = jdbc.sql("""
                select code, building_number, grid_number from register_stairwell where id = ?""")
                .param(stairwellId).query((rs, n) -> new Door(rs.getString(1), rs.getInt(2), rs.getInt(3))).single();
        List<ProjectSummary> all = projects.board(communityId, ProjectFilter.of(null), 0, MAX_PROJECTS).items();
        Map<Long, ProposalPlace> places = proposals.places(communityId,
                all.stream().map(ProjectSummary::proposalId).filter(java.util.Objects::nonNull).toList());
        return all.stream()
                .filter(p -> p.state() != ProjectState.COMPLETED || !p.updatedAt().isBefore(from))
                .filter(p -> {
                    ProposalPlace where = p.proposalId() == null ? ProposalPlace.COMMUNITY
                            : places.getOrDefault(p.proposalId(), ProposalPlace.COMMUNITY);
                    return switch (where.kind()) {
                        case COMMUNITY -> true;
                        case STAIRWELL -> where.code().equalsIgnoreCase(door.code());
                        case BUILDING -> where.code().equals(String.valueOf(door.building()));
                        case LANDMARK -> Landmark.named(where.code()).filter(l -> l.gridNumber() == door.grid())
                                .isPresent();
                    };
                })
                .toList();
    }

    public byte[] pdf(Actor actor, String stairwellCode, YearMonth month) {
        Month digest = of(actor, stairwellCode, month);
        List<Notice> items = digest.notices();
        String title = text("notice.digest.title", stairwellCode, month.getYear(), month.getMonthValue());
        PagedText doc = PagedText.largeType().title(title);
        doc.paragraph(text("notice.digest.intro", items.size()));
        for (NoticeCategory category : NoticeCategory.values()) {
            List<Notice> of = items.stream().filter(n -> n.category() == category).toList();
            if (of.isEmpty()) {
                continue;
            }
            doc.heading(text("notice.digest.section", text(category.labelKey()), of.size()));
            for (Notice n : of) {
                doc.field(n.localPublishAt().format(DAY) + "  ", n.title(), 0);
                doc.paragraph(shortened(n.body()));
                doc.space(GAP);
            }
        }
        if (items.isEmpty()) {
            doc.paragraph(text("notice.digest.none"));
        }
        if (!digest.cases().isEmpty()) {
            doc.heading(text("notice.digest.cases", digest.cases().size()));
            for (CaseSummary c : digest.cases()) {
                doc.field(c.reportedAt().atZoneSameInstant(Notice.ZONE).format(DAY) + "  ",
                        text("case.category." + c.category()) + " · " + text(c.state().labelKey()), 0);
            }
        }
        if (!digest.projects().isEmpty()) {
            doc.heading(text("notice.digest.projects", digest.projects().size()));
            for (ProjectSummary p : digest.projects()) {
                doc.field(text(p.state().labelKey()) + " · " + p.percentDone() + "%  ", p.title(), 0);
            }
        }
        doc.space(GAP).rule().paragraph(text("notice.digest.footer"));
        return doc.pdf(title, (page, pages) -> stairwellCode + " · " + month + " · " + page + " / " + pages);
    }

    private boolean mayPrint(Actor actor, Place place) {
        if (permissions.mayManage(actor)) {
            return true;
        }
        return notices.target(actor.communityId(), Audience.STAIRWELL, place.stairwellId())
                .map(Notices.Target::branchId).filter(permissions.branches(actor)::contains).isPresent();
    }

    private static String shortened(String body) {
        return body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY) + "……";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }
}
