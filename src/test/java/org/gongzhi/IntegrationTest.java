package org.gongzhi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of every test that needs the running application: one shared Spring context (with the Aoyuan demo
 * register and demo accounts) on a real port, so that MockMvc, API and browser tests reuse it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({StatementCounter.Config.class, ApiContract.class, SynchronousEvents.class})
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "gongzhi-demo";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private UserDetailsService accounts;

    @LocalServerPort
    protected int port;

    /** Acts as the demo account with this user name, with all its real roles and scopes. */
    protected RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
