package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Issue 12: the notices layer of the estate map draws the notices posted now to a stairwell, building or grid at
 * their place, for exactly those who may read them: a grid-2 notice is on the map of a grid-2 resident and of staff,
 * not of a grid-3 resident nor of anyone signed out; a scheduled notice is on nobody's map yet.
 */
class NoticesOnTheMapTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    NoticePublishing publishing;
    @Autowired
    Clock clock;

    private long publish(Audience audience, long id, String title, OffsetDateTime publishAt) {
        return publishing.publish(STAFF, new NoticeInput(NoticeCategory.SAFETY, audience, id, title, "请注意", false,
                publishAt, null));
    }

    /** The notices layer's items for this account: "href place" per item. */
    private List<String> mapOf(String username) throws Exception {
        String json = mvc.perform(get("/api/v1/map").param("layers", "notices").with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> hrefs = JsonPath.read(json, "$.features[?(@.properties.layer == 'notices')].properties.href");
        List<String> places = JsonPath.read(json, "$.features[?(@.properties.layer == 'notices')].properties.place");
        return java.util.stream.IntStream.range(0, hrefs.size()).mapToObj(i -> hrefs.get(i) + " " + places.get(i))
                .toList();
    }

    @Test
    void a_grid_notice_is_on_the_map_of_its_grid_and_of_staff_only() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long grid2 = jdbc.sql("select id from register_grid where community_id = ? and number = 2").param(AOYUAN)
                .query(Long.class).single();
        String inGrid2 = ownResidentAccount("map.notice.g2", 2);
        String inGrid3 = ownResidentAccount("map.notice.g3", 3);
        record Door(long id, String code, int building, int unit, long buildingId) {
        }
        Door home = jdbc.sql("""
                select s.id, s.code, s.building_number, s.unit_number, s.building_id from register_stairwell s
                join register_resident r on r.stairwell_id = s.id join identity_account a on a.resident_id = r.id
                where a.username = ?""").param(inGrid2)
                .query((rs, n) -> new Door(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)))
                .single();

        long gridNotice = publish(Audience.GRID, grid2, "二网格消防通道检查 " + tag, null);
        long stairwellNotice = publish(Audience.STAIRWELL, home.id(), "楼道堆物清理 " + tag, null);
        long buildingNotice = publish(Audience.BUILDING, home.buildingId(), "楼顶防水维修 " + tag, null);
        long later = publish(Audience.GRID, grid2, "下周再贴 " + tag,
                OffsetDateTime.now(clock).plusDays(3));

        assertThat(mapOf(inGrid2)).contains("/notices/" + gridNotice + " 第2网格",
                "/notices/" + stairwellNotice + " " + home.building() + "号楼" + home.unit() + "单元",
                "/notices/" + buildingNotice + " " + home.building() + "号楼")
                .noneMatch(i -> i.startsWith("/notices/" + later + " "));
        assertThat(mapOf("rc.staff")).contains("/notices/" + gridNotice + " 第2网格",
                "/notices/" + stairwellNotice + " " + home.building() + "号楼" + home.unit() + "单元")
                .noneMatch(i -> i.startsWith("/notices/" + later + " "));
        assertThat(mapOf(inGrid3)).noneMatch(i -> i.startsWith("/notices/" + gridNotice + " ")
                || i.startsWith("/notices/" + stairwellNotice + " ") || i.startsWith("/notices/" + buildingNotice + " "));
        assertThat(mvc.perform(get("/api/v1/map").param("layers", "notices")).andReturn().getResponse()
                .getStatus()).isIn(401, 403);

        // the page's list under the map says the same
        String page = mvc.perform(get("/map").param("layers", "notices").with(as(inGrid2))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("二网格消防通道检查 " + tag).doesNotContain("下周再贴 " + tag);
        assertThat(mvc.perform(get("/map").param("layers", "notices").with(as(inGrid3))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("二网格消防通道检查 " + tag);
    }
}
