package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.gongzhi.IntegrationTest;

/**
 * Every demo role follows every link of its menu and gets the page, never a refusal: in Aoyuan and in a smaller
 * community of the subdistrict, which has no map yet.
 */
class MenuOffersOnlyWhatOpensTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"rc.staff", "oc.member", "pm.staff", "branch.secretary", "resident", "admin",
            "subdistrict.officer", "rc.staff.laiting"})
    void every_menu_link_opens(String user) throws Exception {
        String home = mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
        String header = home.substring(home.indexOf("<header"), home.indexOf("</header>"));
        Set<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).as("menu of " + user).contains("/", "/proposals", "/votes", "/account");
        for (String link : links) {
            int status = mvc.perform(get(link).with(as(user))).andReturn().getResponse().getStatus();
            assertThat(status).as(user + " opens " + link).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rc.staff", "branch.secretary"})
    void who_may_browse_residents_finds_them_in_the_menu(String user) throws Exception {
        String home = mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("href=\"/residents\"");
    }

    /** 代办报名 is offered to those who may act for a resident without a phone, and only to them. */
    @ParameterizedTest
    @ValueSource(strings = {"rc.staff", "branch.secretary", "resident", "oc.member", "pm.staff"})
    void only_who_may_help_a_resident_finds_register_for_in_the_menu(String user) throws Exception {
        String home = mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
        String header = home.substring(home.indexOf("<header"), home.indexOf("</header>"));
        boolean helps = user.equals("rc.staff") || user.equals("branch.secretary");
        assertThat(header.contains("href=\"/events/register-for\"")).as("menu of " + user).isEqualTo(helps);
        assertThat(header.contains("href=\"/proposals/raise-for\"")).as("menu of " + user).isEqualTo(helps);
    }
}
