package org.gongzhi.patrol.web;

import java.time.LocalDate;
import java.util.Arrays;

/** The patrol day's steps, each one screen: {@code ?step=checklist} opens one without script. */
enum PatrolDayStep {
    ATTENDANCE, CHECKLIST, FINDINGS;

    static PatrolDayStep of(String name) {
        return Arrays.stream(values()).filter(s -> s.urlName().equals(name)).findFirst().orElse(ATTENDANCE);
    }

    public String urlName() {
        return name().toLowerCase();
    }

    String redirect(int branchNumber, LocalDate date) {
        return "redirect:/patrols/branches/" + branchNumber + "/" + date + "?step=" + urlName();
    }
}
