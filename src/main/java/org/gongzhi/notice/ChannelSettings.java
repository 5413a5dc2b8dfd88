package org.gongzhi.notice;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A resident's notification settings: the e-mail address mail goes to (none: no mail), and for each kind of
 * notification the channels chosen besides the inbox, which always receives.
 */
public record ChannelSettings(String email, List<KindChannels> kinds) {

    public record KindChannels(NotificationKind kind, Set<Channel> channels) {
    }

    public Set<Channel> channels(NotificationKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst().map(KindChannels::channels)
                .orElse(EnumSet.noneOf(Channel.class));
    }

    public boolean chose(NotificationKind kind, Channel channel) {
        return channels(kind).contains(channel);
    }
}
