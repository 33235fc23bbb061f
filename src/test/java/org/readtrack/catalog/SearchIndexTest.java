package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.readtrack.support.QueryPlans;
import org.readtrack.support.SqlStatementCounter;
import org.readtrack.support.TestDatabase;

/**
 * Title search (titles, authors, other titles) reads a text index (SQLite's FTS5 trigram table, PostgreSQL's pg_trgm index) instead of
 * scanning every content: the statements a search request really sends are handed back to the database's
 * EXPLAIN. On a table this small PostgreSQL would rightly scan the table, or walk the title index for
 * the order; both are priced out of its plan, leaving bitmap scans, which only a text index can give.
 */
class SearchIndexTest extends CatalogApiTest {

    @Test
    void aTitleSearchIsAnsweredFromTheTextIndex() {
        CatalogFixtures catalog = fixtures(admin("curator"));
        long category = catalog.category("Novels");
        for (int i = 0; i < 30; i++) {
            catalog.content(category, (i % 10 == 0 ? "Stellar Odyssey " : "Quiet River ") + i,
                    Map.of("author", "Author " + i));
        }
        Session reader = user("reader");

        SqlStatementCounter.reset();
        assertThat(get(reader, "/api/contents/?search={q}", "stellar odyssey").expect(200).results()).hasSize(3);
        List<SqlStatementCounter.Statement> searches = SqlStatementCounter.statements().stream()
                .filter(statement -> statement.sql().contains(TestDatabase.isPostgresql() ? "LIKE" : "MATCH"))
                .toList();

        assertThat(searches).isNotEmpty();
        for (SqlStatementCounter.Statement search : searches) {
            String plan = QueryPlans.explain(jdbc, search, "enable_seqscan", "enable_indexscan");
            if (TestDatabase.isPostgresql()) {
                assertThat(plan).contains("contents_search_trgm")
                        .doesNotContain("Seq Scan");
            } else {
                assertThat(plan).contains("contents_search VIRTUAL TABLE INDEX").doesNotContainPattern("SCAN c\\b");
            }
        }
    }
}
