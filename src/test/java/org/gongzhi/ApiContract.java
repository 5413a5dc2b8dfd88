package org.gongzhi;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.headerContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusTypeIs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.OpenApiValidationMatchers;
import com.atlassian.oai.validator.whitelist.StatusType;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The API document is the API: every /api/** exchange a test makes through MockMvc is checked, request and
 * response, against the OpenAPI document the running application publishes at /v3/api-docs.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiContract {

    private static volatile ResultMatcher contract;

    @Bean
    MockMvcBuilderCustomizer apiContract(Environment environment) {
        return builder -> builder.alwaysExpect(result -> {
            if (result.getRequest().getRequestURI().startsWith("/api/")) {
                matcher(environment).match(result);
            }
        });
    }

    private static ResultMatcher matcher(Environment environment) throws IOException, InterruptedException {
        if (contract == null) {
            synchronized (ApiContract.class) {
                if (contract == null) {
                    String port = environment.getRequiredProperty("local.server.port");
                    String document = HttpClient.newHttpClient().send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    Files.createDirectories(Path.of("target"));
                    Files.writeString(Path.of("target", "api-docs.json"), document);
                    contract = OpenApiValidationMatchers.openApi()
                            .isValid(OpenApiInteractionValidator.createForInlineApiSpecification(document)
                                    .withWhitelist(ValidationErrorsWhitelist.create()
                                            // MockMvc's csrf() sends the token as a parameter, as a browser form does
                                            .withRule("CSRF token of the test client", allOf(isRequest(),
                                                    messageContainsSubstring("'_csrf'")))
                                            // a request the server refuses as invalid may break the document too
                                            .withRule("refused requests", allOf(isRequest(),
                                                    responseStatusTypeIs(StatusType.CLIENT_ERROR)))
                                            // multipart fields are read as query parameters by the validator
                                            .withRule("multipart form fields", allOf(isRequest(),
                                                    headerContainsSubstring("Content-Type", "multipart/form-data"))))
                                    .build());
                }
            }
        }
        return contract;
    }
}
