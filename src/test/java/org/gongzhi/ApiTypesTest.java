package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document names each type by its simple name, so two API types with one name would be documented as
 * one (a client written from the document then sends the wrong fields). Every type an /api/ operation takes or
 * answers, and every type inside those, has a name of its own.
 */
class ApiTypesTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void every_api_type_has_a_name_of_its_own() {
        Map<String, Set<String>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))) {
                collect(method.getReturnType().getGenericParameterType(), seen, byName);
                for (MethodParameter parameter : method.getMethodParameters()) {
                    collect(parameter.getGenericParameterType(), seen, byName);
                }
            }
        });
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
                .as("API types sharing a name").isEmpty();
    }

    private static void collect(Type type, Set<Class<?>> seen, Map<String, Set<String>> byName) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), seen, byName);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen, byName);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, seen, byName);
            }
        } else if (type instanceof Class<?> c && c.getName().startsWith("org.gongzhi.") && seen.add(c)) {
            if (c.isEnum()) {
                return; // enums are written out where they are used, not named in the document
            }
            byName.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>()).add(c.getName());
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    collect(component.getGenericType(), seen, byName);
                }
            }
        } else if (type instanceof Class<?> c && c.isArray()) {
            collect(c.getComponentType(), seen, byName);
        }
    }
}
