package org.gongzhi.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.gongzhi.cases.open311.Open311Error;
import org.gongzhi.cases.open311.Open311Requests;
import org.gongzhi.cases.open311.Open311Services;
import org.gongzhi.cases.open311.Open311Submission;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) in XML and JSON. Reading is public and shows only
 * what may be public (docs/security.md); filing a request needs an api_key. lat/long are WGS-84 as the standard
 * has them; {@code coordsys=gcj02} takes and gives them in the datum of Chinese map services instead. Errors are the spec's list of
 * {code, description} with the same HTTP status.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String CHANGESET = "2026-11-27T00:00:00+08:00";
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

    private final Open311Services services;
    private final Open311Requests requests;

    Open311Controller(Open311Services services, Open311Requests requests) {
        this.services = services;
        this.requests = requests;
    }

    @GetMapping("/discovery.{format:json|xml}")
    ResponseEntity<?> discovery(@PathVariable String format) {
        return object(format, "discovery", this::discoveryDocument);
    }

    @GetMapping("/services.{format:json|xml}")
    ResponseEntity<?> services(@PathVariable String format) {
        return list(format, "services", services::list);
    }

    @GetMapping("/services/{code}.{format:json|xml}")
    ResponseEntity<?> definition(@PathVariable String code, @PathVariable String format) {
        return object(format, "service_definition", () -> services.definition(code));
    }

    @GetMapping("/requests.{format:json|xml}")
    ResponseEntity<?> requests(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String coordsys) {
        return list(format, "service_requests", () -> requests.search(ids, serviceCodes, startDate, endDate, status,
                coordsys));
    }

    @GetMapping("/requests/{id}.{format:json|xml}")
    ResponseEntity<?> request(@PathVariable String id, @PathVariable String format,
            @RequestParam(required = false) String coordsys) {
        return list(format, "service_requests", () -> List.of(requests.get(id, coordsys)));
    }

    @PostMapping(value = "/requests.{format:json|xml}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> create(@PathVariable String format,
            @RequestParam(name = "api_key", required = false) String apiKey,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(required = false) String description,
            @RequestParam(name = "address_string", required = false) String addressString,
            @RequestParam(name = "address_id", required = false) String addressId,
            @RequestParam(required = false) String lat, @RequestParam(name = "long", required = false) String lon,
            @RequestParam(name = "media_url", required = false) String mediaUrl,
            @RequestParam(required = false) String coordsys) {
        return list(format, "service_requests", () -> List.of(requests.create(new Open311Submission(apiKey,
                serviceCode, description, addressString, addressId, lat, lon, mediaUrl, coordsys))));
    }

    @GetMapping("/tokens/{token}.{format:json|xml}")
    ResponseEntity<?> token(@PathVariable String token, @PathVariable String format) {
        return list(format, "service_requests", () -> List.of(requests.token(token)));
    }

    private Map<String, Object> discoveryDocument() {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString());
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", CHANGESET);
        discovery.put("contact", services.text("open311.discovery.contact"));
        discovery.put("key_service", services.text("open311.discovery.keyService"));
        discovery.put("endpoints", List.of(endpoint));
        return discovery;
    }

    private static ResponseEntity<?> list(String format, String root, Supplier<List<Map<String, Object>>> body) {
        return answer(format, () -> "xml".equals(format) ? Open311Xml.list(root, body.get()) : body.get());
    }

    private static ResponseEntity<?> object(String format, String root, Supplier<Map<String, Object>> body) {
        return answer(format, () -> "xml".equals(format) ? Open311Xml.object(root, body.get()) : body.get());
    }

    private static ResponseEntity<?> answer(String format, Supplier<Object> body) {
        MediaType type = "xml".equals(format) ? XML : JSON;
        try {
            return ResponseEntity.ok().contentType(type).body(body.get());
        } catch (Open311Error e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", e.code());
            error.put("description", e.getMessage());
            List<Map<String, Object>> errors = List.of(error);
            return ResponseEntity.status(e.code()).contentType(type)
                    .body("xml".equals(format) ? Open311Xml.list("errors", errors) : errors);
        }
    }
}
