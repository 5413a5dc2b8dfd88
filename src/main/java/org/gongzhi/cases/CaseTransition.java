package org.gongzhi.cases;

/**
 * A step someone asks to take on a work order. The note is the reason of a rejection, the instructions of a
 * dispatch or the report of the handling; handling needs a photo, an outside department needs a name.
 */
public record CaseTransition(CaseAction action, String note, ResponsibleParty party, String outsideDepartment,
        boolean photoAttached) {

    public static CaseTransition of(CaseAction action) {
        return new CaseTransition(action, null, null, null, false);
    }
}
