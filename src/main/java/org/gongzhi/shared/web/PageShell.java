package org.gongzhi.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

import org.gongzhi.shared.security.Actor;

/** What every page's shell needs: who is signed in, the menu the modules offer them, and care mode. */
@Component
class PageShell implements PageModel {

    private final List<MenuEntries> menus;

    PageShell(List<MenuEntries> menus) {
        this.menus = menus;
    }

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("shell", shell(request));
    }

    Shell shell(HttpServletRequest request) {
        Actor actor = Actor.current().orElse(null);
        List<MenuEntry> menu = actor == null ? List.of() : menus.stream()
                .flatMap(m -> m.offeredTo(actor).stream())
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .toList();
        // an error page marks the part of the site whose address went wrong
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed : request.getRequestURI();
        return new Shell(actor, Preferences.careMode(request), menu, current(menu, path));
    }

    private static MenuEntry current(List<MenuEntry> menu, String path) {
        return menu.stream().filter(e -> e.covers(path))
                .max(Comparator.comparingInt(e -> e.section().length())).orElse(null);
    }

    /** The page shell's view of the request. */
    public record Shell(Actor actor, boolean careMode, List<MenuEntry> menu, MenuEntry current) {

        public boolean signedIn() {
            return actor != null;
        }

        public List<MenuEntry> bar() {
            return menu.stream().filter(MenuEntry::inBar).toList();
        }

        public List<MenuEntry> more() {
            return menu.stream().filter(e -> !e.inBar()).toList();
        }

        public boolean on(MenuEntry entry) {
            return entry.equals(current);
        }

        public boolean moreOn() {
            return current != null && !current.inBar();
        }
    }
}
