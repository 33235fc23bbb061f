package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** Reading the catalog needs an account, changing it needs an administrator, and anonymous callers get 401. */
class CatalogPermissionsTest extends CatalogApiTest {

    private Session admin;
    private Session reader;
    private long category;
    private long content;
    private long chapter;

    @BeforeEach
    void catalog() {
        admin = admin("curator");
        reader = user("reader");
        CatalogFixtures catalog = fixtures(admin);
        category = catalog.category("Manga");
        content = catalog.content(category, "One Piece");
        chapter = catalog.chapter(content, "1");
    }

    @Test
    void anyAccountMayReadTheCatalog() {
        get(reader, "/api/categories/").expect(200);
        get(reader, "/api/categories/{id}/", category).expect(200);
        get(reader, "/api/contents/").expect(200);
        get(reader, "/api/contents/{id}/", content).expect(200);
        get(reader, "/api/chapters/").expect(200);
        get(reader, "/api/chapters/{id}/", chapter).expect(200);
    }

    @Test
    void anonymousCallersAreUnauthorizedWithABearerChallenge() {
        for (String path : new String[] {"/api/categories/", "/api/categories/" + category + "/", "/api/contents/",
                "/api/contents/" + content + "/", "/api/chapters/", "/api/chapters/" + chapter + "/",
                "/api/contents/" + content + "/progress/", "/api/progress/"}) {
            Reply reply = get(null, path).expectProblem(401);
            assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Bearer");
            // the API's own words (Django REST Framework's), not Spring Security's
            assertThat(reply.get("detail")).as(path).isEqualTo("Authentication credentials were not provided.");
        }
    }

    @Test
    void anonymousWritesAreUnauthorizedAndChangeNothing() {
        post(null, "/api/categories/", Map.of("name", "Novels")).expectProblem(401);
        patch(null, "/api/categories/{id}/", Map.of("name", "X"), category).expectProblem(401);
        delete(null, "/api/categories/{id}/", category).expectProblem(401);
        post(null, "/api/contents/", body("title", "X", "feature_category", category)).expectProblem(401);
        put(null, "/api/contents/{id}/", body("title", "X", "feature_category", category), content).expectProblem(401);
        delete(null, "/api/contents/{id}/", content).expectProblem(401);
        post(null, "/api/chapters/", body("content", content, "chapter_number", "2")).expectProblem(401);
        delete(null, "/api/chapters/{id}/", chapter).expectProblem(401);
        put(null, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), content).expectProblem(401);

        assertUnchanged();
    }

    @Test
    void anInvalidTokenIsUnauthorized() {
        Session forged = new Session(reader.id(), "reader", reader.access() + "x", reader.refresh());
        get(forged, "/api/contents/").expectProblem(401);
        Session refreshAsAccess = new Session(reader.id(), "reader", reader.refresh(), reader.refresh());
        get(refreshAsAccess, "/api/contents/").expectProblem(401);
    }

    @Test
    void ordinaryAccountsMayNotWriteTheCatalog() {
        post(reader, "/api/categories/", Map.of("name", "Novels")).expectProblem(403);
        put(reader, "/api/categories/{id}/", Map.of("name", "X"), category).expectProblem(403);
        patch(reader, "/api/categories/{id}/", Map.of("name", "X"), category).expectProblem(403);
        delete(reader, "/api/categories/{id}/", category).expectProblem(403);
        post(reader, "/api/contents/", body("title", "X", "feature_category", category)).expectProblem(403);
        put(reader, "/api/contents/{id}/", body("title", "X", "feature_category", category), content)
                .expectProblem(403);
        patch(reader, "/api/contents/{id}/", Map.of("title", "X"), content).expectProblem(403);
        delete(reader, "/api/contents/{id}/", content).expectProblem(403);
        post(reader, "/api/chapters/", body("content", content, "chapter_number", "2")).expectProblem(403);
        put(reader, "/api/chapters/{id}/", body("content", content, "chapter_number", "9"), chapter).expectProblem(403);
        patch(reader, "/api/chapters/{id}/", Map.of("title", "X"), chapter).expectProblem(403);
        delete(reader, "/api/chapters/{id}/", chapter).expectProblem(403);

        assertUnchanged();
    }

    @Test
    void ordinaryAccountsMayStillTrackProgressOnAContent() {
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), content).expect(201);
        get(reader, "/api/contents/{id}/progress/", content).expect(200);
        delete(reader, "/api/contents/{id}/progress/", content).expect(204);
    }

    @Test
    void aRoleChangeAppliesToTokensAlreadyIssued() {
        post(admin, "/api/categories/", Map.of("name", "Comics")).expect(201);
        Session other = admin("second_curator");
        patch(other, "/api/users/{id}/", Map.of("role", "user"), admin.id()).expect(200);

        post(admin, "/api/categories/", Map.of("name", "Novels")).expectProblem(403);
    }

    @Test
    void administratorsMayWriteEverything() {
        post(admin, "/api/categories/", Map.of("name", "Novels")).expect(201);
        patch(admin, "/api/contents/{id}/", Map.of("author", "Oda"), content).expect(200);
        post(admin, "/api/chapters/", body("content", content, "chapter_number", "2")).expect(201);
        delete(admin, "/api/chapters/{id}/", chapter).expect(204);
    }

    @Test
    void unsupportedMethodsAreAProblemNotAServerError() {
        call(HttpMethod.DELETE, admin, "/api/categories/", null).expectProblem(405);
        call(HttpMethod.POST, admin, "/api/categories/{id}/", Map.of("name", "x"), category).expectProblem(405);
    }

    private void assertUnchanged() {
        Reply stored = get(admin, "/api/contents/{id}/", content).expect(200);
        assertThat(stored.json()).containsEntry("title", "One Piece").containsEntry("author", "")
                .containsEntry("chapter_count", 1);
        assertThat(get(admin, "/api/categories/").expect(200).results("name")).containsExactly("Manga");
        assertThat(get(admin, "/api/chapters/").expect(200).results("chapter_number")).containsExactly("1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM progress", Long.class)).isZero();
    }
}
