package org.gongzhi.notice.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzhi.notice.Notice;
import org.gongzhi.notice.NoticePermissions;
import org.gongzhi.notice.NoticePublishing;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.ListExport;

/** Every notice of the community, scheduled and taken down too, with its readers, as .xlsx for staff; audited. */
@Controller
class NoticeListExportController {

    private static final List<ListExport.Column<Notice>> COLUMNS = List.of(
            ListExport.column("export.number", Notice::id),
            ListExport.column("export.notice.title", Notice::title),
            ListExport.column("export.notice.category", Notice::category),
            ListExport.column("export.notice.audience", Notice::audience),
            ListExport.column("export.notice.audienceName", Notice::audienceName),
            ListExport.column("export.notice.pinned", Notice::pinned),
            ListExport.column("export.notice.publishAt", Notice::publishAt),
            ListExport.column("export.notice.takeDownAt", Notice::takeDownAt),
            ListExport.column("export.notice.publishedBy", Notice::publishedBy),
            ListExport.column("export.notice.reads", Notice::reads));

    private final NoticePublishing notices;
    private final NoticePermissions permissions;
    private final ListExport exports;

    NoticeListExportController(NoticePublishing notices, NoticePermissions permissions, ListExport exports) {
        this.notices = notices;
        this.permissions = permissions;
        this.exports = exports;
    }

    @GetMapping("/notices/export.xlsx")
    void export(Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayManage(actor));
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("notice.list.title", "notice", "",
                COLUMNS, n -> notices.list(actor, n, ListExport.PAGE).items()));
    }
}
