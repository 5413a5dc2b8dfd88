package org.gongzhi.voting.ballot;

/** How a ballot reached the count; all but WEB are entered by staff with evidence. */
public enum BallotChannel {
    WEB, PAPER, PROXY, DOOR_TO_DOOR;

    public boolean staffEntered() {
        return this != WEB;
    }
}
