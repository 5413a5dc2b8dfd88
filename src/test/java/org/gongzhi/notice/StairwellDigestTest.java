package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * A stairwell's monthly digest lists, in large type and as real text, what was published this month for that
 * stairwell and the places it lies in, and nothing addressed elsewhere; only staff and its grid's secretary print it.
 */
class StairwellDigestTest extends IntegrationTest {

    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", 1L, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    NoticePublishing notices;

    /** The text of the PDF and the smallest body font size (in points) it uses. */
    private record Read(String text, float smallest) {
    }

    private static Read read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document);
            // the footer is small on purpose; the body is what residents read
            float body = sizes.stream().filter(s -> s > 10).min(Float::compare).orElse(0f);
            return new Read(text, body);
        }
    }

    @Test
    void the_digest_lists_the_months_notices_for_the_stairwell_in_large_type_and_nothing_else() throws Exception {
        record Stairwell(long id, String code, long gridId) {
        }
        // a stairwell with a problem still open, which the digest lists with where it stands
        Stairwell here = jdbc.sql("""
                select s.id, s.code, s.grid_id from register_stairwell s where s.community_id = 1 and s.id = (
                  select min(w.stairwell_id) from work_order w where w.community_id = 1
                  and w.state not in ('REJECTED', 'CLOSED'))""").query((rs, n) -> new Stairwell(rs.getLong(1), rs.getString(2),
                rs.getLong(3))).single();
        long otherGrid = jdbc.sql("select min(id) from register_grid where community_id = 1 and id <> ?")
                .param(here.gridId()).query(Long.class).single();
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String mine = "楼道灯更换 " + suffix;
        String elsewhere = "别处的通知 " + suffix;
        notices.publish(STAFF, new NoticeInput(NoticeCategory.UTILITIES, Audience.STAIRWELL, here.id(), mine,
                "本周五更换楼道感应灯。", false, null, null));
        notices.publish(STAFF, new NoticeInput(NoticeCategory.ACTIVITY, Audience.GRID, otherGrid, elsewhere,
                "与本楼道无关。", false, null, null));

        byte[] pdf = mvc.perform(get("/notices/digest").param("stairwell", here.code()).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        Read digest = read(pdf);
        assertThat(digest.text()).contains(here.code() + " 楼道").contains(mine).contains("本周五更换楼道感应灯")
                .contains("停水停电").contains("本楼道反映的问题").doesNotContain(elsewhere);
        assertThat(digest.smallest()).as("body type size").isGreaterThanOrEqualTo(17f);

        assertThat(read(mvc.perform(get("/notices/digest").param("stairwell", here.code()).param("month", "2020-01")
                .with(as("rc.staff"))).andReturn().getResponse().getContentAsByteArray()).text())
                .doesNotContain(mine).contains("本月没有发给本楼道的公告");
    }

    @Test
    void residents_and_strangers_to_the_stairwell_get_404_and_a_bad_month_400() throws Exception {
        String code = jdbc.sql("select min(code) from register_stairwell where community_id = 1")
                .query(String.class).single();
        mvc.perform(get("/notices/digest").param("stairwell", code).with(as("resident")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notices/digest").param("stairwell", "NO-SUCH-1").with(as("rc.staff")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notices/digest").param("stairwell", code).param("month", "2026-13")
                .with(as("rc.staff"))).andExpect(status().isBadRequest());
    }
}
