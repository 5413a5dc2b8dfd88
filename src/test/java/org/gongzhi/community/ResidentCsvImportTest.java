package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.community.ResidentWorkbookTest.HEADERS;
import static org.gongzhi.community.ResidentWorkbookTest.newIdCard;
import static org.gongzhi.community.ResidentWorkbookTest.newName;
import static org.gongzhi.community.ResidentWorkbookTest.resident;
import static org.gongzhi.community.ResidentWorkbookTest.withWrongCheckDigit;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.community.resident.ResidentImport;
import org.gongzhi.shared.domain.InvalidInput;

/** Importing residents from CSV: the .xlsx import's rules, for a file read as it streams in. */
class ResidentCsvImportTest extends IntegrationTest {

    private static final String API_IMPORT = "/api/v1/residents/import";
    private static final String HEADER_LINE = String.join(",", HEADERS);

    @Test
    void a_valid_file_sent_as_the_body_registers_every_row_encrypts_the_id_and_is_audited() throws Exception {
        String first = newName();
        String second = newName();
        String idCard = newIdCard();
        String csv = lines(HEADER_LINE, line(resident(first, idCard, "户主", "AY-3-1", "101")),
                line(resident(second, newIdCard(), "配偶", "AY-3-1", "101")));

        mvc.perform(post(API_IMPORT).param("filename", "good.csv").contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.errors").doesNotExist());

        assertThat(householdOf(first)).isEqualTo(householdOf(second));
        String stored = jdbc.sql("select id_card_cipher from resident where name = ?").param(first)
                .query(String.class).single();
        assertThat(stored).doesNotContain(idCard).doesNotContain(idCard.substring(6, 14));
        assertThat(jdbc.sql("select id_card_masked from resident where name = ?").param(first).query(String.class)
                .single()).isEqualTo(idCard.substring(0, 6) + "********" + idCard.substring(14));
        assertThat(audits("RESIDENTS_IMPORTED", "2 rows from good.csv")).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_event a join resident r on r.id = a.subject_id
                where a.action = 'RESIDENT_REGISTERED' and a.subject_type = 'resident' and r.name in (?, ?)""")
                .params(first, second).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void one_bad_row_imports_nothing_and_names_its_row_column_and_problem() throws Exception {
        long before = residentCount();
        String good = newName();
        String csv = lines(HEADER_LINE, line(resident(good, newIdCard(), "户主", "AY-3-1", "102")),
                line(resident(newName(), newIdCard(), "配偶", "AY-3-1", "102")),
                line(resident(newName(), withWrongCheckDigit(newIdCard()), "子女", "AY-3-1", "102")));

        mvc.perform(upload(API_IMPORT, "one-bad-row.csv", csv.getBytes(StandardCharsets.UTF_8)).with(as("rc.staff")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rowsWithProblems").value(1))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("身份证号"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("校验位")));

        assertThat(residentCount()).isEqualTo(before);
        assertThat(named(good)).isZero();
    }

    @Test
    void a_bad_row_after_a_full_batch_still_leaves_nothing_behind() throws Exception {
        long before = residentCount();
        long auditsBefore = audits("RESIDENT_REGISTERED", null);
        StringBuilder csv = new StringBuilder(HEADER_LINE).append("\r\n");
        // more than a full batch: 500 rows to an insert on H2, 5,000 to a COPY on PostgreSQL
        for (int i = 0; i < 5_100; i++) {
            csv.append(line(resident(newName(), bornInThe1890s(i), "其他", "AY-3-2", "201"))).append("\r\n");
        }
        csv.append(line(resident(newName(), newIdCard(), "其他", "AY-3-2", "999")));

        mvc.perform(post(API_IMPORT).contentType("text/csv").content(csv.toString().getBytes(StandardCharsets.UTF_8))
                        .with(as("rc.staff")).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].row").value(5_102))
                .andExpect(jsonPath("$.errors[0].column").value("室号"));

        assertThat(residentCount()).isEqualTo(before);
        assertThat(audits("RESIDENT_REGISTERED", null)).isEqualTo(auditsBefore);
    }

    @Test
    void a_file_with_a_byte_order_mark_and_quoted_fields_holding_commas_and_quotes_is_read() throws Exception {
        String name = newName();
        String idCard = newIdCard();
        Object[] row = resident(name, idCard, "户主", "AY-3-2", "202");
        String quotedName = "\"" + name + "\"";
        String csv = "\uFEFF" + lines(HEADER_LINE, line(row).replaceFirst(name, quotedName)
                .replace(",AY-3-2,", ",\"AY-3-2\",") + ",\"an extra cell, with a comma and \"\"quotes\"\"\"");

        mvc.perform(upload(API_IMPORT, "excel-utf8.csv", csv.getBytes(StandardCharsets.UTF_8)).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(named(name)).isEqualTo(1);
    }

    @Test
    void a_name_with_a_comma_in_quotes_is_one_field_and_a_comma_outside_quotes_shifts_the_columns() throws Exception {
        String quoted = lines(HEADER_LINE,
                line(resident("\"" + newName() + ",三\"", newIdCard(), "户主", "AY-3-2", "301")));
        mvc.perform(upload(API_IMPORT, "quoted.csv", quoted.getBytes(StandardCharsets.UTF_8)).with(as("rc.staff")))
                .andExpect(status().isOk());
        String bare = lines(HEADER_LINE, line(resident(newName() + ",三", newIdCard(), "户主", "AY-3-2", "301")));
        mvc.perform(upload(API_IMPORT, "bare.csv", bare.getBytes(StandardCharsets.UTF_8)).with(as("rc.staff")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].row").value(2));
    }

    @Test
    void a_file_not_headed_like_the_template_or_not_utf8_is_one_problem_of_the_file() throws Exception {
        mvc.perform(upload(API_IMPORT, "residents.csv", "姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8))
                        .with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("C 列应为“出生日期”")));
        mvc.perform(upload(API_IMPORT, "gbk.csv", lines(HEADER_LINE, "张三").getBytes("GBK")).with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
        mvc.perform(upload(API_IMPORT, "open.csv", lines(HEADER_LINE, "\"张三,男").getBytes(StandardCharsets.UTF_8))
                        .with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("第 2 行")));
    }

    @Test
    void staff_import_a_csv_through_the_page_and_download_its_template() throws Exception {
        String name = newName();
        mvc.perform(upload("/residents/import", "page.csv",
                        lines(HEADER_LINE, line(resident(name, newIdCard(), "户主", "AY-3-2", "302")))
                                .getBytes(StandardCharsets.UTF_8)).with(as("rc.staff")))
                .andExpect(redirectedUrl("/residents/import"))
                .andExpect(flash().attribute("importedCount", 1));
        assertThat(named(name)).isEqualTo(1);
        mvc.perform(get("/residents/import/template.csv").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(("\uFEFF" + HEADER_LINE + "\r\n").getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/residents/import").with(as("rc.staff")))
                .andExpect(content().string(containsString("template.csv")))
                .andExpect(content().string(containsString(".csv,text/csv")));
    }

    @Test
    void a_resident_cannot_import() throws Exception {
        mvc.perform(post(API_IMPORT).contentType("text/csv").content(HEADER_LINE).with(as("resident")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** Distinct numbers (unlike 600 random ones, which may repeat): the same birth date, sequence numbers on. */
    @Autowired
    ResidentImport imports;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_import_waits_while_another_import_of_the_community_is_under_way() throws Exception {
        long community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
        String name = newName();
        byte[] csv = lines(HEADER_LINE, line(resident(name, newIdCard(), "户主", "AY-4-1", "101")))
                .getBytes(StandardCharsets.UTF_8);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch imported = new CountDownLatch(1);
        AtomicBoolean overtaken = new AtomicBoolean();
        // another import of the community, under way for up to two seconds (or until this one overtakes it)
        Thread other = Thread.ofPlatform().start(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into resident_import_turn (community_id) values (?)").param(community).update();
            holding.countDown();
            try {
                overtaken.set(imported.await(2, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jdbc.sql("delete from resident_import_turn where community_id = ?").param(community).update();
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread mine = Thread.ofPlatform().start(() -> {
            try {
                outcome.set(imports.importFile(community, "second.csv", new ByteArrayResource(csv)));
                imported.countDown();
            } catch (InvalidInput refused) {
                outcome.set(refused);
            }
        });
        other.join();
        mine.join();

        assertThat(overtaken).as("registered while another import held the community's turn").isFalse();
        // PostgreSQL waits for the turn and then imports; H2 may give up waiting and refuse the file, naming it
        if (outcome.get() instanceof InvalidInput refused) {
            assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("file"));
            assertThat(named(name)).isZero();
        } else {
            assertThat(named(name)).as("%s", outcome.get()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from resident_import_turn").query(Long.class).single()).isZero();
    }

    /** The n-th of distinct ID numbers of people born from 1890 on: no demo resident and no other test's. */
    private static String bornInThe1890s(int n) {
        LocalDate born = LocalDate.of(1890, 1, 1).plusDays(n / 1000);
        String first17 = "310117" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(n % 1000);
        return first17 + IdCardNumber.checkDigit(first17);
    }

    private static String line(Object[] cells) {
        return Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).collect(Collectors.joining(","));
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            String path, String filename, byte[] bytes) {
        return multipart(path).file(new MockMultipartFile("file", filename, "text/csv", bytes)).with(csrf());
    }

    private long audits(String action, String detail) {
        return jdbc.sql("""
                select count(*) from audit_event where action = ? and (cast(? as varchar) is null or detail = ?)""")
                .params(action, detail, detail).query(Long.class).single();
    }

    private long householdOf(String name) {
        return jdbc.sql("select household_id from resident where name = ?").param(name).query(Long.class).single();
    }

    private long named(String name) {
        return jdbc.sql("select count(*) from resident where name = ?").param(name).query(Long.class).single();
    }

    private long residentCount() {
        return jdbc.sql("select count(*) from resident").query(Long.class).single();
    }
}
