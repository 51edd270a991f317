package org.defendersdays.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API's OpenAPI document, served at {@code /api/openapi.json} by springdoc from the API's
 * controllers. Its server is relative: never taken from a request's Host header.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI publicApiDocument() {
        return new OpenAPI()
                .info(new Info().title("Defenders' Days public API").version("1")
                        .description("Public editions of the Defenders' Days conference, the sessions of their "
                                + "published agendas, and the trainers, panellists and speakers who consented to be "
                                + "named. People whose name is withheld appear only by their role. Errors are problem "
                                + "details (RFC 9457). Answers carry weak ETags; send If-None-Match to revalidate.")
                        .license(new License().name("Open source")))
                .servers(List.of(new Server().url("/")));
    }
}
