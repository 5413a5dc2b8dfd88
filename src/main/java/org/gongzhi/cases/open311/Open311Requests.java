package org.gongzhi.cases.open311;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.cases.CaseActor;
import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CaseHandling;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.WorkOrder;
import org.gongzhi.cases.WorkOrders;
import org.gongzhi.community.Estate;
import org.gongzhi.community.EstateMap;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.geo.CoordinateSystem;
import org.gongzhi.shared.geo.GeoPoint;
import org.gongzhi.shared.pii.Masking;

/**
 * Work orders as GeoReport v2 service requests. These answers are public, so a resident's report shows neither
 * its text nor a place nearer than its grid unless it is a public landmark (a stairwell or building would point
 * at the reporter's home); nothing about a reporter is ever read for the output, and phone or ID-card numbers
 * in any other description are masked, however they were written.
 */
@Service
public class Open311Requests {

    static final String ZIPCODE = "201600";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter W3 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final int MAX_MEDIA_URL = 500;
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
    private static final String SELECT = """
            select w.id, w.category, w.state, w.description, w.place_kind, w.place_code,
                b.number as building_number, s.unit_number, w.responsible_party, w.outside_department,
                w.reported_at, w.deadline, o.media_url, g.number as grid_number, o.lat_e6, o.long_e6,
                case when w.reporter_resident_id is null then 0 else 1 end as by_resident,
                (select max(e.occurred_at) from case_event e where e.work_order_id = w.id) as updated_at,
                (select max(e.occurred_at) from case_event e where e.work_order_id = w.id
                    and e.action in ('VERIFY_PASS', 'REJECT')) as closed_at
            from work_order w join register_grid g on g.id = w.grid_id
            left join register_stairwell s on s.id = w.stairwell_id
            left join register_building b on b.id = coalesce(s.building_id, w.building_id)
            left join open311_request o on o.work_order_id = w.id
            where w.community_id = :community""";

    private final JdbcClient jdbc;
    private final Open311Keys keys;
    private final Open311Services services;
    private final Open311Addresses addresses;
    private final WorkOrders orders;
    private final AuditTrail audit;
    private final Clock clock;
    private final EstateMap map;

