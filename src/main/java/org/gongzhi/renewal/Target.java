package org.gongzhi.renewal;

/**
 * A measurable target of a project ("修复路灯", 300 盏) or a milestone (planned 1, no unit), its weight among the
 * project's targets, and how much of it is done.
 */
public record Target(long id, long projectId, String name, String unit, long planned, long done, int weight) {

    public boolean milestone() {
        return unit == null && planned == 1;
    }

    /** Done over planned in whole percent, rounded down; never above 100. */
    public int percent() {
        return (int) (Math.min(done, planned) * 100 / planned);
    }

    public long remaining() {
        return Math.max(0, planned - done);
    }
}
