package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.readtrack.support.SqlStatementCounter;

/**
 * Lists cost a small, fixed number of SQL statements whatever the page holds: no statement per content,
 * per category or per chapter count (no N+1). The counts include the look-up of the caller's account.
 */
class ListQueryCountTest extends CatalogApiTest {

    /** Measured: the caller, the page, the total when the page is full, and (progress) the contents shown. */
    private static final long MAX_STATEMENTS = 4;

    private Session reader;
    private CatalogFixtures catalog;
    private List<Long> categories;
    private int created;

    @BeforeEach
    void catalog() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        categories = List.of(catalog.category("Manga"), catalog.category("Novels"), catalog.category("Comics"));
        created = 0;
    }

    /** Contents spread over the three categories, each with one to three chapters. */
    private List<Long> addContents(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++, created++) {
            long id = catalog.content(categories.get(created % 3), "Title " + created,
                    Map.of("author", "Author " + created));
            for (int chapter = 1; chapter <= 1 + created % 3; chapter++) {
                catalog.chapter(id, String.valueOf(chapter));
            }
            ids.add(id);
        }
        return ids;
    }

    private long statementsFor(String uri, int expectedResults) {
        get(reader, uri).expect(200); // anything lazily prepared on a first call is not what is measured
        SqlStatementCounter.reset();
        Reply list = get(reader, uri).expect(200);
        long statements = SqlStatementCounter.count();
        assertThat(list.results()).hasSize(expectedResults);
        System.out.printf("%s with %d results: %d SQL statements%n", uri, expectedResults, statements);
        return statements;
    }

    @Test
    void theContentListCostsTheSameFewStatementsForFiveOrTwentyContents() {
        addContents(5);
        long five = statementsFor("/api/contents/?page_size=20", 5);
        addContents(15);
        long twenty = statementsFor("/api/contents/?page_size=20", 20);
        addContents(5);
        long fullPageOfMore = statementsFor("/api/contents/?page_size=20", 20);

        assertThat(five).isLessThanOrEqualTo(MAX_STATEMENTS);
        // a page that ends the list knows the total: 20 of 20 costs what 5 of 5 does; 20 of 25 adds the count
        assertThat(twenty).isEqualTo(five);
        assertThat(fullPageOfMore).isEqualTo(twenty + 1);

        assertThat(get(reader, "/api/contents/?page_size=20").expect(200).results("chapter_count"))
                .contains(1, 2, 3);
    }

    @Test
    void filteredAndSearchedContentListsStayBoundedToo() {
        addContents(20);

        assertThat(statementsFor("/api/contents/?search=title&page_size=20", 20)).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statementsFor("/api/contents/?search=ti&page_size=20", 20)).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statementsFor("/api/contents/?feature_category=" + categories.get(0) + "&ordering=-created_at", 7))
                .isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statementsFor("/api/contents/?status=ongoing&page_size=20&page=1", 20))
                .isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void theProgressListCostsTheSameFewStatementsForFiveOrTwentyEntries() {
        List<Long> contents = addContents(20);
        for (long content : contents.subList(0, 5)) {
            post(reader, "/api/progress/", Map.of("content", content, "last_chapter", "1")).expect(201);
        }
        long five = statementsFor("/api/progress/", 5);
        for (long content : contents.subList(5, 20)) {
            put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), content).expect(201);
        }
        long twenty = statementsFor("/api/progress/", 20);

        assertThat(five).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(twenty).isEqualTo(five);
        assertThat(get(reader, "/api/progress/").expect(200).results())
                .allSatisfy(entry -> assertThat(entry.get("content_detail")).isInstanceOf(Map.class));
    }

    @Test
    void theChapterAndCategoryListsStayBounded() {
        addContents(20);

        assertThat(statementsFor("/api/chapters/?page_size=20", 20)).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statementsFor("/api/categories/", 3)).isLessThanOrEqualTo(MAX_STATEMENTS);
    }
}
