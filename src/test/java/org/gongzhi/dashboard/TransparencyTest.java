package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/** Anybody reads the transparency page and takes the open data, and neither names a person. */
class TransparencyTest extends IntegrationTest {

    @Test
    void anybody_reads_the_transparency_page_without_signing_in() throws Exception {
        String page = mvc.perform(get("/transparency")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("社区公开", "decisions-table", "participation-table", "/open-data.zip");
        assertNoResidentNamed(page);
        mvc.perform(get("/api/v1/transparency")).andExpect(status().isOk())
                .andExpect(jsonPath("$.participation.length()")
                        .value(count("select count(*) from grid where community_id = 1") + 1))
                .andExpect(jsonPath("$.projects.length()")
                        .value(count("select count(*) from renewal_project where community_id = 1")));
        mvc.perform(get("/api/v1/transparency").param("community", "NOWHERE")).andExpect(status().isNotFound());
    }

    @Test
    void the_open_data_holds_the_public_records_and_no_personal_data() throws Exception {
        String json = mvc.perform(get("/api/v1/open-data")).andExpect(status().isOk())
                .andExpect(jsonPath("$.proposals.length()").value(
                        count("select count(*) from proposal where community_id = 1 and state <> 'DRAFT'")))
                .andExpect(jsonPath("$.voteResults.length()").value(count("""
                        select count(*) from vote v join vote_tally t on t.vote_id = v.id
                        where v.community_id = 1 and v.state in ('CLOSED', 'PUBLISHED') and not v.results_hidden""")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertNoResidentNamed(json);
        assertThat(json).doesNotContain("residentId", "author", "phone", "pledger");

        byte[] zip = mvc.perform(get("/open-data.zip")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);
        assertThat(files).containsKeys("open-data.json", "dictionary.csv", "proposals.csv", "vote-results.csv",
                "projects.csv", "spending.csv", "ledgers.csv", "work-orders-by-grid.csv", "patrol-attendance.csv");
        assertThat(files.get("proposals.csv").lines().count())
                .isEqualTo(count("select count(*) from proposal where community_id = 1 and state <> 'DRAFT'") + 1);
        assertThat(files.get("dictionary.csv")).contains("proposals.csv,title", "budgetFen");
        files.values().forEach(TransparencyTest::assertNoPersonalField);
    }

    private static void assertNoPersonalField(String text) {
        assertThat(text).doesNotContain("id_card", "idCard", "phone");
    }

    private void assertNoResidentNamed(String text) {
        List<String> authors = jdbc.sql("""
                select distinct r.name from proposal p join resident r on r.id = p.author_resident_id
                where p.state <> 'DRAFT'""").query(String.class).list();
        assertThat(authors).isNotEmpty().allSatisfy(name -> assertThat(text).doesNotContain(name));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
