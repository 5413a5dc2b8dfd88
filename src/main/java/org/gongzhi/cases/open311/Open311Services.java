package org.gongzhi.cases.open311;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CaseCategory;

/** The GeoReport v2 service list: one realtime service per case category, without extra attributes. */
@Component
public class Open311Services {

    /** Open311 answers in the community's own language. */
    static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    Open311Services(MessageSource messages) {
        this.messages = messages;
    }

    public List<Map<String, Object>> list() {
        return Arrays.stream(CaseCategory.values()).map(this::service).toList();
    }

    /** The definition of a service; it has no attributes since every service has metadata=false. */
    public Map<String, Object> definition(String serviceCode) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category(serviceCode).name());
        definition.put("attributes", List.of());
        return definition;
    }

    public CaseCategory category(String serviceCode) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw Open311Error.badRequest("service_code was not provided");
        }
        return Arrays.stream(CaseCategory.values()).filter(c -> c.name().equals(serviceCode.strip())).findFirst()
                .orElseThrow(() -> Open311Error.notFound("service_code " + serviceCode.strip() + " was not found"));
    }

    public String name(CaseCategory category) {
        return text("case.category." + category);
    }

    public String notice(CaseCategory category) {
        return text("open311.service.notice", category.timeLimit().toHours());
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }

    private Map<String, Object> service(CaseCategory category) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.name());
        service.put("service_name", name(category));
        service.put("description", notice(category));
        service.put("metadata", false);
        service.put("type", "realtime");
        service.put("keywords", text("open311.keywords." + category));
        service.put("group", text("open311.group." + group(category)));
        return service;
    }

    private static String group(CaseCategory category) {
        return switch (category) {
            case LITTER, SWAN_LAKE, GREENERY -> "ENVIRONMENT";
            case FIRE_LANE_BLOCKED, EBIKE_CHARGING -> "SAFETY";
            case BROKEN_LIGHT, FACILITY_DAMAGE, WATER_PIPE -> "FACILITIES";
            case NOISE, PET_BARKING, PET_FOULING, PET_OFF_LEASH, PET_BITE, STRAY_FEEDING, OTHER -> "NEIGHBOURHOOD";
        };
    }
}
