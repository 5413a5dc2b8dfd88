package org.gongzhi.voting.ballot;

/** How the door-to-door canvassing of one unit stands; VOTED follows from a ballot and is never set by hand. */
public enum CanvassStatus {
    PENDING, CONTACTED, VOTED, REFUSED, UNREACHABLE
}
