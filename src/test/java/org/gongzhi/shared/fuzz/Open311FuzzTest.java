package org.gongzhi.shared.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Tag;
import org.springframework.http.MediaType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.gongzhi.IntegrationTest;

/**
 * Issue 17, item 10: the Open311 GeoReport endpoints, open to city systems without a session, under any parameters —
 * filing with or without a valid key, searching, reading by id or token, in both formats. No 5xx, no stack trace.
 */
@Tag("fuzz")
class Open311FuzzTest extends IntegrationTest {

    private static final String DEMO_KEY = "demo-open311-key";

    @FuzzTest(maxDuration = "10m")
    void any_request_is_answered_without_a_server_error(FuzzedDataProvider data) throws Exception {
        String format = data.consumeBoolean() ? "json" : "xml";
        switch (data.consumeInt(0, 3)) {
            case 0 -> HostileRequests.answeredCalmly(mvc.perform(post("/open311/v2/requests." + format)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("api_key", data.consumeBoolean() ? DEMO_KEY : HostileRequests.value(data))
                    .param("service_code", HostileRequests.value(data))
                    .param("description", HostileRequests.value(data))
                    .param("address_string", HostileRequests.value(data))
                    .param("address_id", HostileRequests.value(data))
                    .param("lat", HostileRequests.value(data)).param("long", HostileRequests.value(data))
                    .param("media_url", HostileRequests.value(data))).andReturn(), "filing");
            case 1 -> HostileRequests.answeredCalmly(mvc.perform(get("/open311/v2/requests." + format)
                    .param("service_request_id", HostileRequests.value(data))
                    .param("service_code", HostileRequests.value(data))
                    .param("start_date", HostileRequests.value(data)).param("end_date", HostileRequests.value(data))
                    .param("status", HostileRequests.value(data))).andReturn(), "search");
            case 2 -> HostileRequests.answeredCalmly(mvc.perform(get("/open311/v2/requests/{id}." + format,
                    HostileRequests.value(data))).andReturn(), "request by id");
            default -> HostileRequests.answeredCalmly(mvc.perform(get("/open311/v2/"
                    + (data.consumeBoolean() ? "tokens/{v}." : "services/{v}.") + format,
                    HostileRequests.value(data))).andReturn(), "token or service");
        }
    }
}
