package org.gongzhi.activity;

/** A programme (brand) such as 7890暖心屋, or one of its sub-brands (暖心影院) when it has a parent. */
public record Programme(long id, Long parentId, String code, String name, String purpose) {
}
