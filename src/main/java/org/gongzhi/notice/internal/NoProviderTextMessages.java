package org.gongzhi.notice.internal;

import org.springframework.stereotype.Component;

import org.gongzhi.notice.Channel;

/** No SMS or WeChat provider is contracted: every message is recorded as not sent, never as delivered. */
@Component
class NoProviderTextMessages implements TextMessages {

    static final String NO_PROVIDER = "not sent: no provider";

    @Override
    public Outcome send(Channel channel, long communityId, long residentId, String text) {
        return Outcome.notSent(NO_PROVIDER);
    }
}
