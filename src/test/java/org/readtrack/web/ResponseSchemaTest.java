package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.readtrack.support.TestImages;

/**
 * Real answers, at their emptiest and at their fullest, match the schema the web app's typed client is generated
 * from: every property it requires is there, and a null only where it says one may be. The client's types are only
 * as true as this.
 */
class ResponseSchemaTest extends CatalogApiTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    private static final Pattern REQUEST = Pattern.compile("(\\w+) https?://[^/]+(/[^?]*)(\\?.*)?");

    private ObjectNode openApi;
    private Session admin;
    private Session reader;
    private CatalogFixtures catalog;
    private long manga;

    @BeforeEach
    void schemaAndAccounts() {
        openApi = (ObjectNode) JSON.readTree(http.get().uri("/api/schema").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        // for this test, a property the schema does not name is a mistake too: the client would not know it
        openApi.get("components").get("schemas").forEach(schema -> {
            if (schema.has("properties") && schema instanceof ObjectNode object) {
                object.put("additionalProperties", false);
            }
        });
        admin = admin("curator");
        reader = user("reader");
        catalog = fixtures(admin);
        manga = catalog.category("Manga");
    }

    @Test
    void theCatalogAtItsEmptiestAndFullest() {
        long bare = matches(post(admin, "/api/contents/", body("title", "Bare", "feature_category", manga))
                .expect(201)).id();
        long full = matches(post(admin, "/api/contents/", body("title", "Full", "feature_category", manga,
                "author", "Someone", "rating", 8.5, "alt_titles", List.of("Plein"), "release_days", List.of("mon"))).expect(201))
                .id();
        matches(send(HttpMethod.PUT, admin, "/api/contents/{id}/cover/", "image/png",
                TestImages.png(TestImages.gradient(60, 90, false)), full).expect(200));
        matches(post(admin, "/api/chapters/", body("content", full, "chapter_number", "1")).expect(201));
        long dated = matches(post(admin, "/api/chapters/", body("content", full, "chapter_number", "2",
                "title", "Two", "release_date", "2026-01-02")).expect(201)).id();

        matches(get(reader, "/api/contents/{id}/", bare).expect(200));
        matches(get(reader, "/api/contents/?page_size=1").expect(200));
        matches(get(reader, "/api/contents/?page_size=1&page=2").expect(200));
        matches(get(reader, "/api/chapters/?content={id}", full).expect(200));
        matches(get(reader, "/api/chapters/{id}/", dated).expect(200));
        matches(get(reader, "/api/categories/").expect(200));
        matches(patch(admin, "/api/contents/{id}/", body("rating", null), full).expect(200));
        matches(post(admin, "/api/chapters/range/", body("content", bare, "from", 1, "to", 2)).expect(201));
        matches(delete(admin, "/api/chapters/range/?content={id}&from=2&to=2", bare).expect(200));
    }

    @Test
    void entriesTheirHistoryAndTheFeed() {
        long bare = catalog.content(manga, "Bare");
        long full = catalog.content(manga, "Full");
        catalog.chapter(full, "1");
        catalog.chapter(full, "2");
        long empty = matches(post(reader, "/api/progress/", body("content", bare)).expect(201)).id();
        long entry = matches(post(reader, "/api/progress/", body("content", full, "last_chapter", "1",
                "score", 7.5, "tags", List.of("action"), "reading_url", "https://example.com/full",
                "started_on", "2026-01-01")).expect(201)).id();

        matches(get(reader, "/api/progress/{id}/", empty).expect(200));
        matches(post(reader, "/api/progress/{id}/advance/", null, entry).expect(200));
        matches(patch(reader, "/api/progress/{id}/", body("score", null, "status", "completed"), entry).expect(200));
        matches(get(reader, "/api/progress/{id}/history/", entry).expect(200));
        matches(get(reader, "/api/progress/history/").expect(200));
        matches(post(reader, "/api/progress/{id}/undo/", null, entry).expect(200));
        matches(get(reader, "/api/progress/?page_size=1").expect(200));
        matches(get(reader, "/api/contents/{id}/progress/", bare).expect(200));
        matches(get(reader, "/api/feed/").expect(200));
        matches(send(HttpMethod.POST, reader, "/api/progress/import/?dry_run=true", "text/csv",
                "title,last_chapter\nFull,2\nNowhere,1\n".getBytes(StandardCharsets.UTF_8)).expect(200));
    }

    @Test
    void statisticsAtTheStartAndOnceReading() {
        matches(get(reader, "/api/stats/me/").expect(200));
        matches(get(admin, "/api/stats/").expect(200));
        long content = catalog.content(manga, "Read");
        catalog.chapter(content, "1");
        post(reader, "/api/progress/", body("content", content, "last_chapter", "1", "score", 9)).expect(201);
        matches(get(reader, "/api/stats/me/").expect(200));
        matches(get(admin, "/api/stats/").expect(200));
    }

    @Test
    void accountsProfilesAndTheirAdministration() {
        matches(get(reader, "/api/auth/me/").expect(200));
        matches(patch(reader, "/api/auth/me/", Map.of("profile_public", true,
                "preferences", Map.of("language", "fr", "time_zone", "Europe/Paris"))).expect(200));
        matches(get(reader, "/api/profiles/{name}/", "reader").expect(200));
        matches(get(reader, "/api/profiles/{name}/entries/", "reader").expect(200));
        matches(post(reader, "/api/auth/tokens/", body("name", "script", "scope", "read")).expect(201));
        matches(get(reader, "/api/auth/tokens/").expect(200));
        long stranger = register("stranger");
        matches(get(admin, "/api/users/{id}/", stranger).expect(200));
        matches(get(admin, "/api/users/").expect(200));
        matches(patch(admin, "/api/users/{id}/", Map.of("first_name", "Ada"), stranger).expect(200));
        matches(post(admin, "/api/invitations/", null).expect(201));
        matches(post(admin, "/api/invitations/", body("email", "friend@example.com", "expires_in_days", 3)).expect(201));
        matches(get(admin, "/api/invitations/").expect(200));
        matches(get(null, "/api/config/").expect(200));
    }

    @Test
    void tokensFromLoginAndRefresh() {
        Reply login = matches(post(null, "/api/auth/login/", body("username", "reader", "password", PASSWORD))
                .expect(200));
        matches(post(null, "/api/auth/refresh/", body("refresh", login.string("refresh"))).expect(200));
        // the refresh token in the cookie instead: the answer has none
        Reply cookie = matches(post(null, "/api/auth/login/?cookie=true",
                body("username", "reader", "password", PASSWORD)).expect(200));
        assertThat(cookie.json()).doesNotContainKey("refresh");
    }

    @Test
    void suggestionsBeforeAndAfterReview() {
        long pending = matches(post(reader, "/api/suggestions/", body("title", "New", "feature_category", manga))
                .expect(201)).id();
        long rejected = post(reader, "/api/suggestions/", body("title", "Other", "feature_category", manga))
                .expect(201).id();
        matches(get(reader, "/api/suggestions/").expect(200));
        matches(post(admin, "/api/suggestions/{id}/approve/", null, pending).expect(200));
        matches(post(admin, "/api/suggestions/{id}/reject/", body("reason", "Duplicate"), rejected).expect(200));
        matches(get(admin, "/api/suggestions/?status=rejected").expect(200));
    }

    /** The answer, checked against what the schema documents for its operation and status. */
    private Reply matches(Reply reply) {
        var request = REQUEST.matcher(reply.request());
        assertThat(request.matches()).as(reply.request()).isTrue();
        String pointer = "#/paths/" + escape(template(request.group(2))) + "/" + request.group(1).toLowerCase()
                + "/responses/" + reply.status() + "/content/application~1json/schema";
        ObjectNode document = openApi.deepCopy();
        document.put("$ref", pointer);
        List<Error> errors = SCHEMAS.getSchema(document).validate(JSON.readTree(reply.raw()));
        assertThat(errors).as("%s → %s", reply.request(), reply.raw()).isEmpty();
        return reply;
    }

    /** The documented path a request's path is an instance of. */
    private String template(String path) {
        String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return openApi.get("paths").propertyNames().stream()
                .filter(candidate -> bare.matches(candidate.replaceAll("\\{[^}]+}", "[^/]+")))
                // /api/progress/import before /api/progress/{id}
                .min((a, b) -> Long.compare(a.chars().filter(c -> c == '{').count(),
                        b.chars().filter(c -> c == '{').count()))
                .orElseThrow(() -> new AssertionError("undocumented path " + path));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