    Open311Requests(JdbcClient jdbc, Open311Keys keys, Open311Services services, Open311Addresses addresses,
            WorkOrders orders, AuditTrail audit, Clock clock, EstateMap map) {
        this.map = map;
        this.jdbc = jdbc;
        this.keys = keys;
        this.services = services;
        this.addresses = addresses;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Map<String, Object>> search(String ids, String serviceCodes, String startDate, String endDate,
            String status) {
        return search(ids, serviceCodes, startDate, endDate, status, null);
    }

    /** The search, with lat/long in the datum {@code coordsys} names (wgs84 by default, or gcj02). */
    public List<Map<String, Object>> search(String ids, String serviceCodes, String startDate, String endDate,
            String status, String coordsys) {
        CoordinateSystem system = coordinateSystem(coordsys);
        Open311Search search = Open311Search.parse(ids, serviceCodes, startDate, endDate, status, services,
                OffsetDateTime.now(clock));
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (search.byIds()) {
            where.append(" and w.id in (:ids)");
            params.put("ids", search.ids());
        } else {
            where.append(" and w.reported_at >= :start and w.reported_at <= :end");
            params.put("start", search.start());
            params.put("end", search.end());
            if (!search.categories().isEmpty()) {
                where.append(" and w.category in (:categories)");
                params.put("categories", search.categories().stream().map(Enum::name).toList());
            }
            if (search.statuses().size() == 1) {
                where.append(search.statuses().contains("closed") ? " and" : " and not")
                        .append(" w.state in ('CLOSED', 'REJECTED')");
            }
        }
        return rows(where + " order by w.reported_at desc, w.id desc limit " + Open311Search.LIMIT, params, system);
    }

    public Map<String, Object> get(String id) {
        return get(id, null);
    }

    public Map<String, Object> get(String id, String coordsys) {
        List<Map<String, Object>> found = search(id, null, null, null, null, coordsys);
        if (found.isEmpty()) {
            throw Open311Error.notFound("service_request_id " + id + " was not found");
        }
        return found.getFirst();
    }

    /** Files a request as a resident-style report with no resident behind it; returns the spec's answer. */
    @Transactional
    public Map<String, Object> create(Open311Submission submission) {
        Open311Key.Verified key = keys.verify(submission.apiKey())
                .orElseThrow(() -> new Open311Error(403, "api_key was not provided or is invalid"));
        CaseCategory category = services.category(submission.serviceCode());
        String description = description(submission.description(), category);
        String mediaUrl = mediaUrl(submission.mediaUrl());
        Open311Addresses.Placed placed = addresses.locate(key.communityId(), submission.addressId(),
                submission.addressString(), submission.lat(), submission.lon(), submission.coordsys());
        CasePlaces.Located where = placed.where();
        GeoPoint point = placed.point();
        WorkOrder order = WorkOrder.report(key.communityId(), category, where.gridId(), null,
                OffsetDateTime.now(clock));
        long id = orders.add(order, description, where, false, new CaseActor(null, null, "Open311 · " + key.label()));
        jdbc.sql("""
                insert into open311_request (work_order_id, community_id, key_id, media_url, lat_e6, long_e6)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, key.communityId(), key.id(), mediaUrl, point == null ? null : point.latE6(),
                        point == null ? null : point.longE6()).update();
        audit.record(key.communityId(), "OPEN311_REQUEST_CREATED", CaseHandling.SUBJECT, id,
                category + " at " + where.place().kind() + " " + where.place().code() + " via key " + key.id());
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", id);
        created.put("service_notice", services.notice(category));
        created.put("account_id", null);
        return created;
    }

    /** The tokens of this server: none, since every request gets its service_request_id at once. */
    public Map<String, Object> token(String token) {
        throw Open311Error.notFound("token " + token + " was not found: this server is realtime and issues none");
    }

    private static CoordinateSystem coordinateSystem(String coordsys) {
        return CoordinateSystem.parse(coordsys).orElseThrow(() -> Open311Error.badRequest(
                "coordsys must be wgs84 or gcj02"));
    }

    private List<Map<String, Object>> rows(String where, Map<String, Object> params, CoordinateSystem system) {
        long community = jdbc.sql("select min(id) from register_community").query(Long.class).optional()
                .orElseThrow(() -> new NotFound("community"));
        params.put("community", community);
        String area = jdbc.sql("select name || '，' || subdistrict from register_community where id = ?")
                .param(community).query(String.class).single();
        Estate estate = map.of(community).orElse(null);
        return jdbc.sql(SELECT + where).params(params).query((rs, n) -> request(rs, area, estate, system)).list();
    }

    private Map<String, Object> request(ResultSet rs, String area, Estate estate, CoordinateSystem system)
            throws SQLException {
        CaseState state = CaseState.valueOf(rs.getString("state"));
        CaseCategory category = CaseCategory.valueOf(rs.getString("category"));
        CasePlace place = new CasePlace(CasePlace.Kind.valueOf(rs.getString("place_kind")), rs.getString("place_code"),
                rs.getObject("building_number", Integer.class), rs.getObject("unit_number", Integer.class));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", rs.getLong("id"));
        request.put("status", state.isOpen() ? "open" : "closed");
        request.put("status_notes", services.text("CaseState." + state));
        request.put("service_name", services.name(category));
        request.put("service_code", category.name());
        boolean byResident = rs.getInt("by_resident") == 1;
        request.put("description", byResident ? services.name(category)
                : Masking.numbersIn(rs.getString("description")));
        request.put("agency_responsible", agency(rs.getString("responsible_party"), rs.getString("outside_department")));
        request.put("service_notice", services.notice(category));
        request.put("requested_datetime", w3(rs.getObject("reported_at", OffsetDateTime.class)));
        request.put("updated_datetime", w3(rs.getObject(state.isOpen() ? "updated_at" : "closed_at",
                OffsetDateTime.class)));
        request.put("expected_datetime", w3(rs.getObject("deadline", OffsetDateTime.class)));
        boolean coarse = byResident && place.kind() != CasePlace.Kind.LANDMARK;
        request.put("address", (coarse ? services.text("grid.number", rs.getInt("grid_number"))
                : services.text(place.messageKey(), place.args())) + "，" + area);
        request.put("address_id", !coarse && place.kind() == CasePlace.Kind.STAIRWELL ? place.code() : null);
        request.put("zipcode", ZIPCODE);
        GeoPoint position = position(rs, place, coarse, estate);
        GeoPoint shown = position == null ? null : system.fromWgs84(position);
        request.put("lat", shown == null ? null : shown.latitude());
        request.put("long", shown == null ? null : shown.longitude());
        request.put("media_url", rs.getString("media_url"));
        return request;
    }

    /**
     * Where a request is shown: the point it was filed at, else its place; a resident's report at a home only at
     * its grid's centre (docs/security.md).
     */
    private static GeoPoint position(ResultSet rs, CasePlace place, boolean coarse, Estate estate)
            throws SQLException {
        Integer lat = rs.getObject("lat_e6", Integer.class);
        Integer lon = rs.getObject("long_e6", Integer.class);
        if (lat != null && lon != null) {
            return new GeoPoint(lat, lon);
        }
        if (estate == null) {
            return null;
        }
        if (coarse) {
            return estate.grid(rs.getInt("grid_number")).map(Estate.GridArea::centre).orElse(null);
        }
        return (switch (place.kind()) {
            case STAIRWELL -> estate.stairwell(place.code()).map(Estate.Door::point);
            case BUILDING -> place.buildingNumber() == null ? java.util.Optional.<GeoPoint>empty()
                    : estate.building(place.buildingNumber()).map(Estate.Building::centre);
            case LANDMARK -> estate.landmark(place.code()).map(Estate.LandmarkAt::point);
        }).orElse(null);
    }

    private String agency(String party, String outsideDepartment) {
        if (party == null) {
            return null;
        }
        return outsideDepartment != null ? outsideDepartment : services.text("case.party." + party);
    }

    private static String w3(OffsetDateTime at) {
        return at == null ? null : W3.format(at.atZoneSameInstant(ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    private String description(String text, CaseCategory category) {
        String description = text == null || text.isBlank() ? services.name(category) : text.strip();
        if (description.length() > WorkOrder.MAX_TEXT) {
            throw Open311Error.badRequest("description is longer than " + WorkOrder.MAX_TEXT + " characters");
        }
        return description;
    }

    private static String mediaUrl(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String url = text.strip();
        if (url.length() > MAX_MEDIA_URL || !HTTP_URL.matcher(url).matches()) {
            throw Open311Error.badRequest("media_url must be an http or https URL of at most " + MAX_MEDIA_URL
                    + " characters");
        }
        return url;
    }
}
