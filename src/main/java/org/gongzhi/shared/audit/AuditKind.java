package org.gongzhi.shared.audit;

import java.util.List;

import org.gongzhi.shared.domain.Labelled;

/** Kinds of audit entries an administrator looks for (个人信息保护法: who saw or took personal data), by action name. */
public enum AuditKind implements Labelled {
    /** A full ID-card number shown to someone. */
    REVEAL("%REVEAL%"),
    /** Personal data leaving the application: exports, recount bundles, a resident's own download. */
    EXPORT("%EXPORT%", "%BUNDLE%", "%DOWNLOAD%"),
    /** Corrections of the register and requests for them. */
    CORRECTION("%CORRECT%"),
    /** Residents made anonymous after moving out. */
    ANONYMISATION("%ANONYMIS%"),
    /** Searches of this very log. */
    AUDIT_SEARCH("AUDIT_SEARCHED");

    private final List<String> actionPatterns;

    AuditKind(String... actionPatterns) {
        this.actionPatterns = List.of(actionPatterns);
    }

    /** SQL {@code like} patterns of the actions of this kind. */
    public List<String> actionPatterns() {
        return actionPatterns;
    }
}
