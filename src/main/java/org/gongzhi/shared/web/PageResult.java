package org.gongzhi.shared.web;

import java.util.List;

/** One page of a longer list. Pages are numbered from 0. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public static int clampSize(Integer size) {
        return size == null ? 20 : Math.max(1, Math.min(size, 100));
    }

    public static int clampPage(Integer page) {
        return page == null ? 0 : Math.max(0, page);
    }
}
