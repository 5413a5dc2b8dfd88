package org.gongzhi.renewal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.TextRules;

/** A second staff member's reason to let a payment pass what its funding line has left. */
public record OverrideInput(@NotBlank @Size(max = OverrideInput.MAX_REASON) String reason) {

    public static final int MAX_REASON = 500;

    /** The reason, stripped; a blank one is a field error. */
    public String checked() {
        return TextRules.required(reason, "reason", MAX_REASON);
    }
}
