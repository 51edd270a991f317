package org.defendersdays.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API's OpenAPI document, served at {@code /api/openapi.json} by springdoc from the API's
 * controllers. Its server is relative: never taken from a request's Host header. Every operation
 * also documents its problem details (RFC 9457) and, where it sends a validator, its 304.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PROBLEM = "ProblemDetail";

    @Bean
    OpenAPI publicApiDocument() {
        Schema<?> problem = new ObjectSchema().description("A problem detail (RFC 9457)")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
        return new OpenAPI()
                .info(new Info().title("Defenders' Days public API").version("1")
                        .description("Public editions of the Defenders' Days conference, the sessions of their "
                                + "published agendas, and the trainers, panellists and speakers who consented to be "
                                + "named. People whose name is withheld appear only by their role. Errors are problem "
                                + "details (RFC 9457). Answers carry weak ETags; send If-None-Match to revalidate.")
                        .license(new License().name("Open source")))
                .servers(List.of(new Server().url("/")))
                .components(new io.swagger.v3.oas.models.Components().addSchemas(PROBLEM, problem));
    }

    @Bean
    OperationCustomizer problemAndValidatorResponses() {
        return (operation, handler) -> {
            Content problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            if (!handler.getMethod().getName().equals("index")) {
                operation.getResponses().addApiResponse("304",
                        new ApiResponse().description("Not modified: the validator sent in If-None-Match is current"));
                operation.getResponses().addApiResponse("404",
                        new ApiResponse().description("No such public edition, session or speaker").content(problem));
            }
            // Operations with a year, id or filters (more than the request itself) can be given a malformed one.
            if (handler.getMethodParameters().length > 1) {
                operation.getResponses().addApiResponse("400",
                        new ApiResponse().description("A malformed year, id or filter value").content(problem));
            }
            return operation;
        };
    }
}
