package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.owner.Owners;
import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.pii.PiiCipher;

/** Staff put an ID number on file for owners who have none, so that owners' votes can tell who is who. */
class StaffCompletesOwnersTest extends IntegrationTest {

    private static final String UNIDENTIFIED = """
            from register_owner o join unit u on u.id = o.unit_id join stairwell s on s.id = u.stairwell_id
            join building b on b.id = s.building_id
            where o.community_id = 1 and o.owned_until is null and o.person_key is null and not u.developer_held""";
    /** Numbers of a division no demo resident or owner comes from, a new sequence for each test. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    AuditTrail audit;

    @Autowired
    PiiCipher cipher;

    @Autowired
    Owners owners;

    private String newIdNumber() {
        String first17 = "65010219800101" + SEQUENCE.getAndIncrement();
        return first17 + IdCardNumber.checkDigit(first17);
    }

    private Unidentified firstUnidentified(int skip) {
        return jdbc.sql("select o.id, b.number as building " + UNIDENTIFIED
                        + " order by b.number, s.unit_number, u.room, o.id limit 1 offset ?")
                .param(skip).query(Unidentified.class).single();
    }

    record Unidentified(long id, int building) {
    }

    private long unidentifiedIn(int building) {
        return jdbc.sql("select count(*) " + UNIDENTIFIED + " and b.number = ?").param(building).query(Long.class)
                .single();
    }

    private String personKey(long owner) {
        return jdbc.sql("select person_key from register_owner where id = ?").param(owner).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void a_saved_number_makes_the_owner_a_person_and_takes_them_off_the_list() throws Exception {
        Unidentified owner = firstUnidentified(0);
        long before = unidentifiedIn(owner.building());
        assertThat(personKey(owner.id())).isNull();
        mvc.perform(get("/residents/owners").param("building", String.valueOf(owner.building())).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"owner-" + owner.id() + "\"")))
                .andExpect(content().string(containsString("还有 " + before + " 位产权人待补全身份")));

        String number = newIdNumber();
        mvc.perform(post("/residents/owners/" + owner.id() + "/identity").param("idNumber", number.toLowerCase())
                        .param("building", String.valueOf(owner.building())).with(csrf()).with(as("rc.staff")))
                .andExpect(redirectedUrl("/residents/owners?building=" + owner.building()));

        assertThat(personKey(owner.id())).isEqualTo("I:" + cipher.digest(number));
        var stored = jdbc.sql("select id_card_cipher, id_card_masked from unit_owner where id = ?").param(owner.id())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(cipher.decrypt(stored.get(0))).isEqualTo(number);
        assertThat(stored.get(0)).doesNotContain(number.substring(0, 6));
        assertThat(stored.get(1)).isEqualTo("650102********" + number.substring(14));
        mvc.perform(get("/residents/owners").param("building", String.valueOf(owner.building())).with(as("rc.staff")))
                .andExpect(content().string(not(containsString("id=\"owner-" + owner.id() + "\""))))
                .andExpect(content().string(containsString("还有 " + (before - 1) + " 位产权人待补全身份")));
    }

    @Test
    void the_audit_says_which_owner_row_and_nothing_personal() throws Exception {
        Unidentified owner = firstUnidentified(1);
        String name = jdbc.sql("select owner_name from unit_owner where id = ?").param(owner.id()).query(String.class)
                .single();
        String number = newIdNumber();
        mvc.perform(put("/api/v1/register/owners/" + owner.id() + "/identity").with(csrf()).with(as("rc.staff"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"" + number + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(owner.id()))
                .andExpect(jsonPath("$.idCardMasked").value("650102********" + number.substring(14)))
                .andExpect(jsonPath("$.identifiedBy").value("ID_NUMBER"))
                .andExpect(jsonPath("$.ownerNameMasked").value(matchesPattern(".\\*+")))
                .andExpect(content().string(not(containsString(number))));
        assertThat(audit.count(Owners.IDENTIFIED, "unit_owner", owner.id())).isEqualTo(1);
        AuditTrail.AuditEntry entry = audit.of("unit_owner", owner.id()).getFirst();
        assertThat(entry.actor()).isEqualTo("rc.staff");
        assertThat(entry.detail()).contains(String.valueOf(owner.id())).doesNotContain(number.substring(6, 14))
                .doesNotContain(number.substring(14)).doesNotContain(name);

        mvc.perform(put("/api/v1/register/owners/" + owner.id() + "/identity").with(csrf()).with(as("rc.staff"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"" + newIdNumber() + "\"}"))
                .andExpect(status().isConflict());
        assertThat(personKey(owner.id())).isEqualTo("I:" + cipher.digest(number));
    }

    @Test
    void a_bad_number_is_refused_on_its_field_and_nothing_is_stored() throws Exception {
        Unidentified owner = firstUnidentified(2);
        String number = newIdNumber();
        String wrongCheck = number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/residents/owners/" + owner.id() + "/identity").param("idNumber", wrongCheck)
                        .with(csrf()).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号校验位不正确（GB 11643）")))
                .andExpect(content().string(containsString("value=\"" + wrongCheck + "\"")));
        mvc.perform(put("/api/v1/register/owners/" + owner.id() + "/identity").with(csrf()).with(as("rc.staff"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"650102198002301234\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("身份证号中的出生日期无效"));
        assertThat(personKey(owner.id())).isNull();
        assertThat(audit.count(Owners.IDENTIFIED, "unit_owner", owner.id())).isZero();
    }

    @Test
    void an_owner_unknown_or_of_another_community_is_not_found() throws Exception {
        Unidentified owner = firstUnidentified(3);
        mvc.perform(put("/api/v1/register/owners/99999999/identity").with(csrf()).with(as("rc.staff"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"" + newIdNumber() + "\"}"))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> owners.identify(2, owner.id(), newIdNumber())).isInstanceOf(NotFound.class);
        assertThat(personKey(owner.id())).isNull();
    }

    @Test
    void the_api_lists_the_owners_left_page_by_page_with_names_masked() throws Exception {
        long total = jdbc.sql("select count(*) " + UNIDENTIFIED).query(Long.class).single();
        Unidentified second = firstUnidentified(1);
        mvc.perform(get("/api/v1/register/owners").param("identified", "false").param("size", "1")
                        .param("page", "1").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(second.id()))
                .andExpect(jsonPath("$.items[0].identifiedBy").value("NONE"));
        mvc.perform(get("/api/v1/register/owners").param("identified", "true").param("building", "3")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].buildingNumber", everyItem(org.hamcrest.Matchers.is(3))))
                .andExpect(jsonPath("$.items[*].ownerNameMasked", everyItem(matchesPattern(".\\*+"))))
                .andExpect(jsonPath("$.items[*].idCardMasked", everyItem(matchesPattern("\\d{6}\\*{8}[\\dX]{4}"))));
        assertThat(total).as("owners left to complete in the demo").isPositive();
    }

    @Test
    void only_residents_committee_staff_and_administrators_complete_owners() throws Exception {
        for (String someone : List.of("resident", "pm.staff", "branch.secretary")) {
            mvc.perform(get("/residents/owners").with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/residents/owners/vacant").with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/register/owners").with(as(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/register/units").with(as(someone))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/residents/owners").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/residents/owners")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/register/owners")).andExpect(status().isUnauthorized());
    }

    @Test
    void vacant_units_show_their_area_source_and_whether_the_developer_holds_them() throws Exception {
        long vacant = jdbc.sql("select count(*) from register_unit where community_id = 1 and vacant").query(Long.class)
                .single();
        long developer = jdbc.sql(
                "select count(*) from register_unit where community_id = 1 and vacant and developer_held")
                .query(Long.class).single();
        assertThat(developer).as("the developer's unsold units in the demo").isPositive();
        mvc.perform(get("/api/v1/register/units").param("vacant", "true").param("page", "1").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(vacant))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[*].vacant", everyItem(org.hamcrest.Matchers.is(true))))
                .andExpect(jsonPath("$.items[*].areaSource", everyItem(matchesPattern("REGISTER|SURVEY|CONTRACT"))));
        mvc.perform(get("/residents/owners/vacant").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<b>" + developer + "</b><span>开发商持有</span>")))
                .andExpect(content().string(containsString("<b>" + (vacant - developer) + "</b><span>空置</span>")))
                .andExpect(content().string(containsString("共 " + vacant + " 套")));
    }
}
