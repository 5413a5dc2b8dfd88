package org.gongzhi.community.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.gongzhi.community.RegisterQueries.Grid;
import org.gongzhi.community.RegisterQueries;
import org.gongzhi.shared.security.Actor;

/** The grids of the signed-in person's community, for the grid filters of the register's lists. */
@ControllerAdvice(assignableTypes = {ResidentController.class, StairwellController.class})
class GridChoices {

    private final RegisterQueries register;

    GridChoices(RegisterQueries register) {
        this.register = register;
    }

    @ModelAttribute
    void gridNumbers(Model model) {
        Long community = Actor.current().map(Actor::communityId).orElse(null);
        model.addAttribute("gridNumbers", community == null ? List.of()
                : register.grids(community).stream().map(Grid::number).toList());
    }
}
