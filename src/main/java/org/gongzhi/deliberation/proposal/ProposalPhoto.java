package org.gongzhi.deliberation.proposal;

/** A photo of a proposal, in the order it was added; {@code url} serves the image to whoever sees the proposal. */
public record ProposalPhoto(long id, String url) {

    public static ProposalPhoto of(long proposalId, long photoId) {
        return new ProposalPhoto(photoId, "/proposals/" + proposalId + "/photos/" + photoId);
    }
}
