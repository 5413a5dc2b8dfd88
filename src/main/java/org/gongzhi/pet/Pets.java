package org.gongzhi.pet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.web.PageResult;

/**
 * The pet census in the database, read with the home each pet lives in (the register's views). Lists take the
 * grids a pet volunteer works in, or null for staff who see every grid.
 */
@Repository
public class Pets {

    private static final String PET = """
            select p.id, p.community_id, p.household_id, s.id as stairwell_id, s.code as stairwell_code,
            s.building_number, s.grid_id, s.grid_number, u.room, p.species, p.name, p.breed, p.sex, p.birth_date,
            p.neutered, p.licence_number, p.licence_expires_on, p.rabies_vaccinated_on, p.rabies_certificate, p.status,
            p.status_on, p.status_reported_on, p.version, p.by_volunteer, p.birth_estimated,
            p.photo_key is not null as has_photo
            from pet p join register_household h on h.id = p.household_id join register_unit u on u.id = h.unit_id
            join register_stairwell s on s.id = h.stairwell_id
            """;
    private static final String HOME = """
            select h.id as household_id, s.id as stairwell_id, s.code as stairwell_code, s.grid_id
            from register_household h join register_stairwell s on s.id = h.stairwell_id
            """;
    private static final Rows<Pet> PETS = Rows.of(Pet.class);
    private static final Rows<Home> HOMES = Rows.of(Home.class);

    private final JdbcClient jdbc;

    Pets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> community(String code) {
        return jdbc.sql("select id from register_community where code = ?").params(code).query(Long.class).optional();
    }

    /** The household the resident lives in now. */
    public Optional<Home> homeOf(long communityId, long residentId) {
        return jdbc.sql(HOME + """
                join register_resident r on r.household_id = h.id
                where r.community_id = ? and r.id = ? and r.moved_out is null""").params(communityId, residentId)
                .query(HOMES).optional();
    }

    /** The household living now in the room reached by the stairwell. */
    public Optional<Home> homeAt(long communityId, String stairwellCode, String room) {
        return jdbc.sql(HOME + """
                join register_unit u on u.id = h.unit_id
                where s.community_id = ? and s.code = ? and u.room = ? and h.dissolved_on is null
                order by h.id desc limit 1""").params(communityId, stairwellCode, room).query(HOMES).optional();
    }

    public Optional<Pet> get(long communityId, long id) {
        return jdbc.sql(PET + " where p.community_id = ? and p.id = ?").params(communityId, id).query(PETS).optional();
    }

    /** Every pet the household has recorded, living or not, in the order recorded. */
    public List<Pet> ofHousehold(long communityId, long householdId) {
        return jdbc.sql(PET + " where p.community_id = ? and p.household_id = ? order by p.id")
                .params(communityId, householdId).query(PETS).list();
    }

    /** Every dog the community has recorded, living or not. */
    public List<Pet> dogs(long communityId) {
        return jdbc.sql(PET + " where p.community_id = ? and p.species = 'DOG' order by p.id").params(communityId)
                .query(PETS).list();
    }

    public boolean recorded(long communityId, long householdId, Species species, String nameKey, Long except) {
        return jdbc.sql("""
                select count(*) from pet where community_id = ? and household_id = ? and species = ? and name_key = ?
                and id <> ?""").params(communityId, householdId, species.name(), nameKey, except == null ? -1 : except)
                .query(Long.class).single() > 0;
    }

