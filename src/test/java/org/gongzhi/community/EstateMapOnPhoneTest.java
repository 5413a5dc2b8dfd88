package org.gongzhi.community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;
import org.gongzhi.shared.geo.GeoPoint;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: on a 360-px phone, an Open311 request filed with lat/long appears on the estate map where it was filed;
 * a building opens its stairwells by tap and by keyboard; the list below the map carries the same items.
 */
class EstateMapOnPhoneTest extends BrowserTest {

    @Autowired
    private EstateMap map;

    @Test
    void an_open311_request_with_lat_long_appears_on_the_map_and_a_building_opens_its_stairwells() throws Exception {
        GeoPoint door = map.of(1).orElseThrow().stairwell("AY-33-1").orElseThrow().point();
        String json = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", "demo-open311-key").param("service_code", "LITTER")
                        .param("description", "浏览器地图测试").param("lat", door.latitude().toPlainString())
                        .param("long", door.longitude().toPlainString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$[0].service_request_id")).longValue();

        usePhone(360, 740);
        signIn("rc.staff");
        open("/map?layers=cases");
        assertThat(page.locator("#estate-map[data-ready=true]")).hasCount(1);
        Locator marker = page.locator("#estate-map path[data-href='/cases/" + id + "']");
        assertThat(marker).hasCount(1);
        marker.dispatchEvent("click");
        assertThat(page.locator(".leaflet-popup-content")).containsText("#" + id);
        assertThat(page.locator(".leaflet-popup-content")).containsText("33号楼1单元");
        assertThat(page.locator("#map-list")).containsText("#" + id);
        screenshot("estate-map-open311-request");
        assertAccessible();

        page.keyboard().press("Escape");
        Locator building = page.locator("#estate-map path[data-building='12']");
        building.focus();
        page.keyboard().press("Enter");
        // the case's popup may stay open beside the building's: look for the building's own
        assertThat(page.locator(".leaflet-popup-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("12号楼1单元"))).containsText("12号楼3单元");
        screenshot("estate-map-building-stairwells");
        Locator stairwell = page.locator(".leaflet-popup-content a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("12号楼3单元"));
        String href = stairwell.getAttribute("href");
        stairwell.click();
        // the page's own wait (15 s), not the assertion's 5 s: on a loaded machine the next page can take longer
        page.waitForURL("**" + href);
        assertThat(page.locator("h1")).containsText("12号楼3单元");
    }
}
