package org.gongzhi.shared.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.web.servlet.MvcResult;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** What the fuzz tests of the web layer send and what they hold every answer to. */
final class HostileRequests {

    /** Values a person or a program could put in a field, mixed with what the fuzzer makes up. */
    private static final String[] SHAPES = {"", " ", "0", "-1", "1e309", "9223372036854775808", "2026-02-30",
            "2026-13-01T25:61", "NaN", "１２３", "三百", "<script>alert(1)</script>", "' or 1=1 --", "%00", "\u0000",
            "😀", "a".repeat(5000), "AY-1-1", "31.2", "121.5", "LITTER", "open", "closed", "true", "1,2,3"};

    private HostileRequests() {
    }

    static String value(FuzzedDataProvider data) {
        return data.consumeBoolean() ? SHAPES[data.consumeInt(0, SHAPES.length - 1)] : data.consumeString(200);
    }

    /** Never a server error, never a stack trace or an exception's name shown to whoever sent it. */
    static void answeredCalmly(MvcResult result, String what) throws Exception {
        int status = result.getResponse().getStatus();
        assertThat(status).as("%s answered %d", what, status).isLessThan(500);
        String body = result.getResponse().getContentAsString();
        assertThat(body).as(what).doesNotContain("Exception").doesNotContain("\tat org.")
                .doesNotContain("java.lang.");
    }
}
