package org.gongzhi.notice;

import org.gongzhi.shared.domain.Labelled;

/**
 * The ways a notification may go out besides the inbox, which always receives it. E-mail goes through SMTP when
 * the application is configured with a mail server; SMS and WeChat subscription messages have no provider yet.
 */
public enum Channel implements Labelled {
    EMAIL,
    SMS,
    WECHAT
}
