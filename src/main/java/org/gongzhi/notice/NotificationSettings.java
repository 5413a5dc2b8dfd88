package org.gongzhi.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * Each resident's choice of channels per kind of notification. The inbox always receives (it is where the rest
 * links to); e-mail, SMS and WeChat only for the kinds the resident ticked, and e-mail only to an address they gave.
 * People with no home in the register have no inbox and so no settings.
 */
@Service
public class NotificationSettings {

    private static final String SUBJECT = "NOTIFICATION_SETTINGS";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationSettings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayHave(Actor actor) {
        return actor.communityId() != null && actor.residentId() != null;
    }

    public ChannelSettings of(Actor actor) {
        Permissions.require(mayHave(actor));
        return of(actor.residentId());
    }

    /** The settings of a resident, for delivering their notifications. */
    public ChannelSettings of(long residentId) {
        String email = jdbc.sql("select email from notice_contact where resident_id = ?").param(residentId)
                .query(String.class).optional().orElse(null);
        Map<NotificationKind, Set<Channel>> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, EnumSet.noneOf(Channel.class));
        }
        jdbc.sql("select kind, channel from notice_preference where resident_id = ?").param(residentId)
                .query((rs, n) -> chosen.get(NotificationKind.valueOf(rs.getString(1)))
                        .add(Channel.valueOf(rs.getString(2)))).list();
        List<ChannelSettings.KindChannels> kinds = new ArrayList<>();
        chosen.forEach((kind, channels) -> kinds.add(new ChannelSettings.KindChannels(kind, channels)));
        return new ChannelSettings(email, kinds);
    }

    /** Replaces the actor's settings; e-mail chosen for any kind needs an address. */
    @Transactional
    public ChannelSettings save(Actor actor, ChannelSettings settings) {
        Permissions.require(mayHave(actor));
        String email = settings.email() == null || settings.email().isBlank() ? null : settings.email().strip();
        boolean mailChosen = settings.kinds().stream().anyMatch(k -> k.channels().contains(Channel.EMAIL));
        if (mailChosen && email == null) {
            throw InvalidInput.of("email", "notice.settings.invalid.emailMissing");
        }
        long resident = actor.residentId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from notice_contact where resident_id = ?").param(resident).update();
        jdbc.sql("insert into notice_contact (resident_id, community_id, email, updated_at) values (?, ?, ?, ?)")
                .params(resident, actor.communityId(), email, now).update();
        jdbc.sql("delete from notice_preference where resident_id = ?").param(resident).update();
        for (ChannelSettings.KindChannels kind : settings.kinds()) {
            for (Channel channel : kind.channels()) {
                jdbc.sql("""
                        insert into notice_preference (community_id, resident_id, kind, channel)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(actor.communityId(), resident, kind.kind().name(), channel.name()).update();
            }
        }
        audit.record(actor.communityId(), "NOTIFICATION_SETTINGS_CHANGED", SUBJECT, resident,
                settings.kinds().stream().mapToInt(k -> k.channels().size()).sum() + " channel choices");
        return of(resident);
    }
}
