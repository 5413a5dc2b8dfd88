package org.gongzhi.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says of every operation beyond its own annotations: the answers Spring Security gives
 * before a controller runs (401 without a valid token or session, 403 without the right), as problems, and the
 * bearer token integrations sign in with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    private static final String BEARER = "bearer";

    @Bean
    OpenApiCustomizer securityAnswers() {
        return api -> {
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer"));
            api.components(components).addSecurityItem(new SecurityRequirement().addList(BEARER));
            if (components.getSchemas() != null && components.getSchemas().get("ProblemDetail") != null) {
                // a problem carries its own members beside the standard ones: errors per field, a refusal's code
                components.getSchemas().get("ProblemDetail").additionalProperties(true);
            }
            if (components.getSchemas() != null) {
                components.getSchemas().values().forEach(ApiDocument::nullableUnlessRequired);
            }
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                operation.getResponses().putIfAbsent("401", problem("Not signed in, or the token is not valid"));
                operation.getResponses().putIfAbsent("403", problem("Signed in, but not allowed"));
            }));
        };
    }

    /**
     * A Java record's members may be null unless the schema requires them, and the document says so. A member that
     * refers to another schema cannot carry nullable beside its $ref in OpenAPI 3.0, so each named object schema is
     * nullable itself.
     */
    private static void nullableUnlessRequired(Schema<?> schema) {
        schema.setNullable(true);
        if (schema.getProperties() == null) {
            return;
        }
        java.util.List<String> required = schema.getRequired() == null ? java.util.List.of() : schema.getRequired();
        schema.getProperties().replaceAll((name, property) -> {
            if (!required.contains(name) && property.get$ref() == null) {
                property.setNullable(true);
            }
            return property;
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
    }
}
