package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web app's typed client is generated from {@code frontend/src/api/openapi.json}, a copy of what
 * {@code /api/schema} serves. Building the app needs no running server that way, and this test keeps the copy
 * true: when the API changed, it rewrites the file and fails, so that the new copy gets committed (and the
 * app's type check sees the change).
 */
class WebAppSchemaTest extends ApiTest {

    private static final Path COPY = Path.of("frontend/src/api/openapi.json");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void theWebAppsCopyOfTheSchemaIsCurrent() throws IOException {
        String served = http.get().uri("/api/schema").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        ObjectNode schema = (ObjectNode) JSON.readTree(served);
        // the test server's address, which changes with every run
        schema.remove("servers");
        JsonNode copy = Files.exists(COPY) ? JSON.readTree(COPY.toFile()) : null;
        if (!schema.equals(copy)) {
            Files.writeString(COPY, JSON.writeValueAsString(schema) + "\n");
        }
        assertThat(copy).as("%s was out of date: rewritten from /api/schema; commit it", COPY).isEqualTo(schema);
    }
}
