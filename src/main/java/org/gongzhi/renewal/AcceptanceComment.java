package org.gongzhi.renewal;

import java.time.OffsetDateTime;

/** What a household said when accepting a project, without saying who: the verdict, the comment and when. */
public record AcceptanceComment(AcceptanceVerdict verdict, String comment, OffsetDateTime answeredAt) {
}
