package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The published OpenAPI document matches what the server really maps and really answers. */
class OpenApiContractTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private Map<String, Object> schema;

    @BeforeEach
    void fetchSchema() {
        schema = http.get().uri("/api/schema").exchange()
                .expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    @Test
    void schemaAndSwaggerUiArePublic() {
        http.get().uri("/api/schema.yaml").exchange().expectStatus().isOk();
        http.get().uri("/api/docs/").exchange().expectStatus().isFound()
                .expectHeader().valueMatches("Location", ".*/api/docs/swagger-ui/index.html");
        http.get().uri("/api/docs/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void everyMappedApiEndpointIsDocumented() {
        Map<String, Map<String, Object>> paths = map(schema.get("paths"));
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                // a variable's pattern (`{id:\d+}`) is the server's own: documented as the variable alone
                String path = pattern.replaceAll("\\{(\\w+):[^}]+}", "{$1}");
                // the documentation describes the API, not itself
                if (!path.startsWith("/api/") || path.startsWith("/api/docs") || path.startsWith("/api/schema")) {
                    continue;
                }
                for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                    Map<String, Object> item = paths.get(path);
                    if (item == null || !item.containsKey(verb.name().toLowerCase(Locale.ROOT))) {
                        missing.add(verb + " " + path);
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(paths).containsKeys("/api/auth/login", "/api/contents/{contentId}/progress", "/api/progress/{id}");
    }

    @Test
    void operationsNeedTheBearerTokenExceptTheAnonymousOnes() {
        Map<String, Object> schemes = map(map(schema.get("components")).get("securitySchemes"));
        assertThat(map(schemes.get("bearerAuth"))).containsEntry("type", "http").containsEntry("scheme", "bearer");
        assertThat((List<?>) schema.get("security")).isNotEmpty();
        assertThat((List<?>) operation("/api/auth/login", "post").get("security")).isEmpty();
        assertThat((List<?>) operation("/api/auth/register", "post").get("security")).isEmpty();
        assertThat(operation("/api/contents", "get")).doesNotContainKey("security");
    }

    @Test
    void operationsHaveSummariesTagsAndProblemResponses() {
        Map<String, Map<String, Object>> paths = map(schema.get("paths"));
        List<Object> operationIds = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((verb, value) -> {
            Map<String, Object> operation = map(value);
            assertThat(operation.get("summary")).as(verb + " " + path).isNotNull();
            assertThat((List<?>) operation.get("tags")).as(verb + " " + path).isNotEmpty();
            operationIds.add(operation.get("operationId"));
        }));
        // named after controller and method, never springdoc's de-duplicated list_3
        assertThat(operationIds).doesNotHaveDuplicates().allSatisfy(id -> assertThat((String) id).matches("[a-z][A-Za-z]+"));
        assertThat(operation("/api/contents", "get")).containsEntry("operationId", "contentList");
        assertThat(map(operation("/api/auth/me", "get").get("responses"))).doesNotContainKey("409");
        assertThat(map(operation("/api/auth/me", "patch").get("responses"))).containsKey("409");
        Map<String, Object> responses = map(operation("/api/contents", "post").get("responses"));
        assertThat(responses).containsKeys("201", "400", "401", "403", "409", "413", "415");
        assertThat(map(map(map(responses.get("409")).get("content")).get("application/problem+json"))).isNotNull();
        assertThat(map(operation("/api/auth/login", "post").get("responses"))).containsKeys("200", "400", "401", "429");
    }

    /**
     * A typed client tells a field a PATCH may clear from one it must not send as null; and it reads every property
     * of an answer as there (ResponseSchemaTest checks the answers against it).
     */
    @Test
    void patchesSayWhichFieldsNullClearsAndAnswersSayTheyHaveEveryProperty() {
        assertThat(property("ProgressPatch", "score")).containsEntry("type", List.of("number", "null"));
        assertThat(property("ProgressPatch", "notes")).containsEntry("type", List.of("string", "null"));
        assertThat(property("ProgressPatch", "status")).containsEntry("type", "string");
        assertThat(property("ProgressPatch", "tags")).containsEntry("type", "array");
        assertThat(property("ProgressUpdate", "finished_on")).containsEntry("type", List.of("string", "null"));
        assertThat(property("ChapterPatch", "release_date")).containsEntry("type", List.of("string", "null"));
        assertThat(property("ChapterPatch", "chapter_number")).containsEntry("type", "string");
        assertThat(property("ContentPatch", "status")).containsEntry("type", "string");
        assertThat(this.<Object>list(property("PreferencesPatch", "language").get("enum"))).containsExactly("en", "fr", null);

        Map<String, Object> schemas = map(map(schema.get("components")).get("schemas"));
        assertThat(this.<String>list(map(schemas.get("ProgressResponse")).get("required")))
                .containsExactlyInAnyOrderElementsOf(properties("ProgressResponse"));
        assertThat(map(schemas.get("ProgressPatch"))).doesNotContainKey("required");
        // left out of the answer that sets the cookie instead
        assertThat(this.<String>list(map(schemas.get("TokenPair")).get("required"))).containsExactly("access");
        assertThat(property("ProgressResponse", "next_chapter")).containsEntry("anyOf", List.of(
                Map.of("$ref", "#/components/schemas/ChapterSummary"), Map.of("type", "null")));
        // each change is [value before, value after], of any JSON type
        assertThat(map(map(property("HistoryResponse", "changes").get("additionalProperties")).get("items")))
                .isEmpty();
        // else null would pass for any record
        assertThat(map(schemas.get("ChapterSummary"))).containsEntry("type", "object");
    }

    /** A record's schema not matched to its record would say nothing of what may be null: none is left out. */
    @Test
    void everyAnswersRecordSaysWhichPropertiesItAlwaysHas() {
        Map<String, Object> schemas = map(map(schema.get("components")).get("schemas"));
        Set<String> requests = new TreeSet<>();
        map(schema.get("paths")).values().forEach(item -> map(item).values().forEach(operation -> {
            Object body = map(operation).get("requestBody");
            if (body != null) {
                requests.addAll(referencesIn(body));
            }
        }));
        // and what those refer to
        for (int size = 0; size != requests.size(); ) {
            size = requests.size();
            new ArrayList<>(requests).forEach(name -> requests.addAll(referencesIn(schemas.get(name))));
        }
        List<String> withoutRequired = new ArrayList<>();
        schemas.forEach((name, value) -> {
            Map<String, Object> component = map(value);
            boolean record = component.containsKey("properties") && !name.equals("Problem");
            if (record && !requests.contains(name) && !component.containsKey("required")) {
                withoutRequired.add(name);
            }
        });
        assertThat(withoutRequired).isEmpty();
    }

    @Test
    void theTimeZoneHeaderIsDocumentedWhereItCountsWithItsRefusal() {
        List<Map<String, Object>> parameters = list(operation("/api/progress/{id}/advance", "post").get("parameters"));
        assertThat(parameters).anySatisfy(parameter -> assertThat(parameter).containsEntry("in", "header")
                .containsEntry("name", "Time-Zone"));
        assertThat(map(operation("/api/stats", "get").get("responses"))).containsKeys("200", "400", "401", "403");
        assertThat(list(operation("/api/progress", "get").get("parameters")))
                .noneSatisfy(parameter -> assertThat(map(parameter)).containsEntry("name", "Time-Zone"));
    }

    /** The schema names a part of the document refers to, directly ({@code $ref}) or inside. */
    private static Set<String> referencesIn(Object node) {
        Set<String> names = new TreeSet<>();
        if (node instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    names.add(((String) value).substring("#/components/schemas/".length()));
                } else {
                    names.addAll(referencesIn(value));
                }
            });
        } else if (node instanceof List<?> items) {
            items.forEach(item -> names.addAll(referencesIn(item)));
        }
        return names;
    }

    @Test
    void schemaPropertyNamesAreThoseOfRealResponses() {
        Session admin = admin("docs_admin");
        Map<String, Object> category = post(admin, "/api/categories/", Map.of("name", "Manga"));
        Map<String, Object> content = post(admin, "/api/contents/",
                Map.of("title", "Monster", "feature_category", category.get("id"), "rating", 9.5));
        Map<String, Object> chapter = post(admin, "/api/chapters/",
                Map.of("content", content.get("id"), "chapter_number", "1", "release_date", "2024-05-01"));
        Map<String, Object> progress = post(admin, "/api/progress/", Map.of("content", content.get("id")));
        Map<String, Object> me = get(admin, "/api/auth/me/");
        Map<String, Object> page = get(admin, "/api/contents/");
        Map<String, Object> adminView = get(admin, "/api/users/" + admin.id() + "/");
        Map<String, Object> problem = http.post().uri("/api/categories/").header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", ""))
                .exchange().expectStatus().isBadRequest().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        Map<String, Object> tokens = http.post().uri("/api/auth/login/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", admin.username(), "password", PASSWORD))
                .exchange().expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertSameProperties("CategoryResponse", category);
        assertSameProperties("ContentResponse", content);
        assertSameProperties("CategoryResponse", map(content.get("feature_category_detail")));
        assertSameProperties("ChapterResponse", chapter);
        assertSameProperties("ProgressResponse", progress);
        assertSameProperties("ContentResponse", map(progress.get("content_detail")));
        assertSameProperties("UserResponse", me);
        assertSameProperties("AdminUserResponse", adminView);
        assertSameProperties("PageResponseContentResponse", page);
        assertSameProperties("TokenPair", tokens);
        assertThat(properties("Problem")).containsAll(problem.keySet());

        long entry = ((Number) progress.get("id")).longValue();
        Map<String, Object> history = get(admin, "/api/progress/" + entry + "/history/");
        assertSameProperties("HistoryResponse", this.<Map<String, Object>>list(history.get("results")).get(0));
        Map<String, Object> recent = get(admin, "/api/progress/history/");
        assertSameProperties("RecentChange", this.<Map<String, Object>>list(recent.get("results")).get(0));
        http.patch().uri("/api/progress/" + entry + "/").header("Authorization", admin.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("status", "on_hold"))
                .exchange().expectStatus().isOk();
        Map<String, Object> feed = get(admin, "/api/feed/");
        Map<String, Object> item = this.<Map<String, Object>>list(feed.get("results")).get(0);
        assertSameProperties("FeedItem", item);
        assertSameProperties("ChapterSummary", map(item.get("chapter")));
        assertSameProperties("FeedContent", map(item.get("content")));
        Map<String, Object> readerStats = get(admin, "/api/stats/me/");
        assertSameProperties("ReaderStats", readerStats);
        Map<String, Object> siteStats = get(admin, "/api/stats/");
        assertSameProperties("SiteStats", siteStats);
        assertSameProperties("Users", map(siteStats.get("users")));
        assertSameProperties("Tracking", map(siteStats.get("tracking")));
    }

    @Test
    void theReadingListIsDocumented() {
        assertThat(property("ProgressRequest", "score")).containsEntry("maximum", 10).containsEntry("minimum", 0);
        assertThat(property("ProgressRequest", "tags")).containsEntry("maxItems", 20);
        assertThat(property("ProgressRequest", "status")).containsEntry("enum",
                List.of("reading", "completed", "on_hold", "dropped", "plan_to_read"));
        assertThat(property("ProgressPatch", "reading_url")).isNotEmpty();
        assertThat(map(schema.get("paths"))).containsKeys("/api/progress/{id}/advance", "/api/progress/{id}/undo",
                "/api/progress/{id}/history", "/api/feed", "/api/stats/me", "/api/stats");
        assertThat(this.<Map<String, Object>>list(operation("/api/progress", "get").get("parameters")))
                .extracting(parameter -> parameter.get("name"))
                .contains("status", "favorite", "tag", "has_unread", "search", "ordering", "content");
        assertThat(map(operation("/api/progress/{id}/undo", "post").get("responses"))).containsKeys("200", "409");
    }

    @Test
    void coverUploadAndImagesAreDocumented() {
        Map<String, Object> upload = operation("/api/contents/{id}/cover", "put");
        Map<String, Object> body = map(map(upload.get("requestBody")).get("content"));
        assertThat(body).containsOnlyKeys("image/jpeg", "image/png", "image/webp");
        assertThat(map(map(body.get("image/png")).get("schema"))).containsEntry("format", "binary");
        assertThat(map(upload.get("responses"))).containsKeys("200", "400", "401", "403", "404", "413", "415")
                .doesNotContainKey("409");
        assertThat((List<?>) upload.get("parameters")).hasSize(1); // the id; Content-Type is the body's
        assertThat(map(operation("/api/contents/{id}/cover", "delete").get("responses")))
                .containsKeys("204", "403", "404");

        Map<String, Object> image = operation("/media/covers/{name}", "get");
        assertThat((List<?>) image.get("security")).isEmpty();
        assertThat(map(image.get("responses"))).containsKeys("200", "404").doesNotContainKey("401");

        assertThat(property("ContentRequest", "release_days")).containsEntry("type", "array");
        assertThat(map(property("ContentRequest", "release_days").get("items")))
                .containsEntry("enum", List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun"));
        assertThat(map(property("ContentRequest", "alt_titles").get("items"))).containsEntry("maxLength", 200);
        assertThat(property("ContentResponse", "cover")).containsEntry("readOnly", true);
        assertThat(properties("ContentPatch")).contains("alt_titles", "release_days");
    }

    @Test
    void lengthLimitsAreDocumented() {
        assertThat(property("ContentRequest", "title")).containsEntry("maxLength", 200);
        assertThat(property("RegisterRequest", "username")).containsEntry("maxLength", 150);
        assertThat(property("ProgressUpdate", "notes")).containsEntry("maxLength", 10_000);
    }

    private Map<String, Object> property(String component, String name) {
        Map<String, Object> schemas = map(map(schema.get("components")).get("schemas"));
        return map(map(map(schemas.get(component)).get("properties")).get(name));
    }

    private void assertSameProperties(String component, Map<String, Object> response) {
        assertThat(properties(component)).as(component).isEqualTo(new TreeSet<>(response.keySet()));
    }

    private Set<String> properties(String component) {
        Map<String, Object> schemas = map(map(schema.get("components")).get("schemas"));
        assertThat(schemas).containsKey(component);
        return new TreeSet<>(map(map(schemas.get(component)).get("properties")).keySet());
    }

    private Map<String, Object> operation(String path, String verb) {
        return map(map(map(schema.get("paths")).get(path)).get(verb));
    }

    private Map<String, Object> post(Session session, String uri, Map<String, Object> body) {
        return http.post().uri(uri).header("Authorization", session.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    private Map<String, Object> get(Session session, String uri) {
        return http.get().uri(uri).header("Authorization", session.bearer())
                .exchange().expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> map(Object value) {
        return (Map<String, T>) value;
    }
}
