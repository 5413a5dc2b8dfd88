package org.gongzhi.renewal;

/** A measurable target added up across the community's projects: "修复路灯" 300 of 300 盏. */
public record TargetTotal(String name, String unit, long done, long planned) {
}
