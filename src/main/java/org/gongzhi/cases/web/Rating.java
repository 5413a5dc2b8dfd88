package org.gongzhi.cases.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.cases.WorkOrder;

/** The reporter's satisfaction with a closed case, from the page or the API: {@code {"score": 5, "comment": …}}. */
record Rating(@NotNull @Min(1) @Max(5) Integer score, @Size(max = WorkOrder.MAX_COMMENT) String comment) {
}
