package org.gongzhi.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput;

/**
 * Who is asked to accept a project staff mark complete, as typed: the area (the whole community when left out), the
 * places in it (a zone's code, or grid or building numbers separated by commas) and how many days they have (the
 * community's default when left out).
 */
public record AcceptanceInput(AcceptanceArea area, @Size(max = 200) String places, @Min(1) @Max(90) Integer days) {

    /** The checked area: its places in the order typed, without repeats, and the last day to answer. */
    public record Checked(AcceptanceArea area, List<String> places, LocalDate closesOn) {

        public String placesText() {
            return places.isEmpty() ? null : String.join(",", places);
        }
    }

    public Checked parse(LocalDate today, int defaultDays) {
        AcceptanceArea a = area == null ? AcceptanceArea.COMMUNITY : area;
        int d = days == null ? defaultDays : days;
        if (d < 1 || d > 90) {
            throw InvalidInput.of("days", "acceptance.validation.days");
        }
        return new Checked(a, places(a), today.plusDays(d));
    }

    private List<String> places(AcceptanceArea a) {
        if (a == AcceptanceArea.COMMUNITY) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String part : (places == null ? "" : places).split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String p = part.strip().toUpperCase();
            if (a != AcceptanceArea.ZONE && !p.matches("[1-9][0-9]{0,3}")) {
                throw InvalidInput.of("places", "acceptance.validation.number", part.strip());
            }
            found.add(p);
        }
        if (found.isEmpty() || a == AcceptanceArea.ZONE && found.size() != 1) {
            throw InvalidInput.of("places", "acceptance.validation.places." + a);
        }
        return new ArrayList<>(found);
    }
}
