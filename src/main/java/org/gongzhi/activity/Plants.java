package org.gongzhi.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;

/**
 * Gardens, plants, adoptions and growth updates in the database. A plant has at most one adoption whose
 * {@code active_plant_id} is set: the unique constraint keeps it so even when two families adopt at once.
 */
@Repository
public class Plants {

    private static final String PLANT = """
            select p.id, p.community_id, p.garden_id, g.name as garden_name, g.place as garden_place,
            g.renewal_project_id, p.name, p.species, a.id as adoption_id, a.child_resident_id, c.name as child_name,
            c.household_id as child_household_id, a.adopted_at
            from activity_plant p join activity_garden g on g.id = p.garden_id
            left join activity_plant_adoption a on a.active_plant_id = p.id
            left join register_resident c on c.id = a.child_resident_id
            """;
    private static final String UPDATE = """
            select u.id, u.plant_id, u.adoption_id, p.name as plant_name, u.note, u.photo_key is not null as has_photo,
            u.created_at from activity_plant_update u join activity_plant p on p.id = u.plant_id
            """;

    private final JdbcClient jdbc;

    Plants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addGarden(long communityId, String name, String place, Long renewalProjectId, String by,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity_garden (community_id, name, place, renewal_project_id, created_by, created_at)
                values (?, ?, ?, ?, ?, ?)""").params(communityId, name, place, renewalProjectId, by, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public long addPlant(long communityId, long gardenId, String name, String species, String by,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity_plant (community_id, garden_id, name, species, created_by, created_at)
                values (?, ?, ?, ?, ?, ?)""").params(communityId, gardenId, name, species, by, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<Garden> gardens(long communityId) {
        return jdbc.sql("select id, name, place, renewal_project_id from activity_garden where community_id = ?"
                + " order by id").params(communityId).query((rs, n) -> new Garden(rs.getLong("id"),
                        rs.getString("name"), rs.getString("place"), rs.getObject("renewal_project_id", Long.class)))
                .list();
    }

    public Optional<Garden> garden(long communityId, long id) {
        return gardens(communityId).stream().filter(g -> g.id() == id).findFirst();
    }

    public List<Plant> plants(long communityId) {
        return jdbc.sql(PLANT + " where p.community_id = ? order by p.garden_id, p.id").params(communityId)
                .query(Plants::plant).list();
    }

    /** The plant, in whichever community it grows: its public page needs no signed-in community. */
    public Optional<Plant> find(long id) {
        return jdbc.sql(PLANT + " where p.id = ?").params(id).query(Plants::plant).optional();
    }

    public Plant get(long communityId, long id) {
        return find(id).filter(p -> p.communityId() == communityId).orElseThrow(() -> new NotFound("plant " + id));
    }

    /** Locks the plant's row for the rest of the transaction and reads it: adoptions queue behind the lock. */
    public Plant lock(long communityId, long id) {
        jdbc.sql("select id from activity_plant where community_id = ? and id = ? for update").params(communityId, id)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("plant " + id));
        return get(communityId, id);
    }

    /** Adopts the plant for the child unless another child holds it; answers the adoption's id, or empty. */
    public Optional<Long> adopt(Plant plant, long childId, long guardianId, String by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                insert into activity_plant_adoption (community_id, plant_id, child_resident_id, guardian_resident_id,
                adopted_by, adopted_at, active_plant_id) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(plant.communityId(), plant.id(), childId, guardianId, by, now, plant.id())
                .update(key, "id");
        return rows == 1 ? Optional.of(key.getKey().longValue()) : Optional.empty();
    }

    public boolean endAdoption(long adoptionId, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update activity_plant_adoption set ended_at = ?, ended_by = ?, active_plant_id = null
                where id = ? and active_plant_id is not null""").params(now, by, adoptionId).update() == 1;
    }

    /** The plants the child holds now. */
    public List<Plant> adoptedBy(long communityId, long childId) {
        return jdbc.sql(PLANT + " where p.community_id = ? and a.child_resident_id = ? order by a.adopted_at")
                .params(communityId, childId).query(Plants::plant).list();
    }

    public long addUpdate(Plant plant, String note, String photoKey, String photoType, String by,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity_plant_update (community_id, plant_id, adoption_id, note, photo_key, photo_type,
                posted_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plant.communityId(), plant.id(), plant.adoptionId(), note, photoKey, photoType, by, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The plant's updates, newest first. */
    public List<PlantUpdate> updates(long plantId) {
        return jdbc.sql(UPDATE + " where u.plant_id = ? order by u.id desc").params(plantId)
                .query(Plants::update).list();
    }

    /** The updates the child's family posted, about any plant, newest first. */
    public List<PlantUpdate> updatesOfChild(long communityId, long childId) {
        return jdbc.sql(UPDATE + """
                 join activity_plant_adoption a on a.id = u.adoption_id
                 where u.community_id = ? and a.child_resident_id = ? order by u.id desc""")
                .params(communityId, childId).query(Plants::update).list();
    }

    /** The key and kind of an update's photo. */
    public Optional<String[]> photo(long plantId, long updateId) {
        return jdbc.sql("select photo_key, photo_type from activity_plant_update where plant_id = ? and id = ?"
                + " and photo_key is not null").params(plantId, updateId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    private static Plant plant(ResultSet rs, int n) throws SQLException {
        return new Plant(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("garden_id"),
                rs.getString("garden_name"), rs.getString("garden_place"),
                rs.getObject("renewal_project_id", Long.class), rs.getString("name"), rs.getString("species"),
                rs.getObject("adoption_id", Long.class), rs.getObject("child_resident_id", Long.class),
                rs.getString("child_name"), rs.getObject("child_household_id", Long.class),
                rs.getObject("adopted_at", OffsetDateTime.class));
    }

    private static PlantUpdate update(ResultSet rs, int n) throws SQLException {
        return new PlantUpdate(rs.getLong("id"), rs.getLong("plant_id"), rs.getLong("adoption_id"),
                rs.getString("plant_name"), rs.getString("note"), rs.getBoolean("has_photo"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
