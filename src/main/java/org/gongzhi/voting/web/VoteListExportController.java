package org.gongzhi.voting.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.ListExport;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VoteQueries.VoteSummary;
import org.gongzhi.voting.VotingPermissions;

/** The community's votes, drafts included, as .xlsx for those who set votes up; audited like every list export. */
@Controller
class VoteListExportController {

    private final VoteQueries queries;
    private final VotingPermissions permissions;
    private final VoteTexts texts;
    private final ListExport exports;

    VoteListExportController(VoteQueries queries, VotingPermissions permissions, VoteTexts texts,
            ListExport exports) {
        this.queries = queries;
        this.permissions = permissions;
        this.texts = texts;
        this.exports = exports;
    }

    @GetMapping("/votes/export.xlsx")
    void export(Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayCreateVotes(actor));
        long community = actor.communityId();
        List<ListExport.Column<VoteSummary>> columns = List.of(
                ListExport.column("export.number", VoteSummary::id),
                ListExport.column("export.vote.title", VoteSummary::title),
                ListExport.column("export.vote.kind", v -> ListExport.label("vote.kind." + v.kind())),
                ListExport.column("export.state", VoteSummary::state),
                ListExport.column("export.vote.scope", v -> texts.scopeText(v.scope())),
                ListExport.column("export.vote.openedAt", VoteSummary::openedAt),
                ListExport.column("export.vote.closesAt", VoteSummary::closesAt),
                ListExport.column("export.vote.closedAt", VoteSummary::closedAt),
                ListExport.column("export.vote.ballots", VoteSummary::ballotsCast));
        exports.send(response, locale, community, new ListExport.Export<>("vote.list.title", "vote", "", columns,
                ListExport.whole(() -> queries.list(community, true))));
    }
}
