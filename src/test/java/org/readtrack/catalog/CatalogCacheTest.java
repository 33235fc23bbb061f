package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.readtrack.support.TestImages;
import org.readtrack.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Catalog reads are cached, and every catalog write through the API is visible at once. Each test uses a
 * category of its own: the cache outlives the database cleaning between tests.
 */
@TestPropertySource(properties = "readtrack.catalog.cache-ttl=1m")
class CatalogCacheTest extends CatalogApiTest {

    private Session admin;
    private CatalogFixtures catalog;
    private long category;

    @BeforeEach
    void catalog() {
        admin = admin("cache_admin");
        catalog = fixtures(admin);
        category = catalog.category("Shelf " + System.nanoTime());
    }

    @Test
    void readsAreServedFromTheCacheWhileTheyLast() {
        long content = catalog.content(category, "Berserk");
        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).string("author")).isEmpty();
        assertThat(get(admin, "/api/contents/?feature_category={c}", category).expect(200).results()).hasSize(1);

        // behind the application's back, as another instance of a scaled-out deployment would write
        jdbc.update("UPDATE contents SET author = 'Kentaro Miura' WHERE id = ?", content);

        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).string("author")).isEmpty();
        assertThat(get(admin, "/api/contents/?feature_category={c}", category).expect(200).results().get(0))
                .containsEntry("author", "");
    }

    @Test
    void everyCatalogWriteIsVisibleAtOnce() {
        long content = catalog.content(category, "Vinland Saga");
        String list = "/api/contents/?feature_category={c}";
        assertThat(get(admin, list, category).expect(200).results().get(0)).containsEntry("chapter_count", 0);

        catalog.chapter(content, "1");
        assertThat(get(admin, list, category).expect(200).results().get(0)).containsEntry("chapter_count", 1);
        assertThat(get(admin, "/api/chapters/?content={id}", content).expect(200).results()).hasSize(1);

        patch(admin, "/api/contents/{id}/", Map.of("author", "Makoto Yukimura"), content).expect(200);
        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).string("author")).isEqualTo("Makoto Yukimura");

        patch(admin, "/api/categories/{id}/", Map.of("description", "Sagas"), category).expect(200);
        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).object("feature_category_detail"))
                .containsEntry("description", "Sagas");

        catalog.content(category, "Vinland Saga II");
        assertThat(get(admin, list, category).expect(200).results()).hasSize(2);

        delete(admin, "/api/contents/{id}/", content).expect(204);
        get(admin, "/api/contents/{id}/", content).expectProblem(404);
        assertThat(get(admin, list, category).expect(200).results()).hasSize(1);
    }

    @Test
    void aNewOrRemovedCoverAndNewAltTitlesAreVisibleAtOnce() {
        long content = catalog.content(category, "Berserk");
        String list = "/api/contents/?feature_category={c}";
        assertThat(get(admin, list, category).expect(200).results().get(0)).containsEntry("cover", null);
        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).get("cover")).isNull();

        String cover = send(HttpMethod.PUT, admin, "/api/contents/{id}/cover/", MediaType.IMAGE_PNG_VALUE,
                TestImages.png(TestImages.gradient(40, 60, false)), content).expect(200).string("cover");
        assertThat(cover).isNotNull();
        assertThat(get(admin, list, category).expect(200).results().get(0)).containsEntry("cover", cover);
        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).get("cover")).isEqualTo(cover);

        delete(admin, "/api/contents/{id}/cover/", content).expect(204);
        assertThat(get(admin, list, category).expect(200).results().get(0)).containsEntry("cover", null);
        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).get("cover")).isNull();

        assertThat(get(admin, "/api/contents/?search=kenpu").expect(200).results()).isEmpty();
        patch(admin, "/api/contents/{id}/", Map.of("alt_titles", List.of("Kenpu Denki")), content).expect(200);
        assertThat(get(admin, "/api/contents/?search=kenpu").expect(200).results()).hasSize(1);
    }

    @Test
    void cachedContentsOfOneCategoryShareItsRepresentation(@Autowired Contents contents) {
        long first = catalog.content(category, "Dorohedoro");
        long second = catalog.content(category, "Blame!");
        Map<Long, ContentResponse> described = contents.describe(List.of(first, second));
        CategoryResponse shared = described.get(first).featureCategoryDetail();
        assertThat(described.get(second).featureCategoryDetail()).isSameAs(shared);
        // read again from the database, by another statement: still the one instance
        assertThat(contents.list(ContentFilter.of(category, null, null, null, null), new PageQuery(1, PageQuery.DEFAULT_SIZE), Viewer.PUBLIC)
                .items().get(0).featureCategoryDetail()).isSameAs(shared);

        patch(admin, "/api/categories/{id}/", Map.of("description", "Strange worlds"), category).expect(200);
        CategoryResponse changed = contents.describe(List.of(first)).get(first).featureCategoryDetail();
        assertThat(changed).isNotSameAs(shared);
        assertThat(changed.description()).isEqualTo("Strange worlds");
    }

    @Test
    void progressShowsTheCachedContentAndStaysTheCallersOwn() {
        long content = catalog.content(category, "Monster");
        Session reader = user("cache_reader");
        put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "3"), content).expect(201);
        patch(admin, "/api/contents/{id}/", Map.of("status", "completed"), content).expect(200);

        Map<String, Object> entry = get(reader, "/api/progress/").expect(200).results().get(0);
        assertThat(entry).containsEntry("last_chapter", "3");
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) entry.get("content_detail");
        assertThat(detail).containsEntry("status", "completed");
        assertThat(get(user("cache_other"), "/api/progress/").expect(200).results()).isEmpty();
    }
}
