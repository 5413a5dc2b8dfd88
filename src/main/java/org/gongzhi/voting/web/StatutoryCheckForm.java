package org.gongzhi.voting.web;

import org.gongzhi.voting.tally.TallyInput;

/** The statutory-check page's form: the matter item's number and the six figures, as typed. */
public record StatutoryCheckForm(String matterItem, String totalOwners, String totalArea,
        String participatingOwners, String participatingArea, String agreeingOwners, String agreeingArea) {

    TallyInput input() {
        return new TallyInput(matterItem, totalOwners, totalArea, participatingOwners, participatingArea,
                agreeingOwners, agreeingArea);
    }

    static StatutoryCheckForm empty() {
        return new StatutoryCheckForm(null, null, null, null, null, null, null);
    }
}
