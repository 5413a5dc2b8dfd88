package org.gongzhi.cases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.domain.TextRules;

/**
 * A work order (案件): a problem found on patrol or reported by a resident, taken through the loop
 * REPORTED → ACCEPTED → DISPATCHED → IN_HANDLING → HANDLED → CLOSED (or REJECTED), guarding every step.
 * Each step is registered as a {@link CaseEvent} for the timeline.
 */
public final class WorkOrder {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_NAME = 100;
    public static final int MAX_COMMENT = 500;

    private final Long id;
    private final long communityId;
    private final CaseCategory category;
    private final long gridId;
    private final Long reporterResidentId;
    private final int version;
    private CaseState state;
    private ResponsibleParty party;
    private String outsideDepartment;
    private OffsetDateTime deadline;
    private int reworkCount;
    private boolean escalated;
    private Integer rating;
    private String ratingComment;
    private final List<CaseEvent> changes = new ArrayList<>();

    WorkOrder(Long id, long communityId, CaseCategory category, long gridId, Long reporterResidentId, int version,
            CaseState state, ResponsibleParty party, String outsideDepartment, OffsetDateTime deadline,
            int reworkCount, boolean escalated, Integer rating, String ratingComment) {
        this.id = id;
        this.communityId = communityId;
        this.category = category;
        this.gridId = gridId;
        this.reporterResidentId = reporterResidentId;
        this.version = version;
        this.state = state;
        this.party = party;
        this.outsideDepartment = outsideDepartment;
        this.deadline = deadline;
        this.reworkCount = reworkCount;
        this.escalated = escalated;
        this.rating = rating;
        this.ratingComment = ratingComment;
    }

    /** A new problem, reported by a resident (or found on patrol, when there is no reporter). */
    public static WorkOrder report(long communityId, CaseCategory category, long gridId, Long reporterResidentId,
            OffsetDateTime at) {
        WorkOrder order = new WorkOrder(null, communityId, category, gridId, reporterResidentId, 0,
                CaseState.REPORTED, null, null, null, 0, false, null, null);
        order.changes.add(new CaseEvent(CaseEvent.REPORTED, null, CaseState.REPORTED, null, at));
        return order;
    }

    /** Takes one step of the loop, or refuses it with a reason a person can read. */
    public void apply(CaseTransition step, OffsetDateTime at) {
        CaseAction action = step.action();
        if (state != action.from()) {
            throw new Refused("case.refused.state", "cannot " + action + " a case that is " + state, action, state);
        }
        String note = TextRules.optional(step.note(), action == CaseAction.REJECT ? "reason" : "note", MAX_TEXT);
        switch (action) {
            case REJECT -> required(note, "reason");
            case DISPATCH -> dispatchTo(step.party(), step.outsideDepartment(), at);
            case HANDLE -> requireHandlingEvidence(note, step.photoAttached());
            case VERIFY_FAIL -> reworkCount++;
            default -> {
            }
        }
        changes.add(new CaseEvent(action.name(), state, action.to(), note, at));
        state = action.to();
    }

    /** The reporter's satisfaction (1–5) once the case is closed; given once. */
    public void rate(int score, String comment, OffsetDateTime at) {
        if (state != CaseState.CLOSED) {
            throw new Refused("case.refused.rateOpen", "only a closed case can be rated", state);
        }
        if (rating != null) {
            throw new Refused("case.refused.rated", "the case has already been rated");
        }
        if (score < 1 || score > 5) {
            throw InvalidInput.of("score", "case.validation.score");
        }
        rating = score;
        ratingComment = TextRules.optional(comment, "comment", MAX_COMMENT);
        changes.add(new CaseEvent(CaseEvent.RATED, state, state, ratingComment, at));
    }

    /** A resident may say "me too" only about someone else's case that is still open. */
    public void checkMeToo(long residentId) {
        if (!state.isOpen()) {
            throw new Refused("case.refused.meTooClosed", "the case is no longer open", state);
        }
        if (isReporter(residentId)) {
            throw new Refused("case.refused.meTooOwn", "this is your own report");
        }
    }

    /** Dispatched or in handling and past its deadline. */
    public static boolean overdue(CaseState state, OffsetDateTime deadline, OffsetDateTime now) {
        return state.awaitsHandling() && deadline != null && now.isAfter(deadline);
    }

    public boolean isOverdue(OffsetDateTime now) {
        return overdue(state, deadline, now);
    }

    /** Flags an overdue case for the residents' committee; handling goes on. True if it was flagged now. */
    public boolean escalateIfOverdue(OffsetDateTime now) {
        if (escalated || !isOverdue(now)) {
            return false;
        }
        escalated = true;
        changes.add(new CaseEvent(CaseEvent.ESCALATED, state, state, null, now));
        return true;
    }

    public boolean isReporter(Long residentId) {
        return residentId != null && residentId.equals(reporterResidentId);
    }

    private void dispatchTo(ResponsibleParty to, String department, OffsetDateTime at) {
        if (to == null) {
            throw InvalidInput.of("party", "validation.required");
        }
        String name = TextRules.optional(department, "outsideDepartment", MAX_NAME);
        if (to == ResponsibleParty.OUTSIDE_DEPARTMENT) {
            required(name, "outsideDepartment");
        }
        party = to;
        outsideDepartment = to == ResponsibleParty.OUTSIDE_DEPARTMENT ? name : null;
        deadline = category.deadlineFrom(at);
    }

    private static void requireHandlingEvidence(String note, boolean photoAttached) {
        if (!photoAttached) {
            throw InvalidInput.of("photo", "case.validation.handledPhoto");
        }
        required(note, "note");
    }

    private static void required(String text, String field) {
        if (text == null) {
            throw InvalidInput.of(field, "validation.required");
        }
    }

    public Long id() {
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public CaseCategory category() {
        return category;
    }

    public long gridId() {
        return gridId;
    }

    public Long reporterResidentId() {
        return reporterResidentId;
    }

    public int version() {
        return version;
    }

    public CaseState state() {
        return state;
    }

    public ResponsibleParty party() {
        return party;
    }

    public String outsideDepartment() {
        return outsideDepartment;
    }

    public OffsetDateTime deadline() {
        return deadline;
    }

    public int reworkCount() {
        return reworkCount;
    }

    public boolean escalated() {
        return escalated;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    /** The steps taken since the order was loaded, oldest first, for the timeline. */
    public List<CaseEvent> changes() {
        return Collections.unmodifiableList(changes);
    }
}
