package org.defendersdays.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.defendersdays.conference.config.SampleProgramme;
import org.defendersdays.testing.Http;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the platform serves for its public API: OpenAPI 3.1, every API endpoint the
 * application registers is in it, and real answers have the properties its schemas describe.
 */
@PlatformTest
class PublicApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private JsonNode get(String path) {
        var response = new Http(port).get(path, "Accept", "application/json");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void describesEveryApiEndpointInOpenApi31() {
        JsonNode document = get("/api/openapi.json");
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.at("/info/title").asString()).isEqualTo("Defenders' Days public API");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");

        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> documented.add(path.getKey()));
        Set<String> registered = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                    .filter(pattern -> pattern.startsWith("/api/") && !pattern.startsWith("/api/openapi"))
                    .forEach(registered::add));
        }
        assertThat(registered).isNotEmpty();
        assertThat(documented).containsAll(registered);
        JsonNode sessions = document.at("/paths/~1api~1conference~1editions~1{year}~1sessions/get/responses");
        assertThat(sessions.has("200")).isTrue();
        assertThat(sessions.has("304")).isTrue();
        assertThat(sessions.at("/404/content").has("application/problem+json")).isTrue();
        assertThat(sessions.at("/400/content").has("application/problem+json")).isTrue();
        assertThat(document.at("/components/schemas/ProblemDetail/properties").has("status")).isTrue();
        assertThat(get("/api/conference").get("openapi").asString()).isEqualTo("/api/openapi.json");
    }

    @Test
    void realAnswersHaveThePropertiesTheSchemasDescribe(@Autowired SampleProgramme sample) {
        SampleProgramme.Made made = sample.make(2178);
        JsonNode schemas = get("/api/openapi.json").at("/components/schemas");
        JsonNode sessions = get("/api/conference/editions/" + made.year() + "/sessions");
        assertConforms(sessions, schemas.get("ApiSessions"), schemas);
        assertConforms(sessions.at("/sessions/0"), schemas.get("ApiSession"), schemas);
        assertConforms(sessions.at("/sessions/0/contributors/1"), schemas.get("ApiContributor"), schemas);
        assertConforms(get("/api/conference/editions"), schemas.get("ApiEditions"), schemas);
        assertConforms(get("/api/conference/editions/" + made.year()), schemas.get("ApiEdition"), schemas);
        assertConforms(get("/api/conference/speakers/" + made.trainer()), schemas.get("ApiSpeaker"), schemas);
    }

    /** Every property of the answer is described, with a matching JSON type, and every required one is there. */
    private static void assertConforms(JsonNode answer, JsonNode schema, JsonNode schemas) {
        assertThat(schema).as("schema for " + answer).isNotNull();
        JsonNode properties = schema.get("properties");
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, JsonNode> property : answer.properties()) {
            seen.add(property.getKey());
            JsonNode described = properties.get(property.getKey());
            assertThat(described).as("property " + property.getKey() + " described").isNotNull();
            assertThat(types(described)).as("type of " + property.getKey()).contains(type(property.getValue()));
        }
        if (schema.has("required")) {
            for (Iterator<JsonNode> it = schema.get("required").iterator(); it.hasNext();) {
                String required = it.next().asString();
                assertThat(seen).as("required property " + required).contains(required);
            }
        }
    }

    private static Set<String> types(JsonNode described) {
        Set<String> types = new HashSet<>();
        JsonNode type = described.get("type");
        if (type == null && described.has("$ref")) {
            types.add("object");
        } else if (type != null && type.isArray()) {
            type.forEach(each -> types.add(each.asString()));
        } else if (type != null) {
            types.add(type.asString());
        }
        if (types.contains("integer")) {
            types.add("number");
        }
        return types;
    }

    private static String type(JsonNode value) {
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isNull() ? "null" : "string";
    }
}
