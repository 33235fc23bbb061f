package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/** Moderators write the catalog like administrators, but manage no account and see no site statistics. */
class ModeratorRoleTest extends CatalogApiTest {

    private Session admin;
    private long category;
    private long content;

    @BeforeEach
    void catalog() {
        admin = admin("root");
        CatalogFixtures catalog = fixtures(admin);
        category = catalog.category("Manga");
        content = catalog.content(category, "One Piece");
    }

    private Session moderator(String username) {
        long id = register(username);
        patch(admin, "/api/users/{id}/", Map.of("role", "moderator"), id).expect(200);
        return login(username, id);
    }

    @Test
    void anAdministratorMakesAModeratorWhoseRoleShowsEverywhere() {
        Session moderator = moderator("mod");

        assertThat(get(moderator, "/api/auth/me/").expect(200).string("role")).isEqualTo("moderator");
        assertThat(get(admin, "/api/users/{id}/", moderator.id()).expect(200).string("role")).isEqualTo("moderator");
        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE id = ?", String.class, moderator.id()))
                .isEqualTo("moderator");
    }

    @Test
    void moderatorsWriteTheCatalog() {
        Session moderator = moderator("mod");

        long novels = post(moderator, "/api/categories/", Map.of("name", "Novels")).expect(201).id();
        long added = post(moderator, "/api/contents/", body("title", "Omniscient Reader", "feature_category", novels))
                .expect(201).id();
        patch(moderator, "/api/contents/{id}/", Map.of("author", "Oda"), content).expect(200);
        long chapter = post(moderator, "/api/chapters/", body("content", added, "chapter_number", "1")).expect(201).id();
        post(moderator, "/api/chapters/range/", body("content", added, "from", 2, "to", 5)).expect(201);
        delete(moderator, "/api/chapters/{id}/", chapter).expect(204);
        assertThat(delete(moderator, "/api/chapters/range/?content={id}&from=4&to=5", added).expect(200)
                .number("deleted")).isEqualTo(2);
        delete(moderator, "/api/contents/{id}/", added).expect(204);

        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).string("author")).isEqualTo("Oda");
    }

    @Test
    void moderatorsManageNoAccountAndSeeNoSiteStatistics() {
        Session moderator = moderator("mod");
        long reader = register("reader");

        get(moderator, "/api/users/").expectProblem(403);
        get(moderator, "/api/users/{id}/", reader).expectProblem(403);
        patch(moderator, "/api/users/{id}/", Map.of("role", "moderator"), reader).expectProblem(403);
        patch(moderator, "/api/users/{id}/", Map.of("role", "admin"), moderator.id()).expectProblem(403);
        delete(moderator, "/api/users/{id}/", reader).expectProblem(403);
        get(moderator, "/api/stats/").expectProblem(403);

        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE id = ?", String.class, reader)).isEqualTo("user");
        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE id = ?", String.class, moderator.id()))
                .isEqualTo("moderator");
    }

    @Test
    void aDemotedModeratorLosesTheCatalogAtOnce() {
        Session moderator = moderator("mod");
        post(moderator, "/api/categories/", Map.of("name", "Comics")).expect(201);

        patch(admin, "/api/users/{id}/", Map.of("role", "user"), moderator.id()).expect(200);

        post(moderator, "/api/categories/", Map.of("name", "Novels")).expectProblem(403);
    }

    @Test
    void anUnknownRoleIsRefusedAndChangesNothing() {
        long reader = register("reader");

        patch(admin, "/api/users/{id}/", Map.of("role", "superuser"), reader).expectInvalid("role");
        patch(admin, "/api/users/{id}/", Map.of("role", "Moderator"), reader).expectInvalid("role");

        assertThat(jdbc.queryForObject("SELECT role FROM users WHERE id = ?", String.class, reader)).isEqualTo("user");
    }
}
