package org.gongzhi.dashboard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the home page puts first for the signed-in person: what asks for them now, what is going on, their own
 * matters and, for staff, their to-do counts. Each block holds at most a few items and how many there are in all.
 */
public record Today(Block<VoteItem> votes, Block<NoticeItem> notices, Block<ProjectItem> projects,
        Block<ReportItem> myReports, Block<ProposalItem> myProposals, List<ToDo> staff, List<BranchItem> branches) {

    /** How many items a block shows; the rest are one "all" link away. */
    static final int SHOWN = 3;

    /** Some items of a longer list and its length. */
    public record Block<T>(long total, List<T> items) {

        static <T> Block<T> none() {
            return new Block<>(0, List.of());
        }

        static <T> Block<T> of(List<T> all) {
            return new Block<>(all.size(), all.stream().limit(SHOWN).toList());
        }

        /** Whether the block is shown at all. */
        public boolean shown() {
            return total > 0;
        }

        /** Whether there are more than the items shown. */
        public boolean more() {
            return total > items.size();
        }
    }

    /** An open vote waiting for the person's ballot; {@code closesAt} is until when (Shanghai time), null if no end. */
    public record VoteItem(long id, String kind, String title, LocalDate openedOn, String url,
            OffsetDateTime closesAt) {
    }

    /** A plan on public notice and the whole days left to object (0: the period ends today). */
    public record NoticeItem(long id, String title, OffsetDateTime endsAt, long daysLeft, String url) {
    }

    /** A micro-renewal project under way and how far along it is. */
    public record ProjectItem(long id, String title, int percentDone, String url) {
    }

    /** One of the person's open reports (or a report they said "me too" to). */
    public record ReportItem(long id, String category, String state, String url) {
    }

    /** One of the proposals the person raised. */
    public record ProposalItem(long id, String title, String state, String url) {
    }

    /** A count on a staff member's to-do list, named by {@code key}, with the page that lists it. */
    public record ToDo(String key, long count, String url) {
    }

    /**
     * A grid branch the person is secretary of: its grids, its next patrol, the work orders in its grids that wait
     * for the secretary (counts named by {@code key}, each linking to the case list filtered the same way) and the
     * patrol records it has not closed yet.
     */
    public record BranchItem(int number, String name, List<Integer> grids, NextPatrol nextPatrol, List<ToDo> todo,
            List<OpenRecord> openRecords) {
    }

    /**
     * The branch's next patrol that is not cancelled, on the date it actually takes place ({@code moved} if that is
     * not the rule's date); {@code url} is its day page on the day itself, the branch's schedule before.
     */
    public record NextPatrol(LocalDate date, LocalTime start, String meetingPoint, boolean moved, boolean today,
            String url) {
    }

    /**
     * A patrol that still needs writing up, with its day page: a record started but not closed, or ({@code started}
     * false) the branch's latest patrol that took place with nothing recorded yet.
     */
    public record OpenRecord(LocalDate date, boolean started, String url) {
    }

    /** Whether anything above the community statistics is shown. */
    public boolean anything() {
        return votes.shown() || notices.shown() || projects.shown() || myReports.shown() || myProposals.shown()
                || !staff.isEmpty() || !branches.isEmpty();
    }
}
