package org.gongzhi.volunteer;

import org.gongzhi.shared.domain.Labelled;

/** How the person visited was: well, unwell, or in need of help. */
public enum Wellbeing implements Labelled {
    WELL, UNWELL, NEEDS_HELP
}
