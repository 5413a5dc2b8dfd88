package org.gongzhi.thinktank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** Talents register themselves, staff find and invite them, only the talent answers, and nobody else sees them. */
class ThinkTankTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会 李老师", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    ThinkTank thinkTank;
    @Autowired
    Talents talents;

    private static Actor resident(long id) {
        return new Actor(0, "r" + id, "居民" + id, AOYUAN, id, false, Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    private List<Long> residentsWithoutProfile(int n) {
        return jdbc.sql("""
                select r.id from register_resident r where r.community_id = 1 and r.moved_out is null and not exists
                (select 1 from thinktank_talent t where t.resident_id = r.id) order by r.id limit ?""").param(n)
                .query(Long.class).list();
    }

    @Test
    void a_resident_registers_staff_find_and_invite_and_only_the_talent_answers() {
        List<Long> ids = residentsWithoutProfile(2);
        Actor talent = resident(ids.get(0));
        Actor neighbour = resident(ids.get(1));
        Skill pipes = thinkTank.skills(talent).stream().filter(s -> s.name().equals("土木工程")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> thinkTank.register(talent, new TalentInput("结构工程师", Set.of(999_999L), null,
                Availability.WEEKENDS, null))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("skillIds"));
        long id = thinkTank.register(talent, new TalentInput("结构工程师", Set.of(pipes.id()), "钢结构 加固",
                Availability.WEEKENDS, "楼房加固和车棚结构把关"));
        assertThat(thinkTank.register(talent, new TalentInput("结构工程师（退休）", Set.of(pipes.id()), null,
                Availability.ANYTIME, null))).as("one profile per resident").isEqualTo(id);

        assertThat(thinkTank.search(STAFF, "钢结构", null, null, null, 0, 20).items()).isEmpty();
        assertThat(thinkTank.search(STAFF, "退休", pipes.id(), Availability.WEEKDAYS, null, 0, 20).items())
                .extracting(Talent::id).as("anytime suits weekdays").contains(id);
        assertThatThrownBy(() -> thinkTank.search(neighbour, null, null, null, null, 0, 20))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> thinkTank.talent(neighbour, id)).isInstanceOf(NotFound.class);

        ThinkTank.Target target = thinkTank.targets(STAFF).getFirst();
        long invitation = thinkTank.invite(STAFF, id, target.kind(), target.id(), "请来看看");
        assertThatThrownBy(() -> thinkTank.invite(STAFF, id, target.kind(), target.id(), null)).as("once")
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> thinkTank.invite(STAFF, id, TargetKind.PROJECT, 999_999, null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> thinkTank.contribution(STAFF, invitation, "意见")).as("not accepted yet")
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> thinkTank.answer(neighbour, invitation, InvitationAnswer.ACCEPTED))
                .isInstanceOf(NotFound.class);
        thinkTank.answer(talent, invitation, InvitationAnswer.ACCEPTED);
        assertThatThrownBy(() -> thinkTank.answer(talent, invitation, InvitationAnswer.DECLINED))
                .isInstanceOf(Refused.class);
        thinkTank.contribution(STAFF, invitation, "提出了车棚基础的加固方案");
        assertThat(thinkTank.invitedTo(STAFF, target.kind(), target.id())).extracting(Invitation::contribution)
                .contains("提出了车棚基础的加固方案");
        assertThat(thinkTank.invitations(talent, id).getFirst().answer()).isEqualTo(InvitationAnswer.ACCEPTED);
    }

    @Test
    void a_project_page_shows_its_advisers_accepted_and_masked_to_the_public_and_every_invitation_to_staff()
            throws Exception {
        List<Long> ids = residentsWithoutProfile(2);
        Skill skill = thinkTank.skills(STAFF).getFirst();
        long accepting = thinkTank.register(resident(ids.get(0)), new TalentInput("园林设计师", Set.of(skill.id()), null,
                Availability.ANYTIME, null));
        long silent = thinkTank.register(resident(ids.get(1)), new TalentInput("电气工程师", Set.of(skill.id()), null,
                Availability.ANYTIME, null));
        long project = jdbc.sql("select min(id) from renewal_project where community_id = ?").param(AOYUAN)
                .query(Long.class).single();
        long invitation = thinkTank.invite(STAFF, accepting, TargetKind.PROJECT, project, "请看看种植方案");
        thinkTank.invite(STAFF, silent, TargetKind.PROJECT, project, null);
        thinkTank.answer(resident(ids.get(0)), invitation, InvitationAnswer.ACCEPTED);
        thinkTank.contribution(STAFF, invitation, "建议选用耐旱的本地植物" + accepting);
        String acceptedName = talents.get(AOYUAN, accepting).name();
        String silentName = talents.get(AOYUAN, silent).name();
        assertThat(thinkTank.invitations(resident(ids.get(0)), accepting)).singleElement()
                .satisfies(i -> assertThat(i.targetKind()).isEqualTo(TargetKind.PROJECT))
                .satisfies(i -> assertThat(i.contribution()).isEqualTo("建议选用耐旱的本地植物" + accepting));

        mvc.perform(get("/projects/" + project).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("建议选用耐旱的本地植物" + accepting)))
                .andExpect(content().string(Matchers.containsString(silentName)))
                .andExpect(content().string(Matchers.containsString("待答复")));
        mvc.perform(get("/projects/" + project)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        org.gongzhi.shared.pii.Masking.name(acceptedName) + "</span>")))
                .andExpect(content().string(Matchers.containsString("建议选用耐旱的本地植物" + accepting)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(acceptedName))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(silentName))));
    }

    @Test
    void a_meeting_page_shows_its_advisers_accepted_to_all_and_every_invitation_to_staff() throws Exception {
        List<Long> ids = residentsWithoutProfile(2);
        Skill skill = thinkTank.skills(STAFF).getFirst();
        long accepting = thinkTank.register(resident(ids.get(0)), new TalentInput("律师", Set.of(skill.id()), null,
                Availability.ANYTIME, null));
        long silent = thinkTank.register(resident(ids.get(1)), new TalentInput("会计师", Set.of(skill.id()), null,
                Availability.ANYTIME, null));
        long meeting = jdbc.sql("select max(id) from meeting where community_id = ?").param(AOYUAN)
                .query(Long.class).single();
        long invitation = thinkTank.invite(STAFF, accepting, TargetKind.MEETING, meeting, null);
        thinkTank.invite(STAFF, silent, TargetKind.MEETING, meeting, null);
        thinkTank.answer(resident(ids.get(0)), invitation, InvitationAnswer.ACCEPTED);
        thinkTank.contribution(STAFF, invitation, "解释了业主大会的表决门槛" + accepting);
        String acceptedName = talents.get(AOYUAN, accepting).name();
        String silentName = talents.get(AOYUAN, silent).name();

        mvc.perform(get("/meetings/" + meeting).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("解释了业主大会的表决门槛" + accepting)))
                .andExpect(content().string(Matchers.containsString(silentName)))
                .andExpect(content().string(Matchers.containsString("待答复")));
        mvc.perform(get("/meetings/" + meeting).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(acceptedName)))
                .andExpect(content().string(Matchers.containsString("解释了业主大会的表决门槛" + accepting)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(silentName))));
    }

    @Test
    void the_api_and_pages_answer_by_role_and_name_broken_fields() throws Exception {
        String resident = ownResidentAccount("talent.own", 1);
        mvc.perform(put("/api/v1/me/talent").with(as(resident)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"profession\":\" \"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("profession", "availability")));
        mvc.perform(put("/api/v1/me/talent").with(as(resident)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"profession\":\"退休会计\",\"availability\":\"WEEKDAYS\",\"skillIds\":[]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.talent.profession").value("退休会计"));
        mvc.perform(get("/api/v1/talents").with(as(resident))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/talents?q=工程师").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Matchers.greaterThan(3)));
        long other = talents.search(AOYUAN, "律师", null, null, null, 0, 1).items().getFirst().id();
        mvc.perform(get("/api/v1/talents/" + other).with(as(resident))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/talents/" + other).with(as("oc.member"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.invitations").isArray());
        mvc.perform(post("/api/v1/talents/" + other + "/invitations").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"targetKind\":\"MEETING\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("targetId"));

        mvc.perform(get("/thinktank").with(as(resident))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("我的能人档案")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("找能人"))));
        mvc.perform(get("/thinktank?q=医生").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("内科医生")));
        mvc.perform(get("/thinktank/talents/" + other).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("发出邀请")));
        mvc.perform(get("/thinktank/talents/" + other).with(as(resident))).andExpect(status().isNotFound());
    }

    @Test
    void the_demo_has_three_dozen_talents_with_invitations_answered_and_contributions() {
        assertThat(talents.search(AOYUAN, null, null, null, null, 0, 100).total()).isGreaterThanOrEqualTo(36);
        assertThat(jdbc.sql("select count(*) from thinktank_invitation where contribution is not null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
