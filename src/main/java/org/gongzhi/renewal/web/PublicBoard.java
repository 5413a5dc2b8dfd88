package org.gongzhi.renewal.web;

import java.util.Optional;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;

/**
 * Whose projects a reader of the public board sees: a signed-in person their own community's; anyone else the
 * community named by its code ({@code ?community=AOYUAN}), or the first one while the installation serves one.
 */
@Component
class PublicBoard {

    private final RegisterQueries register;

    PublicBoard(RegisterQueries register) {
        this.register = register;
    }

    /**
     * Makes the visitor's form token now: a long public page is sent while it renders, and a token made only when its
     * footer's forms need one would come after the response began, too late for the session cookie.
     */
    static void readyForms(CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }

    /** The person signed in to a community, if any. */
    Optional<Actor> reader() {
        return Actor.current().filter(a -> a.communityId() != null);
    }

    long community(String code) {
        Optional<Actor> reader = reader();
        if (reader.isPresent() && (code == null || code.isBlank())) {
            return reader.get().communityId();
        }
        if (code != null && !code.isBlank()) {
            return register.community(code.strip().toUpperCase()).map(RegisterQueries.Community::id)
                    .orElseThrow(() -> new NotFound("community " + code));
        }
        return register.firstCommunityId().orElseThrow(() -> new NotFound("community"));
    }
}
