package org.gongzhi.shared.security;

import org.springframework.security.access.AccessDeniedException;

/** Helpers for the per-module permission classes. */
public final class Permissions {

    private Permissions() {
    }

    public static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed");
        }
    }

    public static Actor actor() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The community the actor works in; accounts without one (a bare administrator) may not use its data. */
    public static long community() {
        Long community = actor().communityId();
        if (community == null) {
            throw new AccessDeniedException("no community");
        }
        return community;
    }
}
