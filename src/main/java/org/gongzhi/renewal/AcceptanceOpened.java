package org.gongzhi.renewal;

import java.time.LocalDate;
import java.util.List;

/**
 * Staff marked a project complete and the households of its area are asked to accept it until {@code closesOn}. The
 * places are a zone's code or grid or building numbers, as {@link AcceptanceArea} says; none for the community.
 */
public record AcceptanceOpened(long communityId, long projectId, long acceptanceId, String title,
        AcceptanceArea area, List<String> places, LocalDate closesOn) {
}
