package org.readtrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;

/**
 * The caller ({@code @AuthenticationPrincipal CurrentUser}) comes from the bearer token, never from the client:
 * the OpenAPI document must not offer it as a parameter nor describe it as a schema. springdoc leaves such
 * parameters out by itself when Spring Security is present; the web layer does not need to know the type.
 */
class CallerNotDocumentedTest extends ApiTest {

    @Test
    void theCallerIsNeitherAParameterNorASchema() {
        Map<String, Object> schema = http.get().uri("/api/schema").exchange()
                .expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        List<String> parameters = new ArrayList<>();
        map(schema.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            Object declared = map(operation).get("parameters");
            if (declared != null) {
                ((List<?>) declared).forEach(parameter -> parameters.add(map(parameter).get("name") + " " + path));
            }
        }));

        assertThat(parameters).noneMatch(parameter -> parameter.startsWith("caller "))
                // the operations that take the caller still document their own parameters
                .contains("id /api/progress/{id}", "contentId /api/contents/{contentId}/progress");
        assertThat(map(map(schema.get("components")).get("schemas"))).doesNotContainKey("CurrentUser");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
