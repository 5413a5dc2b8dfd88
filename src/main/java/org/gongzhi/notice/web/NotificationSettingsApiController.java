package org.gongzhi.notice.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.notice.Channel;
import org.gongzhi.notice.ChannelSettings;
import org.gongzhi.notice.Deliveries;
import org.gongzhi.notice.Delivery;
import org.gongzhi.notice.DeliveryStatus;
import org.gongzhi.notice.NoticePermissions;
import org.gongzhi.notice.NotificationKind;
import org.gongzhi.notice.NotificationSettings;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** The signed-in resident's notification settings, and the delivery log for staff. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationSettingsApiController {

    private final NotificationSettings settings;
    private final Deliveries deliveries;
    private final NoticePermissions permissions;

    NotificationSettingsApiController(NotificationSettings settings, Deliveries deliveries,
            NoticePermissions permissions) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.permissions = permissions;
    }

    /** The channels chosen for one kind besides the inbox, which always receives. */
    record KindSetting(@NotNull NotificationKind kind, @NotNull Set<Channel> channels) {
    }

    /** The address mail goes to (none: no mail) and the channels per kind; kinds left out choose none. */
    record SettingsBody(@Email @Size(max = 200) String email, @NotNull List<@Valid @NotNull KindSetting> kinds) {
    }

    record DeliveryView(long id, long notificationId, NotificationKind kind, Channel channel, DeliveryStatus status,
            String reason, int attempts, OffsetDateTime updatedAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.notificationId(), d.kind(), d.channel(), d.status(), d.reason(),
                    d.attempts(), d.updatedAt());
        }
    }

    record DeliveryPage(List<DeliveryView> items, int page, int size, long total) {
    }

    @GetMapping("/settings")
    SettingsBody get() {
        return view(settings.of(Permissions.actor()));
    }

    @PutMapping("/settings")
    SettingsBody put(@Valid @RequestBody SettingsBody body) {
        List<ChannelSettings.KindChannels> kinds = body.kinds().stream()
                .map(k -> new ChannelSettings.KindChannels(k.kind(), k.channels())).toList();
        return view(settings.save(Permissions.actor(), new ChannelSettings(body.email(), kinds)));
    }

    @GetMapping("/deliveries")
    DeliveryPage deliveries(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Long notification) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayManage(actor));
        PageResult<Delivery> result = deliveries.of(actor.communityId(), notification, PageResult.clampPage(page),
                PageResult.clampSize(size));
        return new DeliveryPage(result.items().stream().map(DeliveryView::of).toList(), result.page(), result.size(),
                result.total());
    }

    private static SettingsBody view(ChannelSettings s) {
        return new SettingsBody(s.email(),
                s.kinds().stream().map(k -> new KindSetting(k.kind(), k.channels())).toList());
    }
}
