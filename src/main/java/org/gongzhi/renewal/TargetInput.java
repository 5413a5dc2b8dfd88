package org.gongzhi.renewal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A target as staff type it: what ("修复路灯"), the unit ("盏"; none for a milestone), how many are planned (1 for a
 * milestone when left out) and its weight among the project's targets (1 when left out).
 */
public record TargetInput(@NotBlank @Size(max = 100) String name, @Size(max = 20) String unit,
        @Min(1) @Max(1_000_000_000) Long planned, @Min(1) @Max(100) Integer weight) {

    public String unitText() {
        return unit == null || unit.isBlank() ? null : unit.strip();
    }

    public long plannedOrOne() {
        return planned == null ? 1 : planned;
    }

    public int weightOrOne() {
        return weight == null ? 1 : weight;
    }
}
