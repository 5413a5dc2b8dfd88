package org.gongzhi.cases.open311;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.community.Estate;
import org.gongzhi.community.Landmark;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.geo.CoordinateSystem;
import org.gongzhi.shared.geo.GeoPoint;

/**
 * Where an Open311 request points: address_id is a stairwell code; address_string may be a stairwell code,
 * "12号楼3单元", "12号楼" or a landmark's name; lat/long (WGS-84, or GCJ-02 with coordsys=gcj02) must lie inside the
 * community's boundary and, when no address is given, is placed at the nearest stairwell door or landmark within
 * {@link Estate#NEAREST_WITHIN_M} metres.
 */
@Component
class Open311Addresses {

    private static final Pattern UNIT = Pattern.compile("(\\d{1,4})\\s*(?:号楼|号|幢|栋)\\s*(\\d{1,2})\\s*单元");
    private static final Pattern DEGREES = Pattern.compile("[-+]?\\d{1,3}(?:\\.\\d{1,12})?");
    private static final Pattern BUILDING = Pattern.compile("(\\d{1,4})\\s*(?:号楼|幢|栋)?");

    private final CasePlaces places;
    private final Open311Services services;
    private final JdbcClient jdbc;

    Open311Addresses(CasePlaces places, Open311Services services, JdbcClient jdbc) {
        this.places = places;
        this.services = services;
        this.jdbc = jdbc;
    }

    /** Where a request points, and the WGS-84 point it was filed at if it gave one. */
    record Placed(CasePlaces.Located where, GeoPoint point) {
    }

    Placed locate(long communityId, String addressId, String addressString, String lat, String lon,
            String coordsys) {
        GeoPoint point = point(communityId, lat, lon, coordsys);
        if (point != null && !present(addressId) && !present(addressString)) {
            try {
                return new Placed(places.atPoint(communityId, point).where(), point);
            } catch (CasePlaces.PointRefused refused) {
                throw refusal(refused);
            }
        }
        return new Placed(locate(communityId, addressId, addressString), point);
    }

    /** The WGS-84 point of lat/long, checked; null when neither is given. */
    private GeoPoint point(long communityId, String lat, String lon, String coordsys) {
        CoordinateSystem system = CoordinateSystem.parse(coordsys).orElseThrow(() ->
                Open311Error.badRequest("coordsys must be wgs84 or gcj02"));
        if (!present(lat) && !present(lon)) {
            return null;
        }
        if (!present(lat) || !present(lon)) {
            throw Open311Error.badRequest((present(lat) ? "long" : "lat") + " was not provided: lat and long go "
                    + "together");
        }
        double latitude = degrees("lat", lat, 90);
        double longitude = degrees("long", lon, 180);
        GeoPoint point = system.toWgs84(latitude, longitude);
        try {
            places.inside(communityId, point);
        } catch (CasePlaces.PointRefused refused) {
            throw refusal(refused);
        }
        return point;
    }

    /** The spec's 400 for a point the shared rule ({@link CasePlaces#atPoint}) refused. */
    private static Open311Error refusal(CasePlaces.PointRefused refused) {
        GeoPoint point = refused.point();
        return Open311Error.badRequest(switch (refused.reason()) {
            case NO_MAP -> "lat/long cannot be used: the community has no map coordinates; send address_string or "
                    + "address_id";
            case OUTSIDE -> "lat/long " + point.latitude() + "," + point.longitude()
                    + " (WGS-84) is outside the community's boundary";
            case NOTHING_NEAR -> "lat/long " + point.latitude() + "," + point.longitude() + " is inside "
                    + "the community but no stairwell or landmark is within " + Estate.NEAREST_WITHIN_M
                    + " m; send address_string or address_id";
        });
    }

    private static double degrees(String field, String text, int limit) {
        String value = text.strip();
        if (!DEGREES.matcher(value).matches()) {
            throw Open311Error.badRequest(field + " must be decimal degrees, such as 31.133 or 121.312");
        }
        double degrees = Double.parseDouble(value);
        if (Math.abs(degrees) > limit) {
            throw Open311Error.badRequest(field + " must lie between -" + limit + " and " + limit);
        }
        return degrees;
    }

    private CasePlaces.Located locate(long communityId, String addressId, String addressString) {
        if (present(addressId)) {
            return found(() -> places.locate(communityId, Kind.STAIRWELL, addressId))
                    .orElseThrow(() -> Open311Error.badRequest("address_id " + addressId.strip() + " was not found"));
        }
        if (present(addressString)) {
            return fromText(communityId, addressString.strip()).orElseThrow(() -> Open311Error.badRequest(
                    "address_string names no stairwell, building or landmark of the community; send address_id"));
        }
        throw Open311Error.badRequest("a location was not provided: send lat and long, address_string or address_id");
    }

    private Optional<CasePlaces.Located> fromText(long communityId, String text) {
        return found(() -> places.locate(communityId, Kind.STAIRWELL, text))
                .or(() -> landmark(communityId, text))
                .or(() -> unit(communityId, text))
                .or(() -> building(communityId, text));
    }

    private Optional<CasePlaces.Located> landmark(long communityId, String text) {
        return Arrays.stream(Landmark.values())
                .filter(l -> l.name().equalsIgnoreCase(text) || text.contains(services.text("landmark." + l)))
                .findFirst()
                .flatMap(l -> found(() -> places.locate(communityId, Kind.LANDMARK, l.name())));
    }

    private Optional<CasePlaces.Located> unit(long communityId, String text) {
        Matcher m = UNIT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select s.code from register_stairwell s join register_building b on b.id = s.building_id
                where s.community_id = ? and b.number = ? and s.unit_number = ?""")
                .params(communityId, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                .query(String.class).optional()
                .flatMap(code -> found(() -> places.locate(communityId, Kind.STAIRWELL, code)));
    }

    private Optional<CasePlaces.Located> building(long communityId, String text) {
        Matcher m = BUILDING.matcher(text.toUpperCase(Locale.ROOT));
        return m.matches() ? found(() -> places.locate(communityId, Kind.BUILDING, m.group(1))) : Optional.empty();
    }

    private static Optional<CasePlaces.Located> found(Supplier<CasePlaces.Located> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (InvalidInput notThere) {
            return Optional.empty();
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
