package org.gongzhi.community.web;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.gongzhi.shared.security.Actor;

/** The grids of the signed-in person's community, for the grid filters of the register's lists. */
@ControllerAdvice(assignableTypes = {ResidentController.class, StairwellController.class})
class GridChoices {

    private final JdbcClient jdbc;

    GridChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ModelAttribute
    void gridNumbers(Model model) {
        Long community = Actor.current().map(Actor::communityId).orElse(null);
        model.addAttribute("gridNumbers", community == null ? List.of()
                : jdbc.sql("select number from grid where community_id = ? order by number").param(community)
                        .query(Integer.class).list());
    }
}
