package org.gongzhi.activity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** On a phone: a parent adopts a plant for a child, posts how it grows with a photo, and the public page masks the child. */
class GuardianAdoptsAPlantForAChildTest extends BrowserTest {

    @Autowired
    PlantHandling plants;
    @Autowired
    Clock clock;
    @Autowired
    Accounts accounts;

    @Test
    void a_parent_adopts_a_plant_for_a_child_and_posts_a_growth_photo() throws Exception {
        // a household with a child, whose adult has no account yet: the test opens one, so that no other test's
        // use of a shared account (a lock, a changed password) can stand in its way
        Map<String, Object> found = jdbc.sql("""
                select g.id as guardian_id, c.id as child_id, c.name as child_name, c.birth_date
                from register_resident g
                join register_resident c on c.household_id = g.household_id and c.moved_out is null and c.id <> g.id
                where g.moved_out is null and g.community_id = 1 and g.birth_date < ? and c.birth_date > ?
                and not exists (select 1 from identity_account a where a.resident_id = g.id)
                order by g.id desc, c.id limit 1""")
                .params(LocalDate.now(clock).minusYears(25), LocalDate.now(clock).minusYears(18)).query().singleRow();
        if (jdbc.sql("select count(*) from identity_account where username = ?").param("family.plant").query(Long.class)
                .single() == 0) {
            accounts.open(new NewAccount("family.plant", DEMO_PASSWORD, "家长", 1L, ((Number) found.get("guardian_id"))
                    .longValue(), Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        }
        Map<String, Object> family = new java.util.HashMap<>(found);
        family.put("username", "family.plant");
        Actor staff = new Actor(0, "rc.staff", "居委会", 1L, null, false, Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        long garden = plants.gardens(staff).getFirst().id();
        String name = "向日葵 " + UUID.randomUUID().toString().substring(0, 4);
        long plant = plants.addPlant(staff, garden, name, "向日葵");

        signIn((String) family.get("username"));
        open("/plants");
        page.locator("#plant-" + plant + " a").click();
        assertThat(page.locator("h1")).hasText(name);
        page.locator("#f-childId").selectOption(String.valueOf(family.get("child_id")));
        assertAccessible();
        page.locator("#adopt").click();
        assertThat(page.locator(".flash")).containsText("认养成功");
        page.locator("#f-note").fill("种下去一周，长出了两片真叶。");
        page.locator("#f-photo").setInputFiles(new FilePayload("sunflower.png", "image/png", png()));
        page.locator("#post-update").click();
        assertThat(page.locator(".flash")).containsText("成长记录已发布");
        assertThat(page.locator("#updates img").first()).isVisible();
        assertAccessible();
        screenshot("plant-adopted-update");

        page.locator("#child-link").click();
        assertThat(page.locator("#child-updates")).containsText("长出了两片真叶");
        screenshot("plant-child-page");

        context.clearCookies();
        open("/plants/" + plant);
        assertThat(page.locator("#plant-adopter")).not().containsText((String) family.get("child_name"));
        assertThat(page.locator("#plant-adopter")).containsText("*");
        assertThat(page.locator("#update-form")).hasCount(0);
        assertAccessible();
        screenshot("plant-public-after-adoption");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(190, 225, 245));
        g.fillRect(0, 0, 160, 120);
        g.setColor(new Color(46, 125, 50));
        g.fillRect(77, 50, 6, 60);
        g.setColor(new Color(250, 200, 30));
        g.fillOval(60, 20, 40, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
