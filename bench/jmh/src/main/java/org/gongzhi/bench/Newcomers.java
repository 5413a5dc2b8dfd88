package org.gongzhi.bench;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.community.resident.IdCardNumber;

/**
 * Residents to import: valid, each with an ID number no one else has (born 1901–1925 like the tests' residents, so
 * never a demo resident), spread over every unit of the community's register, as the template's eleven columns.
 */
final class Newcomers {

    private final List<String[]> units;

    Newcomers(JdbcClient jdbc, long community) {
        units = jdbc.sql("""
                select s.code, u.room from unit u join stairwell s on s.id = u.stairwell_id
                where u.community_id = ? order by u.id""").param(community)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** Resident number {@code k} (0 ≤ k < 9,000,000): always the same person for the same k. */
    String[] row(long k) {
        LocalDate born = LocalDate.of(1901, 1, 1).plusDays(k / 1000);
        String first17 = "310117" + born.toString().replace("-", "") + "%03d".formatted(k % 1000);
        String idCard = first17 + IdCardNumber.checkDigit(first17);
        String gender = (idCard.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        String[] unit = units.get((int) (k % units.size()));
        return new String[] {"新居民" + k, gender, born.toString(), null, idCard, "其他", "业主", "否", "2025-03-01",
                unit[0], unit[1]};
    }
}
