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
import org.gongzhi.community.Landmark;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * Where an Open311 request points: address_id is a stairwell code; address_string may be a stairwell code,
 * "12号楼3单元", "12号楼" or a landmark's name. The community has no map coordinates, so lat/long cannot place it.
 */
@Component
class Open311Addresses {

    private static final Pattern UNIT = Pattern.compile("(\\d{1,4})\\s*(?:号楼|号|幢|栋)\\s*(\\d{1,2})\\s*单元");
    private static final Pattern BUILDING = Pattern.compile("(\\d{1,4})\\s*(?:号楼|幢|栋)?");

    private final CasePlaces places;
    private final Open311Services services;
    private final JdbcClient jdbc;

    Open311Addresses(CasePlaces places, Open311Services services, JdbcClient jdbc) {
        this.places = places;
        this.services = services;
        this.jdbc = jdbc;
    }

    CasePlaces.Located locate(long communityId, String addressId, String addressString, boolean coordinatesGiven) {
        if (present(addressId)) {
            return found(() -> places.locate(communityId, Kind.STAIRWELL, addressId))
                    .orElseThrow(() -> Open311Error.badRequest("address_id " + addressId.strip() + " was not found"));
        }
        if (present(addressString)) {
            return fromText(communityId, addressString.strip()).orElseThrow(() -> Open311Error.badRequest(
                    "address_string names no stairwell, building or landmark of the community; send address_id"));
        }
        throw Open311Error.badRequest(coordinatesGiven
                ? "lat/long cannot be used: the community has no map coordinates; send address_string or address_id"
                : "a location was not provided: send address_string or address_id");
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
