package org.gongzhi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/** What every page's shell needs: who is signed in, which navigation they get, and care mode. */
@ControllerAdvice
class PageShell {

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        Actor actor = Actor.current().orElse(null);
        return new Shell(actor, Preferences.careMode(request), request.getRequestURI());
    }

    /** The page shell's view of the request. */
    public record Shell(Actor actor, boolean careMode, String path) {

        public boolean signedIn() {
            return actor != null;
        }

        public boolean staff() {
            return actor != null && actor.hasAny(Role.RC_STAFF, Role.ADMIN, Role.SUBDISTRICT_OFFICER,
                    Role.GRID_BRANCH_SECRETARY);
        }

        public boolean rcStaff() {
            return actor != null && actor.has(Role.RC_STAFF);
        }

        public boolean caseWorker() {
            return actor != null && actor.hasAny(Role.RC_STAFF, Role.PM_STAFF, Role.OC_MEMBER,
                    Role.GRID_BRANCH_SECRETARY, Role.ADMIN, Role.SUBDISTRICT_OFFICER);
        }

        public boolean measures() {
            return actor != null && actor.hasAny(Role.RC_STAFF, Role.GRID_BRANCH_SECRETARY, Role.SUBDISTRICT_OFFICER,
                    Role.ADMIN);
        }

        public boolean reporter() {
            return actor != null && actor.has(Role.RESIDENT) && actor.residentId() != null;
        }

        public boolean tallyCalculator() {
            return actor != null && actor.hasAny(Role.OC_MEMBER, Role.RC_STAFF, Role.ADMIN);
        }

        public boolean admin() {
            return actor != null && actor.has(Role.ADMIN);
        }

        public boolean active(String prefix) {
            return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
        }
    }
}