    public long add(long communityId, long householdId, PetInput input, String by, boolean byVolunteer,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into pet (community_id, household_id, species, name, name_key, breed, sex, birth_date, neutered,
                licence_number, licence_expires_on, rabies_vaccinated_on, rabies_certificate, recorded_by, by_volunteer,
                created_at, updated_at, birth_estimated) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, householdId, input.species().name(), input.name().strip(), input.nameKey(),
                        input.clean(input.breed()), sex(input), input.birthDate(),
                        Boolean.TRUE.equals(input.neutered()), input.clean(input.licenceNumber()),
                        input.licenceExpiresOn(), input.rabiesVaccinatedOn(), input.clean(input.rabiesCertificate()),
                        by, byVolunteer, now, now, input.birthEstimated())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Changes the pet as it was when read ({@code version}); false when someone changed it since. */
    public boolean update(Pet pet, PetInput input, int version, OffsetDateTime now) {
        return jdbc.sql("""
                update pet set species = ?, name = ?, name_key = ?, breed = ?, sex = ?, birth_date = ?, neutered = ?,
                licence_number = ?, licence_expires_on = ?, rabies_vaccinated_on = ?, rabies_certificate = ?,
                birth_estimated = ?, version = version + 1, updated_at = ? where id = ? and version = ?""")
                .params(input.species().name(), input.name().strip(), input.nameKey(), input.clean(input.breed()),
                        sex(input), input.birthDate(), Boolean.TRUE.equals(input.neutered()),
                        input.clean(input.licenceNumber()), input.licenceExpiresOn(), input.rabiesVaccinatedOn(),
                        input.clean(input.rabiesCertificate()), input.birthEstimated(), now, pet.id(), version)
                .update() == 1;
    }

    public void photograph(long id, String key, String contentType, OffsetDateTime now) {
        jdbc.sql("update pet set photo_key = ?, photo_type = ?, updated_at = ? where id = ?")
                .params(key, contentType, now, id).update();
    }

