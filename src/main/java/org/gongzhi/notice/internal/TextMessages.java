package org.gongzhi.notice.internal;

import org.gongzhi.notice.Channel;

/**
 * SMS and WeChat subscription messages: one way out for short texts to a resident's phone. A provider plugs in
 * here; until one does, the only implementation says plainly that nothing was sent.
 */
interface TextMessages {

    /** Sends the text on the channel (SMS or WECHAT), or says why not; throws when a provider failed for now. */
    Outcome send(Channel channel, long communityId, long residentId, String text);

    /** Sent, or not sent for a reason that trying again will not change. */
    record Outcome(boolean sent, String reason) {

        static Outcome notSent(String reason) {
            return new Outcome(false, reason);
        }
    }
}
