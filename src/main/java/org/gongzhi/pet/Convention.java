package org.gongzhi.pet;

import java.time.OffsetDateTime;

/** A version of the community's 文明养宠公约 (the dog rules) as published; the newest is in force. */
public record Convention(long id, String title, String body, String publishedBy, OffsetDateTime publishedAt) {
}
