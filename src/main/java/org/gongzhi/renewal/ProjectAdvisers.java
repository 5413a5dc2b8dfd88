package org.gongzhi.renewal;

import java.util.List;
import java.util.Optional;

import org.gongzhi.shared.security.Actor;

/**
 * The advisers invited to a project from the think tank, as the project's page shows them. The think tank answers
 * it; renewal asks without knowing talents. Staff who invite see every invitation; everyone else, signed in or not,
 * sees those who accepted, with the name masked, and what they contributed.
 */
public interface ProjectAdvisers {

    List<Adviser> of(long communityId, Optional<Actor> reader, long projectId);

    /** One invited adviser: name, profession, the message key of where the invitation stands, the contribution. */
    record Adviser(String name, String profession, String stateKey, String contribution) {
    }
}
