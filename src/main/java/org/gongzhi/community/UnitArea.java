package org.gongzhi.community;

import org.gongzhi.community.UnitOwnership.AreaSource;

/**
 * A unit's three floor areas in hundredths of m²; owners' votes use the property register's, else the survey's, else
 * the sale contract's (最高法 建筑物区分所有权解释 第8条).
 */
public record UnitArea(Long register, Long survey, Long contract) {

    public Long voting() {
        return register != null ? register : survey != null ? survey : contract;
    }

    public AreaSource source() {
        return register != null ? AreaSource.REGISTER : survey != null ? AreaSource.SURVEY : AreaSource.CONTRACT;
    }

    /** Hundredths of m² shown as m² with two decimals. */
    public String text() {
        Long area = voting();
        return area == null ? null : "%d.%02d".formatted(area / 100, area % 100);
    }
}
