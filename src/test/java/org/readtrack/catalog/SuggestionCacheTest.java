package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With the catalog cache on, a private content never reaches the lists that readers share, whoever read them
 * first; and every review shows at once. The cache outlives the database cleaning between tests: each test
 * searches for titles of its own.
 */
@TestPropertySource(properties = "readtrack.catalog.cache-ttl=1m")
class SuggestionCacheTest extends SuggestionTestSupport {

    @Test
    void cachedListsShowAPrivateContentToItsReadersOnly() {
        String title = "Cached " + System.nanoTime();
        long category = catalog.category("Shelf " + System.nanoTime());
        long visible = catalog.content(category, title + " public");
        String list = "&feature_category=" + category;
        assertThat(listed(other, list)).containsExactly((int) visible); // cached for everyone

        Reply suggestion = post(proposer, "/api/suggestions/", body("title", title + " private", "feature_category",
                category)).expect(201);
        long hidden = suggestion.number("content");
        assertThat(listed(proposer, list)).containsExactlyInAnyOrder((int) visible, (int) hidden);
        assertThat(listed(other, list)).containsExactly((int) visible);
        assertThat(listed(moderator, list)).containsExactlyInAnyOrder((int) visible, (int) hidden);
        assertThat(listed(other, list)).containsExactly((int) visible);
        get(proposer, "/api/contents/{id}/", hidden).expect(200);
        get(other, "/api/contents/{id}/", hidden).expectProblem(404);
        catalog.chapter(hidden, "1");
        assertThat(get(other, "/api/chapters/").expect(200).results("content")).doesNotContain((int) hidden);
        assertThat(get(proposer, "/api/chapters/").expect(200).results("content")).contains((int) hidden);

        post(moderator, "/api/suggestions/{id}/reject/", Map.of("reason", "Not a series"), suggestion.id()).expect(200);
        assertThat(listed(moderator, list)).containsExactly((int) visible);
        assertThat(listed(proposer, list)).containsExactlyInAnyOrder((int) visible, (int) hidden);
        assertThat(get(proposer, "/api/contents/{id}/", hidden).expect(200).object("suggestion"))
                .containsEntry("status", "rejected");
    }

    @Test
    void theSuggestionsOfADeletedAccountLeaveTheListsAtOnce() {
        String title = "Orphaned " + System.nanoTime();
        Session leaving = user("leaving");
        long suggested = post(leaving, "/api/suggestions/", body("title", title, "feature_category", manga))
                .expect(201).number("content");
        assertThat(listed(moderator, "&search=" + title)).containsExactly((int) suggested); // cached

        delete(admin, "/api/users/{id}/", leaving.id()).expect(204);

        assertThat(listed(moderator, "&search=" + title)).isEmpty();
    }

    @Test
    void anApprovalShowsAtOnce() {
        String title = "Approved " + System.nanoTime();
        Reply suggestion = post(proposer, "/api/suggestions/", body("title", title, "feature_category", manga)).expect(201);
        long content = suggestion.number("content");
        assertThat(listed(other, "&search=" + title)).isEmpty();
        get(other, "/api/contents/{id}/", content).expectProblem(404);

        post(moderator, "/api/suggestions/{id}/approve/", null, suggestion.id()).expect(200);

        assertThat(listed(other, "&search=" + title)).containsExactly((int) content);
        assertThat(get(other, "/api/contents/{id}/", content).expect(200).json()).containsEntry("suggestion", null);
    }
}
