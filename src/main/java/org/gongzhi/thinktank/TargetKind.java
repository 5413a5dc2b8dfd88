package org.gongzhi.thinktank;

import org.gongzhi.shared.domain.Labelled;

/** What a talent is invited to advise on. */
public enum TargetKind implements Labelled {
    MEETING, PROJECT
}
