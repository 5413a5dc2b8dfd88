package org.gongzhi.cases;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.community.Stairwells;
import org.gongzhi.identity.ActingOnBehalf;
import org.gongzhi.identity.OnBehalf;
import org.gongzhi.identity.OnBehalfRequest;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.geo.GeoPoint;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** Residents report problems from their phones (随手拍) and join existing reports with "me too". */
@Service
public class ResidentReports {

    private final WorkOrders orders;
    private final CasePlaces places;
    private final CasePermissions permissions;
    private final CaseHandling handling;
    private final Stairwells stairwells;
    private final PhotoStore photos;
    private final AuditTrail audit;
    private final Clock clock;
    private final ActingOnBehalf onBehalf;

    ResidentReports(WorkOrders orders, CasePlaces places, CasePermissions permissions, CaseHandling handling,
            Stairwells stairwells, PhotoStore photos, AuditTrail audit, Clock clock, ActingOnBehalf onBehalf) {
        this.onBehalf = onBehalf;
        this.orders = orders;
        this.handling = handling;
        this.places = places;
        this.permissions = permissions;
        this.stairwells = stairwells;
        this.photos = photos;
        this.audit = audit;
        this.clock = clock;
    }

    /** The resident's own stairwell, where a report points unless they say otherwise. */
    public String homeStairwell(Actor actor) {
        return actor.residentId() == null ? null : stairwells.codeWhereLives(actor.residentId()).orElse(null);
    }

    /** Where the report points: the place named, or the resident's own stairwell. */
    public CasePlaces.Located locate(Actor actor, Kind kind, String code) {
        boolean blank = code == null || code.isBlank();
        if (blank && kind == Kind.STAIRWELL && homeStairwell(actor) != null) {
            return places.locate(actor.communityId(), kind, homeStairwell(actor));
        }
        if (blank) {
            throw InvalidInput.of("placeCode", "validation.required");
        }
        return places.locate(actor.communityId(), kind, code);
    }

    /**
     * Where a point picked on the map or from the phone's location is placed, by the rule Open311 follows; a point
     * outside the community or far from any stairwell and landmark is a problem of the field {@code lat}.
     */
    public CasePlaces.AtPoint locate(Actor actor, GeoPoint point) {
        try {
            return places.atPoint(actor.communityId(), point);
        } catch (CasePlaces.PointRefused refused) {
            throw InvalidInput.of("lat", "report.validation.point." + refused.reason(),
                    org.gongzhi.community.Estate.NEAREST_WITHIN_M);
        }
    }

    @Transactional
    public long report(Actor actor, ResidentReport report, PhotoUpload photo) {
        Permissions.require(permissions.mayReport(actor));
        CasePlaces.Located where = report.point() != null ? locate(actor, report.point()).where()
                : locate(actor, report.placeKind(), report.placeCode());
        OffsetDateTime now = OffsetDateTime.now(clock);
        WorkOrder order = WorkOrder.report(actor.communityId(), report.category(), where.gridId(),
                actor.residentId(), now);
        long id = orders.add(order, report.description(), where, report.anonymous(), CaseActor.of(actor));
        if (photo != null) {
            orders.addPhoto(actor.communityId(), id, WorkOrders.PHOTO_REPORT,
                    photos.save(photo.bytes(), photo.extension()), photo, now);
        }
        audit.record(actor.communityId(), "CASE_REPORTED", CaseHandling.SUBJECT, id,
                report.category() + " at " + where.place().kind() + " " + where.place().code()
                        + (report.point() == null ? "" : " picked on the map"));
        return id;
    }

    /**
     * A report made for a resident without a phone (代办) by staff or a verified volunteer, with the resident's
     * consent: the resident is its reporter (it is in their own list when they sign in), the helper is named on it.
     * A blank place is the resident's own stairwell.
     */
    @Transactional
    public long reportFor(Actor helper, OnBehalfRequest whom, ResidentReport report) {
        OnBehalf helped = onBehalf.check(helper, whom);
        CasePlaces.Located where = report.placeGiven() || report.placeKind() != Kind.STAIRWELL
                ? locate(helper, report.placeKind(), report.placeCode())
                : places.locate(helper.communityId(), Kind.STAIRWELL,
                        stairwells.codeWhereLives(helped.residentId()).orElseThrow(
                                () -> InvalidInput.of("placeCode", "validation.required")));
        OffsetDateTime now = OffsetDateTime.now(clock);
        WorkOrder order = WorkOrder.report(helper.communityId(), report.category(), where.gridId(),
                helped.residentId(), now);
        long id = orders.add(order, report.description(), where, report.anonymous(), CaseActor.of(helper), helped);
        audit.record(helper.communityId(), "CASE_REPORTED_ON_BEHALF", CaseHandling.SUBJECT, id,
                report.category() + " at " + where.place().kind() + " " + where.place().code() + " consent "
                        + helped.consent());
        return id;
    }

    /** Whether the actor may report for a resident without a phone (代办). */
    public boolean mayHelp(Actor actor) {
        return onBehalf.mayHelp(actor);
    }

    /**
     * A problem found on a branch's monthly patrol becomes a case like a resident's report, but with no resident
     * reporter: the branch reports it, and the permission to record the patrol is the caller's to check.
     */
    @Transactional
    public FiledFinding reportFinding(long communityId, CaseCategory category, String description,
            CasePlaces.Located where, PhotoUpload photo, CaseActor who, OffsetDateTime at) {
        WorkOrder order = WorkOrder.report(communityId, category, where.gridId(), null, at);
        long id = orders.add(order, description, where, false, who);
        Long photoId = photo == null ? null : orders.addPhoto(communityId, id, WorkOrders.PHOTO_REPORT,
                photos.save(photo.bytes(), photo.extension()), photo, at);
        audit.record(communityId, "CASE_REPORTED", CaseHandling.SUBJECT, id,
                category + " found on patrol at " + where.place().kind() + " " + where.place().code());
        return new FiledFinding(id, photoId);
    }

    /** The case a patrol finding became, and its photo if one was sent. */
    public record FiledFinding(long caseId, Long photoId) {
    }

    /**
     * "Me too" on someone else's open case the resident may already see; counted once per resident, and it shows
     * them nothing more. Returns how many said so.
     */
    @Transactional
    public long meToo(Actor actor, long id) {
        WorkOrder order = handling.visible(actor, id);
        Permissions.require(permissions.mayReport(actor));
        order.checkMeToo(actor.residentId());
        return orders.addMeToo(actor.communityId(), id, actor.residentId(), OffsetDateTime.now(clock));
    }
}
