package org.gongzhi.thinktank;

import java.time.OffsetDateTime;

/** An invitation to advise on a meeting or project, with the answer and the contribution recorded. */
public record Invitation(long id, long talentId, String talentName, TargetKind targetKind, long targetId,
        String targetTitle, String message, String invitedBy, OffsetDateTime invitedAt, InvitationAnswer answer,
        OffsetDateTime answeredAt, String contribution, String contributionBy) {
}
