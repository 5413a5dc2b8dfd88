package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;

/**
 * A notification goes out on the channels its resident chose for its kind, once: e-mail through SMTP (an in-process
 * GreenMail server here, the message checked as it arrives), SMS and WeChat recorded as not sent for want of a
 * provider. After the mail server failed, the registry's redelivery sends the mail, and only once.
 */
class NotificationsReachTheChosenChannelsTest extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Notifications notifications;
    @Autowired
    JavaMailSender mail;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    private int configuredPort;

    @BeforeEach
    void pointMailAtTheTestServer() {
        configuredPort = ((JavaMailSenderImpl) mail).getPort();
        ((JavaMailSenderImpl) mail).setPort(mailServer.getSmtp().getPort());
    }

    @AfterEach
    void restoreMail() {
        ((JavaMailSenderImpl) mail).setPort(configuredPort);
    }

    private long residentOf(String username) {
        return jdbc.sql("select resident_id from identity_account where username = ?").param(username)
                .query(Long.class).single();
    }

    private void choose(String username, String email, String kindsJson) throws Exception {
        mvc.perform(put("/api/v1/notifications/settings").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":" + (email == null ? "null" : "\"" + email + "\"") + ",\"kinds\":" + kindsJson
                        + "}"))
                .andExpect(status().isOk());
    }

    /** Adds a case-step notification for the resident, as a module's event would, and answers its id. */
    private long notify(long resident, String detail) {
        String key = "test-channel:" + UUID.randomUUID();
        transaction.executeWithoutResult(s -> notifications.add(1, resident, NotificationKind.CASE_STEP, 4242,
                detail, "/cases/4242", key, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        return jdbc.sql("select id from notice_notification where resident_id = ? and source_key = ?")
                .params(resident, key).query(Long.class).single();
    }

    private List<String> deliveries(long notification) {
        return jdbc.sql("select channel || ' ' || status || ' ' || coalesce(detail, '-') || ' ' || attempts"
                + " from notice_delivery where notification_id = ? order by channel").param(notification)
                .query(String.class).list();
    }

    @Test
    void a_chosen_kind_goes_out_by_mail_once_and_sms_and_wechat_say_not_sent() throws Exception {
        String user = ownResidentAccount("channels.mail", 4);
        choose(user, "lin.mail@example.org", "[{\"kind\":\"CASE_STEP\",\"channels\":[\"EMAIL\",\"SMS\",\"WECHAT\"]}]");
        long resident = residentOf(user);

        long id = notify(resident, "HANDLED");

        MimeMessage[] arrived = mailServer.getReceivedMessages();
        assertThat(arrived).hasSize(1);
        assertThat(arrived[0].getAllRecipients()[0].toString()).isEqualTo("lin.mail@example.org");
        assertThat(arrived[0].getSubject()).isEqualTo("共治 · 问题处理进展");
        assertThat((String) arrived[0].getContent()).contains("您反映的问题 #4242：待验收")
                .contains("http://gongzhi.test/cases/4242");
        assertThat(deliveries(id)).containsExactly("EMAIL SENT - 1", "SMS NOT_SENT not sent: no provider 1",
                "WECHAT NOT_SENT not sent: no provider 1");

        // the same event delivered again (a restart before the registry marked it complete) sends nothing more
        transaction.executeWithoutResult(s -> events.publishEvent(
                new NotificationAdded(id, 1, resident, NotificationKind.CASE_STEP)));
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(deliveries(id)).hasSize(3).allMatch(d -> d.endsWith(" 1"));
    }

    @Test
    void after_the_mail_server_failed_the_mail_is_retried_and_arrives_once() throws Exception {
        String user = ownResidentAccount("channels.retry", 5);
        choose(user, "retry@example.org", "[{\"kind\":\"CASE_STEP\",\"channels\":[\"EMAIL\"]}]");
        long resident = residentOf(user);

        mailServer.stop();
        long id = notify(resident, "DISPATCHED");
        assertThat(deliveries(id)).singleElement().asString().startsWith("EMAIL FAILED failed: ");

        mailServer.start();
        ((JavaMailSenderImpl) mail).setPort(mailServer.getSmtp().getPort());
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof NotificationAdded added
                && added.notificationId() == id);
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(deliveries(id)).containsExactly("EMAIL SENT - 2");

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof NotificationAdded added
                && added.notificationId() == id);
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_mail_sent_again_after_its_log_was_lost_carries_the_same_message_id() throws Exception {
        String user = ownResidentAccount("channels.twice", 8);
        choose(user, "twice@example.org", "[{\"kind\":\"CASE_STEP\",\"channels\":[\"EMAIL\"]}]");
        long resident = residentOf(user);
        long id = notify(resident, "ACCEPTED");
        long other = notify(resident, "DISPATCHED");
        assertThat(mailServer.getReceivedMessages()).hasSize(2);
        String first = mailServer.getReceivedMessages()[0].getMessageID();
        assertThat(first).isEqualTo("<gongzhi.notification." + id + "@gongzhi.test>");
        assertThat(mailServer.getReceivedMessages()[1].getMessageID())
                .isEqualTo("<gongzhi.notification." + other + "@gongzhi.test>");

        // the crash this guards against: the server took the mail, the log's commit never happened; the event comes
        // back and the mail goes out again - with the Message-ID the receiver already has
        jdbc.sql("delete from notice_delivery where notification_id = ?").param(id).update();
        transaction.executeWithoutResult(s -> events.publishEvent(
                new NotificationAdded(id, 1, resident, NotificationKind.CASE_STEP)));
        MimeMessage[] arrived = mailServer.getReceivedMessages();
        assertThat(arrived).hasSize(3);
        assertThat(arrived[2].getMessageID()).isEqualTo(first);
        assertThat((String) arrived[2].getContent()).isEqualTo((String) arrived[0].getContent());
    }

    @Test
    void kinds_not_chosen_reach_the_inbox_only() throws Exception {
        String user = ownResidentAccount("channels.inbox", 6);
        choose(user, "inbox.only@example.org", "[{\"kind\":\"VOTE_OPENED\",\"channels\":[\"EMAIL\"]}]");
        long id = notify(residentOf(user), "ACCEPTED");
        assertThat(mailServer.getReceivedMessages()).isEmpty();
        assertThat(deliveries(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notice_notification where id = ?").param(id).query(Long.class)
                .single()).isOne();
    }

    @Test
    void mail_chosen_without_an_address_or_with_a_broken_one_is_refused_and_nothing_changes() throws Exception {
        String user = ownResidentAccount("channels.bad", 7);
        choose(user, null, "[{\"kind\":\"PROPOSAL_STAGE\",\"channels\":[\"SMS\"]}]");
        mvc.perform(put("/api/v1/notifications/settings").with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":null,\"kinds\":[{\"kind\":\"CASE_STEP\",\"channels\":[\"EMAIL\"]}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("email")));
        mvc.perform(put("/api/v1/notifications/settings").with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"not an address\",\"kinds\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("email")));
        mvc.perform(get("/api/v1/notifications/settings").with(as(user)))
                .andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.kinds[?(@.kind == 'PROPOSAL_STAGE')].channels[0]").value("SMS"))
                .andExpect(jsonPath("$.kinds[?(@.kind == 'CASE_STEP')].channels[0]").doesNotExist());

        mvc.perform(post("/inbox/settings").with(as(user)).with(csrf()).param("email", "")
                .param("chosen", "CASE_STEP:EMAIL"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("选择了电子邮件，请填写电子邮箱")));
        mvc.perform(post("/inbox/settings").with(as(user)).with(csrf()).param("email", "wang@example.org")
                .param("chosen", "CASE_STEP:EMAIL", "VOTE_OPENED:WECHAT"))
                .andExpect(redirectedUrl("/inbox/settings"));
        mvc.perform(get("/inbox/settings").with(as(user)))
                .andExpect(content().string(Matchers.containsString("value=\"wang@example.org\"")))
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*value=\"VOTE_OPENED:WECHAT\"\\s+checked.*")));
    }

    @Test
    void staff_see_the_delivery_log_and_residents_do_not() throws Exception {
        String user = ownResidentAccount("channels.log", 8);
        choose(user, null, "[{\"kind\":\"CASE_STEP\",\"channels\":[\"SMS\"]}]");
        long id = notify(residentOf(user), "HANDLED");
        mvc.perform(get("/api/v1/notifications/deliveries").param("notification", String.valueOf(id))
                .with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].channel").value("SMS"))
                .andExpect(jsonPath("$.items[0].status").value("NOT_SENT"))
                .andExpect(jsonPath("$.items[0].reason").value("not sent: no provider"));
        mvc.perform(get("/inbox/deliveries").param("notification", String.valueOf(id)).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("not sent: no provider")));
        mvc.perform(get("/api/v1/notifications/deliveries").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/inbox/deliveries").with(as(user))).andExpect(status().isForbidden());
    }
}
