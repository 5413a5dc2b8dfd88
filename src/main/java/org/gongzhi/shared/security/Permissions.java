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
}
