package org.gongzhi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Base of every test that needs the running application: one shared Spring context (with the Aoyuan demo
 * register and demo accounts) on a real port, so that MockMvc, API and browser tests reuse it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({StatementCounter.Config.class, ApiContract.class, SynchronousEvents.class, MockMvcSessions.class})
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "gongzhi-demo";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private UserDetailsService accounts;

    @Autowired
    private Accounts register;

    @LocalServerPort
    protected int port;

    /** Acts as the demo account with this user name, with all its real roles and scopes. */
    protected RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /**
     * Opens, once, a resident's account of the test's own: an adult of this grid whose household has no account yet,
     * so that what the test signs, registers or changes never alters what the demo accounts (which other tests and
     * the authorisation matrix read) see.
     */
    protected String ownResidentAccount(String username, int grid) {
        if (!register.exists(username)) {
            long resident = jdbc.sql("""
                    select min(r.id) from resident r join household h on h.id = r.household_id
                    join unit u on u.id = h.unit_id join stairwell st on st.id = u.stairwell_id
                    join grid g on g.id = st.grid_id
                    where r.community_id = 1 and g.number = ? and h.dissolved_on is null and r.moved_out is null
                      and r.birth_date < date '2000-01-01'
                      and not exists (select 1 from account a join resident m on m.id = a.resident_id
                                      where m.household_id = h.id)""").param(grid).query(Long.class).single();
            register.open(new NewAccount(username, DEMO_PASSWORD, username, 1L, resident,
                    Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        }
        return username;
    }

    /** A bearer token for the demo account, as a program gets one from {@code POST /api/v1/auth/token}. */
    protected String bearerToken(String username) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString(), "$.accessToken");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
