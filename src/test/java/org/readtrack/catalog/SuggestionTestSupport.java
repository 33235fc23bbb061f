package org.readtrack.catalog;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/** A catalog with one category, an administrator, a moderator and two readers; shortcuts to suggest. */
abstract class SuggestionTestSupport extends CatalogApiTest {

    protected Session admin;
    protected Session moderator;
    protected Session proposer;
    protected Session other;
    protected CatalogFixtures catalog;
    protected long manga;

    @BeforeEach
    void accountsAndCatalog() {
        admin = admin("root");
        catalog = fixtures(admin);
        manga = catalog.category("Manga");
        long moderatorId = register("moderator");
        patch(admin, "/api/users/{id}/", Map.of("role", "moderator"), moderatorId).expect(200);
        moderator = login("moderator", moderatorId);
        proposer = user("proposer");
        other = user("other");
    }

    /** The 201 answer of a suggestion of this title in the manga category. */
    protected Reply suggest(Session caller, String title) {
        return post(caller, "/api/suggestions/", body("title", title, "feature_category", manga)).expect(201);
    }

    /** The ids of the contents a list (or search) shows the caller. */
    protected List<Object> listed(Session caller, String query) {
        return get(caller, "/api/contents/?page_size=100" + query).expect(200).results("id");
    }
}
