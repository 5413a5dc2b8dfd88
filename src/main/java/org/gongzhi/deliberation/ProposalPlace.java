package org.gongzhi.deliberation;

import java.util.Arrays;
import java.util.Locale;

import org.gongzhi.community.Landmark;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * Where a proposal is about: a stairwell, a building, a landmark such as Swan Lake, or the whole community.
 * Written as {@code KIND:CODE}, e.g. {@code STAIRWELL:AY-1-1}, {@code LANDMARK:SWAN_LAKE}, {@code COMMUNITY}.
 */
public record ProposalPlace(Kind kind, String code) {

    public static final ProposalPlace COMMUNITY = new ProposalPlace(Kind.COMMUNITY, "");

    /** The kinds of place a proposal can be about. */
    public enum Kind {
        STAIRWELL,
        BUILDING,
        LANDMARK,
        COMMUNITY
    }

    public ProposalPlace {
        code = code == null ? "" : code;
    }

    /** Reads {@code KIND:CODE}; a blank text is null (the caller's default applies). */
    public static ProposalPlace parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(":", 2);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equalsIgnoreCase(parts[0])).findFirst()
                .orElseThrow(() -> InvalidInput.of("place", "validation.choice", text));
        String code = parts.length > 1 ? parts[1].strip().toUpperCase(Locale.ROOT) : "";
        if (kind == Kind.LANDMARK && Landmark.named(code).isEmpty()) {
            throw InvalidInput.of("place", "validation.choice", text);
        }
        if (kind != Kind.COMMUNITY && code.isEmpty()) {
            throw InvalidInput.of("place", "validation.required");
        }
        return new ProposalPlace(kind, kind == Kind.COMMUNITY ? "" : code);
    }

    public String text() {
        return kind == Kind.COMMUNITY ? kind.name() : kind + ":" + code;
    }

    public String messageKey() {
        return kind == Kind.LANDMARK ? "landmark." + code : "proposal.place." + kind;
    }

    public Object[] args() {
        return new Object[] {code};
    }
}
