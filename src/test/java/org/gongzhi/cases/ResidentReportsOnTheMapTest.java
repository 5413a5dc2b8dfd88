package org.gongzhi.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.community.EstateMap;
import org.gongzhi.shared.geo.GeoPoint;

/**
 * Issue 12: on a 360-px phone a resident picks the place of a 随手拍 report by tapping the estate map, and the report
 * then appears at that place on /map; with a keyboard the arrow keys move the map under a crosshair and Enter places
 * the point; the phone's location is used when allowed, a point outside the community is
 * refused in words, and a refused location says what to do instead.
 */
class ResidentReportsOnTheMapTest extends BrowserTest {

    @Autowired
    private EstateMap map;

    private void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void a_resident_taps_the_map_and_the_report_appears_at_that_place_on_the_map() {
        String resident = ownResidentAccount("map.tapper", 4);
        usePhone(360, 740);
        signIn(resident);
        open("/report");
        assertThat(page.locator("#report-map[data-ready=true]")).hasCount(1);
        page.getByLabel("问题类别").selectOption("LITTER");
        Locator building = page.locator("#report-map path[data-building='33']");
        building.scrollIntoViewIfNeeded();
        BoundingBox box = building.boundingBox();
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);

        assertThat(page.locator("#report-map-status")).containsText("33号楼");
        assertThat(page.getByLabel("楼道", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.getByLabel("楼道编号")).hasValue(java.util.regex.Pattern.compile("AY-33-\\d"));
        assertThat(page.locator("#f-point-lat")).not().hasValue("");
        String stairwell = page.getByLabel("楼道编号").inputValue();
        screenshot("report-place-tapped-on-map");
        assertAccessible();
        press("下一步");

        String description = "33号楼门口有建筑垃圾 " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("问题描述").fill(description);
        press("提交");
        assertThat(page.locator(".flash")).containsText("已上报");
        long id = Long.parseLong(page.url().replaceAll(".*/cases/(\\d+).*", "$1"));
        assertThat(jdbc.sql("select place_code from work_order where id = ?").param(id).query(String.class).single())
                .isEqualTo(stairwell);

        open("/map?layers=cases");
        assertThat(page.locator("#estate-map[data-ready=true]")).hasCount(1);
        Locator marker = page.locator("#estate-map path[data-href='/cases/" + id + "']");
        assertThat(marker).hasCount(1);
        marker.dispatchEvent("click");
        assertThat(page.locator(".leaflet-popup-content")).containsText("#" + id);
        assertThat(page.locator(".leaflet-popup-content")).containsText("33号楼");
        screenshot("report-tapped-on-map-appears-on-map");
        assertAccessible();
    }

    @Test
    void with_a_keyboard_the_arrow_keys_move_the_map_under_the_crosshair_and_enter_places_the_point() {
        String resident = ownResidentAccount("map.keys", 4);
        usePhone(360, 740);
        signIn(resident);
        open("/report");
        assertThat(page.locator("#report-map[data-ready=true]")).hasCount(1);
        page.locator("#report-map").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#f-point-lat")).not().hasValue("");
        String firstText = page.locator("#f-point-lat").inputValue();
        double first = Double.parseDouble(firstText);
        assertThat(page.locator("#report-map-status")).not().isEmpty();

        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Enter");
        assertThat(page.locator("#f-point-lat")).not().hasValue(firstText);
        assertThat(Double.parseDouble(page.locator("#f-point-lat").inputValue())).as("the map moved north under it")
                .isGreaterThan(first);
        screenshot("report-map-placed-by-keyboard");
        assertAccessible();
    }

    @Test
    void the_phone_location_is_used_when_allowed_and_a_point_in_the_sea_is_refused() {
        GeoPoint door = map.of(1).orElseThrow().stairwell("AY-12-3").orElseThrow().point();
        String resident = ownResidentAccount("map.locator", 3);
        usePhone(360, 740);
        signIn(resident);
        context.grantPermissions(List.of("geolocation"));
        context.setGeolocation(new Geolocation(door.lat(), door.lon()));
        open("/report");
        assertThat(page.locator("#report-map[data-ready=true]")).hasCount(1);
        press("用我现在的位置");
        assertThat(page.locator("#report-map-status")).containsText("12号楼3单元");
        assertThat(page.getByLabel("楼道编号")).hasValue("AY-12-3");

        context.setGeolocation(new Geolocation(31.0, 122.5));
        press("用我现在的位置");
        assertThat(page.locator("#report-map-status")).containsText("不在本小区范围内");
        screenshot("report-location-outside");
        assertAccessible();
    }

    @Test
    void a_refused_location_says_what_to_do_instead() {
        String resident = ownResidentAccount("map.locator", 3);
        usePhone(360, 740);
        signIn(resident);
        context.clearPermissions();
        open("/report");
        assertThat(page.locator("#report-map[data-ready=true]")).hasCount(1);
        press("用我现在的位置");
        assertThat(page.locator("#report-map-status")).containsText("您没有允许使用位置");
        assertThat(page.locator("#report-map-status")).containsText("从下面的列表选择地点");
    }
}
