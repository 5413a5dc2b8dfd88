package org.gongzhi.patrol.record;

import org.gongzhi.shared.domain.InvalidInput;

/** A change to a patrol record that its secretary has already closed. */
public class PatrolRecordClosed extends InvalidInput {

    PatrolRecordClosed() {
        super(java.util.List.of(new Problem("record", "patrol.day.validation.closed")));
    }
}
