package org.gongzhi.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/**
 * Publishing notices and reading them. A resident sees exactly the notices posted now for the place they live in
 * (a grid-2 notice is not found from grid 3, and nothing once they moved out); staff see every notice. Opening a
 * notice records its household's read receipt, once per household.
 */
@Service
public class NoticePublishing {

    private static final String SUBJECT = "NOTICE";

    private final Notices notices;
    private final NoticeAttachments attachments;
    private final NoticePermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;

    NoticePublishing(Notices notices, NoticeAttachments attachments, NoticePermissions permissions, AuditTrail audit,
            Clock clock, ApplicationEventPublisher events, Notifications notifications) {
        this.events = events;
        this.notifications = notifications;
        this.notices = notices;
        this.attachments = attachments;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long publish(Actor actor, NoticeInput input) {
        return publish(actor, input, java.util.List.of());
    }

    /** Publishes the notice with its attachments, all or nothing (the attachments were checked when uploaded). */
    @Transactional
    public long publish(Actor actor, NoticeInput input, java.util.List<AttachmentUpload> files) {
        if (files.size() > AttachmentUpload.MAX_PER_NOTICE) {
            throw InvalidInput.of("attachments", "notice.attachment.invalid.count", AttachmentUpload.MAX_PER_NOTICE);
        }
        Permissions.require(permissions.mayPublish(actor));
        OffsetDateTime now = now();
        input.check(now);
        Notices.Target target = notices.target(actor.communityId(), input.audience(), input.audienceId())
                .orElseThrow(() -> InvalidInput.of("audienceId", "notice.invalid.audienceUnknown"));
        if (!permissions.mayPublishEverywhere(actor)
                && (target.branchId() == null || !permissions.branches(actor).contains(target.branchId()))) {
            throw InvalidInput.of("audienceId", "notice.invalid.outsideScope");
        }
        OffsetDateTime publishAt = input.publishAt() == null || input.publishAt().isBefore(now) ? now
                : input.publishAt();
        long id = notices.add(actor.communityId(), input, target.name(), publishAt, actor.displayName(), now);
        for (AttachmentUpload file : files) {
            attachments.add(actor.communityId(), id, file, now);
        }
        audit.record(actor.communityId(), "NOTICE_PUBLISHED", SUBJECT, id,
                input.audience() + " " + target.name() + ": " + input.title());
        notices.tellAudienceWhenUp(id, actor.residentId());
        events.publishEvent(new NoticePublished(actor.communityId(), id, publishAt));
        return id;
    }

    /** Staff see every notice; a resident those posted now for their place. */
    public PageResult<Notice> list(Actor actor, int page, int size) {
        Permissions.require(permissions.mayRead(actor));
        if (permissions.mayManage(actor)) {
            return notices.all(actor.communityId(), page, size);
        }
        return place(actor).map(p -> notices.postedFor(actor.communityId(), p, now(), page, size))
                .orElseGet(() -> new PageResult<>(java.util.List.of(), page, size, 0));
    }

    /** The notice if the actor may see it, else not found. */
    public Notice visible(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        Optional<Place> place = place(actor);
        Optional<Notice> found = permissions.mayManage(actor)
                ? notices.get(actor.communityId(), id, place.map(Place::householdId).orElse(-1L))
                : place.flatMap(p -> notices.posted(actor.communityId(), id, p, now()));
        return found.orElseThrow(() -> new NotFound("notice " + id));
    }

    /**
     * The notices posted now at a stairwell, building or grid that the actor may see, for the estate map: staff every
     * one, everybody else those for their own place (exactly as {@link #visible}); none for no home.
     */
    public java.util.List<Notices.Located> postedAtPlaces(Actor actor, int limit) {
        if (!permissions.mayRead(actor)) {
            return java.util.List.of();
        }
        if (permissions.mayManage(actor)) {
            return notices.postedAtPlaces(actor.communityId(), now(), limit);
        }
        return place(actor).map(p -> notices.postedAtPlacesFor(actor.communityId(), p, now(), limit))
                .orElse(java.util.List.of());
    }

    /** The few notices posted now for the actor's place, pinned first, for the home page; none for no home. */
    public HomeNotices home(Actor actor) {
        if (actor.communityId() == null) {
            return HomeNotices.NONE;
        }
        return place(actor).map(p -> {
            OffsetDateTime now = now();
            PageResult<Notice> posted = notices.postedFor(actor.communityId(), p, now, 0, HomeNotices.SHOWN);
            return new HomeNotices(posted.items(), posted.total(), notices.unread(actor.communityId(), p, now));
        }).orElse(HomeNotices.NONE);
    }

    /** The files attached to a notice the actor may see. */
    public java.util.List<NoticeAttachment> attachments(Actor actor, long noticeId) {
        return attachments.of(actor.communityId(), visible(actor, noticeId).id());
    }

    /** One attached file of a notice the actor may see; not found otherwise. */
    public NoticeAttachments.File attachment(Actor actor, long noticeId, long attachmentId) {
        return attachments.file(actor.communityId(), visible(actor, noticeId).id(), attachmentId)
                .orElseThrow(() -> new NotFound("notice attachment " + attachmentId));
    }

    /** Refuses (403, or 404 for a notice not seen) before an uploaded file is even read. */
    public void mayAttach(Actor actor, long noticeId) {
        Permissions.require(permissions.mayManage(actor));
        visible(actor, noticeId);
    }

    /** Staff attach a file to a notice already published; at most a few per notice. */
    @Transactional
    public NoticeAttachment attach(Actor actor, long noticeId, AttachmentUpload file) {
        mayAttach(actor, noticeId);
        Notice notice = visible(actor, noticeId);
        if (attachments.count(actor.communityId(), notice.id()) >= AttachmentUpload.MAX_PER_NOTICE) {
            throw InvalidInput.of("file", "notice.attachment.invalid.count", AttachmentUpload.MAX_PER_NOTICE);
        }
        long id = attachments.add(actor.communityId(), notice.id(), file, now());
        audit.record(actor.communityId(), "NOTICE_ATTACHMENT_ADDED", SUBJECT, notice.id(), file.name());
        return attachments.of(actor.communityId(), notice.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Records the actor's household's read receipt for a notice they may see; answers whether it was the first. */
    @Transactional
    public boolean read(Actor actor, long id) {
        Notice notice = visible(actor, id);
        if (actor.residentId() != null) {
            notifications.markSourceRead(actor.communityId(), actor.residentId(), "notice:" + notice.id(), now());
        }
        return place(actor).filter(p -> notices.posted(actor.communityId(), notice.id(), p, now()).isPresent())
                .map(p -> notices.markRead(notice.id(), p, actor.residentId(), now())).orElse(false);
    }

    /** Households of the audience and who has read the notice; for staff only. */
    public ReadCount readCount(Actor actor, long id) {
        Permissions.require(permissions.mayManage(actor));
        return notices.readCount(visible(actor, id));
    }

    /** The notices posted now for the actor's place that their household has not read. */
    public long unread(Actor actor) {
        return place(actor).map(p -> notices.unread(actor.communityId(), p, now())).orElse(0L);
    }

    /** The places the actor may address a notice to; the whole community first when they may. */
    public java.util.List<Notices.Choice> audiences(Actor actor) {
        Permissions.require(permissions.mayPublish(actor));
        boolean everywhere = permissions.mayPublishEverywhere(actor);
        return notices.choices(actor.communityId()).stream()
                .filter(c -> everywhere || c.branchId() != null && permissions.branches(actor).contains(c.branchId()))
                .toList();
    }

    /** The notices posted now for a stairwell, for its board sheet; staff only. */
    public java.util.List<Notice> board(Actor actor, String stairwellCode) {
        Permissions.require(permissions.mayManage(actor));
        Place place = notices.stairwell(actor.communityId(), stairwellCode)
                .orElseThrow(() -> new NotFound("stairwell " + stairwellCode));
        return notices.postedFor(actor.communityId(), place, now(), 0, 100).items();
    }

    public boolean mayPublishEverywhere(Actor actor) {
        return permissions.mayPublishEverywhere(actor);
    }

    private Optional<Place> place(Actor actor) {
        return actor.residentId() == null || actor.communityId() == null ? Optional.empty()
                : notices.placeOf(actor.communityId(), actor.residentId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
