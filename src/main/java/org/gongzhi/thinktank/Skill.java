package org.gongzhi.thinktank;

/** A skill from the list staff keep. */
public record Skill(long id, String name) {
}
