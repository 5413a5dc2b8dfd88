package org.gongzhi.activity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** On a phone: a resident signs their household up for an event and cancels; staff publish one and sign up a neighbour without a phone. */
class ResidentSignsUpForAnEventTest extends BrowserTest {

    @Autowired
    EventHandling handling;
    @Autowired
    Events events;
    @Autowired
    Clock clock;

    @Test
    void a_volunteers_phone_reads_the_residents_qr_code_at_the_door_and_checks_her_in() throws Exception {
        Actor staff = new Actor(0, "rc.staff", "居委会", 1L, null, false, Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        OffsetDateTime start = OffsetDateTime.now(clock).plusMinutes(40);
        long id = handling.create(staff, new EventInput(events.programme(1, "7890-CINEMA").orElseThrow().id(),
                "暖心影院：门口扫码 " + UUID.randomUUID().toString().substring(0, 4), null, "7890暖心屋", start,
                start.plusHours(2), 30, null, null, EnumSet.allOf(Cohort.class)));

        signIn("resident");
        open("/events/" + id);
        page.locator("#register").click();
        assertThat(page.locator(".door-pass .qr svg")).isVisible();
        assertAccessible();
        screenshot("event-door-pass");
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(page.locator(".door-pass .qr").screenshot()));
        int[] pixels = shot.getRGB(0, 0, shot.getWidth(), shot.getHeight(), null, 0, shot.getWidth());
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(shot.getWidth(), shot.getHeight(), pixels)))).getText();
        org.assertj.core.api.Assertions.assertThat(scanned).startsWith(baseUrl() + "/events/" + id + "/door/");

        usePhone(390, 844);
        signIn("rc.staff");
        page.navigate(scanned);
        assertThat(page.locator(".door-name")).hasText("钱凤桂");
        assertAccessible();
        page.locator("#door-check-in").click();
        assertThat(page.locator(".flash")).containsText("已签到");
        assertThat(page.locator("#door-done")).isVisible();
        screenshot("event-door-checked-in");
        open("/events/" + id + "/roster");
        assertThat(page.locator("#roster-counts")).containsText("已签到 1");
    }

    @Test
    void a_daughter_registers_her_mother_for_a_screening_in_care_mode() {
        Actor staff = new Actor(0, "rc.staff", "居委会", 1L, null, false, Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        // a demo account of someone under sixty whose household has a member of seventy or over
        java.util.Map<String, Object> family = jdbc.sql("""
                select a.username, m.id as mother_id, m.name as mother_name from identity_account a
                join register_resident d on d.id = a.resident_id
                join register_resident m on m.household_id = d.household_id and m.id <> d.id
                where d.birth_date > ? and m.birth_date <= ? and m.moved_out is null
                order by a.username limit 1""").params(LocalDate.now().minusYears(60), LocalDate.now().minusYears(72))
                .query().singleRow();
        OffsetDateTime start = java.time.LocalDate.now(clock).plusDays(6).atTime(14, 0)
                .atZone(CommunityEvent.ZONE).toOffsetDateTime();
        long id = handling.create(staff, new EventInput(events.programme(1, "7890-CINEMA").orElseThrow().id(),
                "暖心影院：《洛神》 " + UUID.randomUUID().toString().substring(0, 4), null, "7890暖心屋 多功能厅", start,
                start.plusHours(2), 30, 70, null, EnumSet.of(Cohort.ELDERLY)));

        useCareMode();
        signIn((String) family.get("username"));
        open("/events/" + id);
        page.locator("#f-residentId").selectOption(String.valueOf(family.get("mother_id")));
        page.locator("#register").click();
        assertThat(page.locator(".flash")).containsText("已报名");
        assertThat(page.locator("#my-registrations")).containsText((String) family.get("mother_name"));
        assertThat(page.locator(".door-pass .qr svg")).isVisible();
        assertAccessible();
        screenshot("event-care-mode-daughter-registers-mother");
    }

    @Test
    void a_resident_registers_and_cancels_on_a_phone() {
        signIn("resident");
        open("/events");
        assertAccessible();
        screenshot("events");
        // among the 宠邻家 programme's events: other tests add events, which may fill the list's first page
        open("/events?programme=" + events.programme(1, "PETS").orElseThrow().id());
        page.locator("#events a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("文明养犬讲座")).click();
        assertThat(page.locator("h1")).containsText("宠邻家");
        page.locator("#register").click();
        assertThat(page.locator(".flash")).containsText("已报名");
        assertThat(page.locator("#my-registrations li").first()).containsText("已报名");
        assertAccessible();
        screenshot("event-registered");

        page.locator("#my-registrations li").first().getByText("取消报名").click();
        assertThat(page.locator("#my-registrations li").first()).containsText("已取消");
    }

    @Test
    void staff_publish_an_event_and_sign_up_a_neighbour_without_a_phone() {
        signIn("rc.staff");
        open("/events/new");
        String title = "暖心手机：微信支付 " + UUID.randomUUID().toString().substring(0, 4);
        page.locator("#f-title").fill(title);
        page.locator("#f-place").fill("");
        page.locator("#f-capacity").fill("12");
        String day = LocalDate.now().plusDays(7).toString();
        page.locator("#f-startsAt").fill(day + "T09:00");
        page.locator("#f-endsAt").fill(day + "T11:00");
        page.locator("#main form").evaluate("f => f.noValidate = true");
        page.locator("#create-event").click();
        assertThat(page.locator(".problems")).containsText("地点");
        assertThat(page.locator("#f-title")).hasValue(title);

        page.locator("#f-place").fill("社区党群服务站 电脑室");
        page.locator("#create-event").click();
        assertThat(page.locator("h1")).hasText(title);
        page.locator("#roster-link").click();
        page.locator("#name").fill("王");
        page.locator("#register-by-staff button[type=submit]").first().click();
        page.locator("#found li button").first().click();
        assertThat(page.locator("#roster li").first()).containsText("工作人员代报");
        assertThat(page.locator("#roster-counts")).containsText("已报 1 / 12");
        assertThat(page.locator("#check-in-closed")).isVisible();
        assertThat(page.locator("#roster li").first().getByText("签到", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).hasCount(0);
        assertAccessible();
        screenshot("event-roster");
    }
}
