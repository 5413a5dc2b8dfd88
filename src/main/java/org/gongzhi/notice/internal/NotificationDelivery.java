package org.gongzhi.notice.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.notice.Channel;
import org.gongzhi.notice.ChannelSettings;
import org.gongzhi.notice.Deliveries;
import org.gongzhi.notice.DeliveryStatus;
import org.gongzhi.notice.Notification;
import org.gongzhi.notice.NotificationAdded;
import org.gongzhi.notice.NotificationKind;
import org.gongzhi.notice.NotificationSettings;
import org.gongzhi.notice.Notifications;

/**
 * Sends a new notification on the channels its resident chose for its kind, and writes each outcome to the delivery
 * log. Runs from the event publication registry: a channel already settled in the log is not sent again when the
 * event comes back; a mail server that fails leaves the event incomplete (the failure logged) and the registry's
 * redelivery tries again. E-mail goes out only when a mail server is configured ({@code spring.mail.host}).
 */
@Component
class NotificationDelivery {

    static final String NO_MAIL_SERVER = "not sent: no mail server configured";
    static final String NO_ADDRESS = "not sent: no e-mail address";
    /** Notifications are written in the community's language, as the inbox shows them by default. */
    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final Notifications notifications;
    private final NotificationSettings settings;
    private final Deliveries deliveries;
    private final TextMessages texts;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final TransactionTemplate apart;
    private final String from;
    private final String site;
    /** The site's host name, the right-hand side of every Message-ID. */
    private final String host;
    private final Clock clock;

    NotificationDelivery(Notifications notifications, NotificationSettings settings, Deliveries deliveries,
            TextMessages texts, ObjectProvider<JavaMailSender> mail, MessageSource messages,
            PlatformTransactionManager transactions, @Value("${gongzhi.mail.from:gongzhi@localhost}") String from,
            @Value("${gongzhi.site-url:http://localhost:8080}") String site, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.deliveries = deliveries;
        this.texts = texts;
        this.mail = mail;
        this.messages = messages;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.site = site.replaceAll("/+$", "");
        String siteHost = URI.create(this.site).getHost();
        this.host = siteHost == null ? "localhost" : siteHost;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NotificationAdded added) {
        Notification notification = notifications.get(added.communityId(), added.residentId(),
                added.notificationId()).orElse(null);
        if (notification == null) {
            return;
        }
        ChannelSettings chosen = settings.of(added.residentId());
        for (Channel channel : chosen.channels(added.kind())) {
            boolean settled = deliveries.status(notification.id(), channel).map(DeliveryStatus::settled)
                    .orElse(false);
            if (!settled) {
                deliver(added, notification, channel, chosen);
            }
        }
    }

    private void deliver(NotificationAdded added, Notification notification, Channel channel, ChannelSettings chosen) {
        String text = text(notification);
        if (channel != Channel.EMAIL) {
            TextMessages.Outcome outcome = texts.send(channel, added.communityId(), added.residentId(), text);
            record(added, channel, outcome.sent() ? DeliveryStatus.SENT : DeliveryStatus.NOT_SENT, outcome.reason());
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || chosen.email() == null) {
            record(added, channel, DeliveryStatus.NOT_SENT, sender == null ? NO_MAIL_SERVER : NO_ADDRESS);
            return;
        }
        try {
            MimeMessage message = new StableMessage(sender.createMimeMessage().getSession(),
                    messageId(notification.id()));
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(chosen.email());
            mail.setSubject(messages.getMessage("notice.mail.subject",
                    new Object[] {messages.getMessage(notification.kind().labelKey(), null, LANGUAGE)}, LANGUAGE));
            mail.setText(text + "\n\n" + site + notification.link() + "\n\n"
                    + messages.getMessage("notice.mail.footer", new Object[] {site + "/inbox/settings"}, LANGUAGE));
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        } catch (MailException e) {
            // seen in the log at once; the event stays incomplete and is delivered again
            apart.executeWithoutResult(s -> record(added, channel, DeliveryStatus.FAILED,
                    "failed: " + e.getClass().getSimpleName()));
            throw e;
        }
        record(added, channel, DeliveryStatus.SENT, null);
    }

    /**
     * The Message-ID of a notification's mail, the same on every attempt, so that a receiver that already has the mail
     * can drop a second copy (docs/decisions.md: the mail after a crash between the server's acceptance and the log).
     */
    String messageId(long notificationId) {
        return "<gongzhi.notification." + notificationId + "@" + host + ">";
    }

    /** A mail whose Message-ID is given, where JavaMail would make up a new one each time it is saved. */
    private static final class StableMessage extends MimeMessage {

        private final String id;

        StableMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    private void record(NotificationAdded added, Channel channel, DeliveryStatus status, String reason) {
        deliveries.record(added.communityId(), added.notificationId(), channel, status, reason,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The notification's line as the inbox shows it. */
    private String text(Notification n) {
        if (n.kind() == NotificationKind.CASE_STEP) {
            return messages.getMessage("inbox.case", new Object[] {String.valueOf(n.subjectId()),
                    messages.getMessage("CaseState." + n.detail(), null, n.detail(), LANGUAGE)}, LANGUAGE);
        }
        return messages.getMessage("inbox." + n.kind().name(), new Object[] {n.detail()}, LANGUAGE);
    }
}