    /** The key and kind of the pet's photo, if it has one. */
    public Optional<String[]> photo(long id) {
        return jdbc.sql("select photo_key, photo_type from pet where id = ? and photo_key is not null").params(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    public void changeStatus(long id, PetStatus status, LocalDate on, LocalDate reportedOn, OffsetDateTime now) {
        jdbc.sql("""
                update pet set status = ?, status_on = ?, status_reported_on = ?, version = version + 1, updated_at = ?
                where id = ?""").params(status.name(), on, reportedOn, now, id).update();
    }

    /** The pets living in a building's stairwells, stairwell by stairwell. */
    public PageResult<Pet> inBuilding(long communityId, int building, Collection<Long> grids, int page, int size) {
        return living(communityId, building, grids, page, size);
    }

    /** The living pets of one building, or of every building when none is named, stairwell by stairwell. */
    public PageResult<Pet> living(long communityId, Integer building, Collection<Long> grids, int page, int size) {
        Map<String, Object> params = new HashMap<>(Map.of("community", communityId));
        String where = " where p.community_id = :community and p.status = 'LIVING'";
        if (building != null) {
            params.put("building", building);
            where += " and s.building_number = :building";
        }
        return page(where + grids(grids, params), " order by s.building_number, s.code, u.room, p.id", params, page,
                size);
    }

    /**
     * Living dogs whose rabies vaccination has lapsed or lapses within thirty days, or who were never vaccinated,
     * longest overdue first.
     */
    public PageResult<Pet> vaccinationDue(long communityId, LocalDate today, Collection<Long> grids, int page,
            int size) {
        Map<String, Object> params = new HashMap<>(Map.of("community", communityId,
                "lapsing", today.plusDays(PetCompliance.REMINDER_DAYS).minusYears(1)));
        String where = " where p.community_id = :community and p.species = 'DOG' and p.status = 'LIVING'"
                + " and (p.rabies_vaccinated_on is null or p.rabies_vaccinated_on <= :lapsing)" + grids(grids, params);
        return page(where, " order by p.rabies_vaccinated_on nulls first, p.id", params, page, size);
    }

    private PageResult<Pet> page(String where, String order, Map<String, Object> params, int page, int size) {
        long total = jdbc.sql("""
                select count(*) from pet p join register_household h on h.id = p.household_id
                join register_unit u on u.id = h.unit_id join register_stairwell s on s.id = h.stairwell_id"""
                + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Pet> items = jdbc.sql(PET + where + order + " limit :limit offset :offset").params(params).query(PETS)
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Each stairwell of the building with its living pets by species and its last visit. */
    public List<StairwellCensus> building(long communityId, int building, Collection<Long> grids) {
        Map<String, Object> params = new HashMap<>(Map.of("community", communityId, "building", building));
        return jdbc.sql("""
                select s.id as stairwell_id, s.code, s.unit_number, s.grid_number,
                sum(case when p.species = 'DOG' then 1 else 0 end) as dogs,
                sum(case when p.species = 'CAT' then 1 else 0 end) as cats,
                sum(case when p.species not in ('DOG', 'CAT') then 1 else 0 end) as others,
                max(v.visited_on) as visited_on, max(v.pets_found) as pets_found
                from register_stairwell s
                left join register_household h on h.stairwell_id = s.id and h.dissolved_on is null
                left join pet p on p.household_id = h.id and p.status = 'LIVING'
                left join (select stairwell_id, visited_on, pets_found from pet_stairwell_visit x
                  where x.id = (select max(y.id) from pet_stairwell_visit y where y.stairwell_id = x.stairwell_id)) v
                  on v.stairwell_id = s.id
                where s.community_id = :community and s.building_number = :building""" + grids(grids, params)
                + " group by s.id, s.code, s.unit_number, s.grid_number order by s.unit_number")
                .params(params).query(Rows.of(StairwellCensus.class)).list();
    }

    /** The buildings whose stairwells lie in the grids (every building for null). */
    public List<Integer> buildings(long communityId, Collection<Long> grids) {
        Map<String, Object> params = new HashMap<>(Map.of("community", communityId));
        return jdbc.sql("select distinct s.building_number from register_stairwell s where s.community_id = :community"
                + grids(grids, params) + " order by s.building_number").params(params).query(Integer.class).list();
    }

    public Optional<Home> stairwell(long communityId, String code) {
        return jdbc.sql("""
                select 0 as household_id, s.id as stairwell_id, s.code as stairwell_code, s.grid_id
                from register_stairwell s where s.community_id = ? and s.code = ?""").params(communityId, code)
                .query(HOMES).optional();
    }

    public void recordVisit(long communityId, long stairwellId, LocalDate on, int petsFound, String by,
            OffsetDateTime now) {
        jdbc.sql("""
                insert into pet_stairwell_visit (community_id, stairwell_id, visited_on, pets_found, visited_by,
                created_at) values (?, ?, ?, ?, ?, ?)""").params(communityId, stairwellId, on, petsFound, by, now)
                .update();
    }

    public long livingIn(long communityId, long stairwellId) {
        return jdbc.sql("""
                select count(*) from pet p join register_household h on h.id = p.household_id
                where p.community_id = ? and h.stairwell_id = ? and p.status = 'LIVING'""")
                .params(communityId, stairwellId).query(Long.class).single();
    }

    /** Census coverage per grid: how many stairwells a pet volunteer has visited, and when last. */
    public List<GridCoverage> coverage(long communityId) {
        return jdbc.sql("""
                select s.grid_number, count(*) as stairwells, count(v.stairwell_id) as visited, max(v.last_visit)
                as last_visit from register_stairwell s left join (select stairwell_id, max(visited_on) as last_visit
                  from pet_stairwell_visit where community_id = ? group by stairwell_id) v on v.stairwell_id = s.id
                where s.community_id = ? group by s.grid_number order by s.grid_number""")
                .params(communityId, communityId).query(Rows.of(GridCoverage.class)).list();
    }

    private static String grids(Collection<Long> grids, Map<String, Object> params) {
        if (grids == null) {
            return "";
        }
        params.put("grids", grids.isEmpty() ? List.of(-1L) : grids);
        return " and s.grid_id in (:grids)";
    }

    private static String sex(PetInput input) {
        return (input.sex() == null ? PetSex.UNKNOWN : input.sex()).name();
    }
}
