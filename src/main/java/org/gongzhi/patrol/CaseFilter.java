package org.gongzhi.patrol;

/** What a list of work orders is narrowed to; null means any. */
public record CaseFilter(CaseState state, CaseCategory category, Integer gridNumber, int page, int size) {
}
