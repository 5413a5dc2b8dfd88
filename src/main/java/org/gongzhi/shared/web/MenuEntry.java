package org.gongzhi.shared.web;

/**
 * One link of the site menu: its place in the order, where it leads, its label's message key, whether it stays in
 * the bar or folds under 更多, and the part of the site (a path prefix) in which it is marked as the current one.
 */
public record MenuEntry(int order, String path, String label, boolean inBar, String section) {

    public static MenuEntry bar(int order, String path, String label) {
        return new MenuEntry(order, path, label, true, path);
    }

    public static MenuEntry more(int order, String path, String label) {
        return new MenuEntry(order, path, label, false, path);
    }

    public MenuEntry markedWithin(String prefix) {
        return new MenuEntry(order, path, label, inBar, prefix);
    }

    /** Whether a request path lies in this entry's part of the site ("/" only for the home page itself). */
    boolean covers(String requestPath) {
        return section.equals(requestPath) || !"/".equals(section) && requestPath.startsWith(section + "/");
    }
}
