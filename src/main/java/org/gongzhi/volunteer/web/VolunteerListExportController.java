package org.gongzhi.volunteer.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.ListExport;
import org.gongzhi.volunteer.Member;
import org.gongzhi.volunteer.MembershipStatus;
import org.gongzhi.volunteer.ServiceRecord;
import org.gongzhi.volunteer.Team;
import org.gongzhi.volunteer.Volunteering;

/**
 * A team's members and its service ledger as .xlsx, for the team's leader and residents' committee staff (those
 * who may open them on the team's page); audited as list exports.
 */
@Controller
class VolunteerListExportController {

    private static final List<ListExport.Column<Member>> MEMBER_COLUMNS = List.of(
            ListExport.column("export.number", Member::id),
            ListExport.column("export.person.name", Member::name),
            ListExport.column("export.state", Member::status),
            ListExport.column("export.volunteer.requestedAt", Member::requestedAt),
            ListExport.column("export.volunteer.decidedBy", Member::decidedBy));

    private static final List<ListExport.Column<ServiceRecord>> SERVICE_COLUMNS = List.of(
            ListExport.column("export.number", ServiceRecord::id),
            ListExport.column("export.volunteer.servedOn", ServiceRecord::servedOn),
            ListExport.column("export.person.name", ServiceRecord::name),
            ListExport.column("export.volunteer.minutes", ServiceRecord::minutes),
            ListExport.column("export.volunteer.activity", ServiceRecord::activity),
            ListExport.column("export.volunteer.whatDone", ServiceRecord::whatDone),
            ListExport.column("export.volunteer.source", ServiceRecord::source),
            ListExport.column("export.volunteer.corrects", ServiceRecord::correctsId),
            ListExport.column("export.volunteer.reason", ServiceRecord::reason),
            ListExport.column("export.volunteer.verifiedBy", ServiceRecord::verifiedBy),
            ListExport.column("export.volunteer.recordedAt", ServiceRecord::recordedAt),
            ListExport.column("export.volunteer.superseded", ServiceRecord::superseded));

    private final Volunteering volunteering;
    private final ListExport exports;

    VolunteerListExportController(Volunteering volunteering, ListExport exports) {
        this.volunteering = volunteering;
        this.exports = exports;
    }

    /** The team, if the actor leads it or looks after it: refused before the file starts. */
    private long led(Actor actor, long id) {
        Team team = volunteering.team(actor, id);
        Permissions.require(volunteering.leads(actor, team));
        return team.id();
    }

    @GetMapping("/volunteers/teams/{id}/members.xlsx")
    void members(@PathVariable long id, @RequestParam(defaultValue = "MEMBER") MembershipStatus status, Locale locale,
            HttpServletResponse response) throws IOException {
        Actor actor = Permissions.actor();
        long team = led(actor, id);
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("volunteer.export.members",
                "volunteer_member", "team=" + team + "&status=" + status, MEMBER_COLUMNS,
                n -> volunteering.members(actor, team, status, n, ListExport.PAGE).items()));
    }

    @GetMapping("/volunteers/teams/{id}/service.xlsx")
    void service(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = Permissions.actor();
        long team = led(actor, id);
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("volunteer.export.service",
                "volunteer_service", "team=" + team, SERVICE_COLUMNS,
                n -> volunteering.teamService(actor, team, n, ListExport.PAGE).items()));
    }
}
