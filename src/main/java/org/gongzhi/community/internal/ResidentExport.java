package org.gongzhi.community.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.community.Gender;
import org.gongzhi.community.Relation;
import org.gongzhi.community.ResidenceType;
import org.gongzhi.community.ResidentRow;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.pii.Masking;

/** A community's whole register as one spreadsheet: one query, masked numbers, streamed, and audited. */
@Component
public class ResidentExport {

    private static final String RESIDENTS = """
            select r.id, r.name, r.gender, r.birth_date, r.phone, r.id_card_masked, r.relation, r.residence_type,
                r.party_member, r.moved_in, r.moved_out, b.number as building_number, s.unit_number, u.room,
                s.code as stairwell_code, s.grid_id, g.number as grid_number, r.household_id
            from resident r
            join household h on h.id = r.household_id
            join unit u on u.id = h.unit_id
            join stairwell s on s.id = u.stairwell_id
            join building b on b.id = s.building_id
            join grid g on g.id = s.grid_id
            where r.community_id = ?""";
    private static final String STILL_LIVING_HERE = " and r.moved_out is null";
    private static final String IN_ADDRESS_ORDER = " order by b.number, s.unit_number, u.room, r.id";

    private final JdbcClient jdbc;
    private final ResidentWorkbook workbook;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    ResidentExport(JdbcClient jdbc, ResidentWorkbook workbook, AuditTrail audit, MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.workbook = workbook;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public String filename(Locale locale) {
        return messages.getMessage("export.filename", new Object[] {LocalDate.now(clock).toString()}, locale);
    }

    /** Writes the residents (moved-out ones too when asked) to {@code out}; returns how many rows it wrote. */
    public int export(long communityId, boolean includeMovedOut, OutputStream out) throws IOException {
        String sql = RESIDENTS + (includeMovedOut ? "" : STILL_LIVING_HERE) + IN_ADDRESS_ORDER;
        try (ResidentWorkbook.Export export = workbook.newExport()) {
            // the query's connection is given back before the (possibly slow) download starts
            try (Stream<ResidentRow> residents = jdbc.sql(sql).param(communityId).query(ResidentExport::row).stream()) {
                residents.forEachOrdered(export::add);
            }
            export.writeTo(out);
            audit.record(communityId, "RESIDENTS_EXPORTED", "resident", null,
                    export.rows() + " rows" + (includeMovedOut ? " incl. moved out" : ""));
            return export.rows();
        }
    }

    private static ResidentRow row(ResultSet rs, int n) throws SQLException {
        return new ResidentRow(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class), Masking.phone(rs.getString("phone")),
                rs.getString("id_card_masked"), Relation.valueOf(rs.getString("relation")),
                ResidenceType.valueOf(rs.getString("residence_type")), rs.getBoolean("party_member"),
                rs.getObject("moved_in", LocalDate.class), rs.getObject("moved_out", LocalDate.class),
                rs.getInt("building_number"), rs.getInt("unit_number"), rs.getString("room"),
                rs.getString("stairwell_code"), rs.getLong("grid_id"), rs.getInt("grid_number"),
                rs.getLong("household_id"));
    }
}
