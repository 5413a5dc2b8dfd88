package org.gongzhi.shared.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Named age bands, each from an age (the first from 0) up to the next band's, as SQL: a module that counts people
 * by generation takes the bands from its caller instead of knowing the register's definition of generations.
 */
public record AgeBands(List<Band> bands) {

    public record Band(String name, int fromAge) {
    }

    public AgeBands {
        bands = List.copyOf(bands);
    }

    /** SQL naming the band of the person born on {@code birthColumn} on the day of {@link #params}. */
    public String sql(String birthColumn) {
        StringBuilder sql = new StringBuilder("case");
        for (int i = bands.size() - 1; i > 0; i--) {
            sql.append(" when ").append(birthColumn).append(" <= :ageBand").append(i)
                    .append(" then '").append(bands.get(i).name()).append('\'');
        }
        return sql.append(" else '").append(bands.get(0).name()).append("' end").toString();
    }

    /** The named parameters of {@link #sql}: born on or before these days, a person is of that band's age. */
    public Map<String, Object> params(LocalDate on) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 1; i < bands.size(); i++) {
            params.put("ageBand" + i, on.minusYears(bands.get(i).fromAge()));
        }
        return params;
    }
}
