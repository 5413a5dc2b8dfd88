package org.gongzhi.deliberation.proposal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalPermissions;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalSummary;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * Photos the author adds to their proposal: while it is a draft or submitted (not once it is on the agenda), at
 * most {@value #MAX_PHOTOS}; a draft's photo may be removed again. They are seen by whoever sees the proposal.
 */
@Service
public class ProposalPhotoHandling {

    public static final int MAX_PHOTOS = 4;
    static final String FOLDER = "proposals";

    private final ProposalHandling proposals;
    private final Proposals store;
    private final ProposalPhotos photos;
    private final PhotoStore files;
    private final ProposalPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalPhotoHandling(ProposalHandling proposals, Proposals store, ProposalPhotos photos, PhotoStore files,
            ProposalPermissions permissions, AuditTrail audit, Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.photos = photos;
        this.files = files;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises a proposal with its photos in one transaction: nothing is kept if a photo is refused. */
    @Transactional
    public long raise(Actor actor, ProposalContent content, ProposalPlace place, boolean submit,
            List<PhotoUpload> uploads) {
        long id = proposals.raise(actor, content, place, false);
        add(actor, id, uploads);
        if (submit) {
            proposals.submit(actor, id);
        }
        return id;
    }

    /** Rewrites a draft and adds the photos given, then submits it if asked to. */
    @Transactional
    public void revise(Actor actor, long id, ProposalContent content, ProposalPlace place, boolean submit,
            List<PhotoUpload> uploads) {
        proposals.revise(actor, id, content, place, false);
        add(actor, id, uploads);
        if (submit) {
            proposals.submit(actor, id);
        }
    }

    /**
     * Adds photos to the actor's own draft or submitted proposal; returns their ids. The proposal's row is held
     * until the transaction ends, so two uploads at once cannot pass the limit together.
     */
    @Transactional
    public List<Long> add(Actor actor, long id, List<PhotoUpload> uploads) {
        if (uploads.isEmpty()) {
            return List.of();
        }
        Proposal proposal = own(actor, id);
        if (proposal.state() != ProposalState.DRAFT && proposal.state() != ProposalState.SUBMITTED) {
            throw new Refused("proposal.refused.photoAdd",
                    "photos are added only to a draft or a submitted proposal", proposal.state());
        }
        int have = photos.count(id);
        if (have + uploads.size() > MAX_PHOTOS) {
            throw InvalidInput.of("photos", "proposal.validation.photoCount", MAX_PHOTOS, have);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return uploads.stream().map(upload -> {
            String key = files.save(FOLDER, upload.bytes(), upload.extension());
            long photoId = photos.add(actor.communityId(), id, key, upload.contentType(), upload.bytes().length,
                    actor.residentId(), now);
            audit.record(actor.communityId(), "PROPOSAL_PHOTO_ADDED", Proposal.SUBJECT, id, "photo " + photoId);
            return photoId;
        }).toList();
    }

    /** The author takes a photo off their draft. */
    @Transactional
    public void remove(Actor actor, long id, long photoId) {
        Proposal proposal = own(actor, id);
        if (proposal.state() != ProposalState.DRAFT) {
            throw new Refused("proposal.refused.photoRemove",
                    "photos are removed only from a draft", proposal.state());
        }
        if (!photos.remove(id, photoId)) {
            throw new NotFound("photo " + photoId);
        }
        audit.record(actor.communityId(), "PROPOSAL_PHOTO_REMOVED", Proposal.SUBJECT, id, "photo " + photoId);
    }

    /** The image, for whoever may see the proposal (a draft's only for its author). */
    public Image image(Actor actor, long id, long photoId) {
        proposals.visible(actor, id);
        ProposalPhotos.Stored stored = photos.find(id, photoId)
                .orElseThrow(() -> new NotFound("photo " + photoId));
        byte[] bytes = files.read(stored.storageKey()).orElseThrow(() -> new NotFound("photo " + photoId));
        return new Image(bytes, stored.contentType());
    }

    public List<ProposalPhoto> of(long id) {
        return photos.of(id);
    }

    /** The first photo of each listed proposal that has one, by proposal id; one query for the whole page. */
    public Map<Long, ProposalPhoto> firstOf(List<ProposalSummary> listed) {
        return photos.firstOf(listed.stream().map(ProposalSummary::id).toList());
    }

    /** The author's proposal, held and read again so that its state cannot change until the transaction ends. */
    private Proposal own(Actor actor, long id) {
        Permissions.require(permissions.mayParticipate(actor));
        Proposal seen = proposals.visible(actor, id);
        Permissions.require(seen.isAuthor(actor.residentId()));
        store.hold(actor.communityId(), id);
        return store.get(actor.communityId(), id);
    }

    /** A stored photo's bytes and content type. */
    public record Image(byte[] bytes, String contentType) {
    }
}
