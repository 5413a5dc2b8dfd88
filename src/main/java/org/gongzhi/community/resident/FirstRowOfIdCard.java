package org.gongzhi.community.resident;

/**
 * The first row of a file that carried each ID number, in two arrays (open addressing) rather than a million boxed
 * map entries: a valid number is kept as its first 17 digits, which decide the 18th.
 */
final class FirstRowOfIdCard {

    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** The row that had the number first, or 0 after remembering {@code row} (rows are numbered from 1). */
    int putIfAbsent(IdCardNumber id, int row) {
        long key = Long.parseLong(id.value().substring(0, 17));
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = slot(keys, rows, key);
        if (rows[slot] != 0) {
            return rows[slot];
        }
        keys[slot] = key;
        rows[slot] = row;
        size++;
        return 0;
    }

    private static int slot(long[] keys, int[] rows, long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (rows[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldRows[i] != 0) {
                int slot = slot(keys, rows, oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
