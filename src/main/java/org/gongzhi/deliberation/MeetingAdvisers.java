package org.gongzhi.deliberation;

import java.util.List;

import org.gongzhi.shared.security.Actor;

/**
 * The advisers invited to a meeting from the think tank, as the meeting's page shows them. The think tank answers it;
 * deliberation asks without knowing talents. Staff who invite see every invitation; everyone else who may read the
 * meeting sees those who accepted and what they contributed.
 */
public interface MeetingAdvisers {

    List<Adviser> of(Actor actor, long meetingId);

    /** One invited adviser: name, the message key of where the invitation stands, and the contribution, if any. */
    record Adviser(String name, String stateKey, String contribution) {
    }
}
