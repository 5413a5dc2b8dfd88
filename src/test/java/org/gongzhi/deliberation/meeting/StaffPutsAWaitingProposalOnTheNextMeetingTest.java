package org.gongzhi.deliberation.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;

/**
 * Residents' committee staff follow the to-do to the proposals that wait for them, find a held meeting closed to new
 * items, and put the proposal on the next meeting, after which no other meeting offers it.
 */
class StaffPutsAWaitingProposalOnTheNextMeetingTest extends BrowserTest {

    private String send(String path, String body) throws Exception {
        return mvc.perform(post(path).with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getContentAsString();
    }

    private long meeting(int days) throws Exception {
        String at = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(days).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        return ((Number) JsonPath.read(send("/api/v1/meetings", MeetingApiTest.meetingJson("浏览器测试议事厅")
                .replace("2026-12-03T19:00", at)), "$.id")).longValue();
    }

    @Test
    void staff_put_a_waiting_proposal_on_the_next_meeting_and_no_other_offers_it() throws Exception {
        String title = "议程安排 " + UUID.randomUUID().toString().substring(0, 6);
        long proposal = MeetingApiTest.proposalOnAgenda(mvc, this::as, title);
        long held = meeting(-2);
        send("/api/v1/meetings/" + held + "/attendance", """
                {"parties":["RESIDENTS_COMMITTEE","OWNERS_COMMITTEE","PROPERTY_COMPANY","RESIDENT_REPRESENTATIVES"]}""");
        long next = meeting(5);
        long later = meeting(12);
        signIn("rc.staff");

        page.locator("#todo-triage a").click();
        assertThat(page.locator("#f-awaitingCommittee")).isChecked();
        assertThat(page.locator("#proposals")).containsText(title);
        assertAccessible();
        screenshot("proposals-awaiting-committee");

        open("/meetings/" + held);
        assertThat(page.locator("#agenda-closed")).isVisible();
        assertThat(page.locator("#f-proposalId")).hasCount(0);
        assertAccessible();

        open("/meetings/" + next);
        page.locator("#f-proposalId").selectOption(String.valueOf(proposal));
        page.locator("#agenda button[type=submit]").click();
        assertThat(page.locator(".flash").first()).isVisible();
        assertThat(page.locator("#item-" + proposal)).isVisible();

        open("/meetings/" + later);
        assertThat(page.locator("#f-proposalId option[value='" + proposal + "']")).hasCount(0);
        assertAccessible();
        screenshot("meeting-agenda-offers-free-proposals");
    }
}
