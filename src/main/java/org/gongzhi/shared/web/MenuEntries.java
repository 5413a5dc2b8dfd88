package org.gongzhi.shared.web;

import java.util.List;

import org.gongzhi.shared.security.Actor;

/**
 * What a module puts in the site menu. Each module offers its pages to whom the same permission its controller
 * checks lets in, so the menu never leads to a refusal.
 */
public interface MenuEntries {

    List<MenuEntry> offeredTo(Actor actor);
}
