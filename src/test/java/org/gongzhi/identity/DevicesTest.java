package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The device named in the list of sessions and tokens: short, recognisable, never the whole header. */
class DevicesTest {

    @Test
    void common_phones_browsers_and_programs_are_named() {
        assertThat(Devices.summary("Mozilla/5.0 (Linux; Android 12; HarmonyOS; NOH-AN00) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.88 Mobile Safari/537.36 MicroMessenger/8.0.40"))
                .isEqualTo("WeChat · HarmonyOS");
        assertThat(Devices.summary("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari · iOS");
        assertThat(Devices.summary(OwnSessionsAndTokensTest.COMPUTER)).isEqualTo("Firefox · Windows");
        assertThat(Devices.summary("python-requests/2.31.0")).isEqualTo("python-requests");
        assertThat(Devices.summary("Java-http-client/21.0.1")).isEqualTo("Java-http-client");
    }

    @Test
    void nothing_recognisable_is_named_as_unknown() {
        assertThat(Devices.summary(null)).isNull();
        assertThat(Devices.summary("  ")).isNull();
        assertThat(Devices.summary("<script>alert(1)</script>")).isNull();
    }
}
