package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.readtrack.support.SqlStatementCounter;
import org.readtrack.support.TestDatabase;
import org.springframework.jdbc.core.ConnectionCallback;

/**
 * Title search (titles, authors, other titles) reads a text index (SQLite's FTS5 trigram table, PostgreSQL's pg_trgm indexes) instead of
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
            String plan = explain(search);
            if (TestDatabase.isPostgresql()) {
                assertThat(plan).contains("contents_title_trgm", "contents_author_trgm", "contents_alt_titles_trgm")
                        .doesNotContain("Seq Scan");
            } else {
                assertThat(plan).contains("contents_search VIRTUAL TABLE INDEX").doesNotContainPattern("SCAN c\\b");
            }
        }
    }

    private String explain(SqlStatementCounter.Statement statement) {
        boolean postgresql = TestDatabase.isPostgresql();
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement settings = connection.createStatement()) {
                if (postgresql) {
                    settings.execute("SET enable_seqscan = off");
                    settings.execute("SET enable_indexscan = off");
                }
                try (PreparedStatement explain = connection.prepareStatement(
                        (postgresql ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + statement.sql())) {
                    for (int i = 0; i < statement.parameters().size(); i++) {
                        explain.setObject(i + 1, statement.parameters().get(i));
                    }
                    List<String> lines = new ArrayList<>();
                    try (ResultSet plan = explain.executeQuery()) {
                        while (plan.next()) {
                            lines.add(plan.getString(postgresql ? 1 : 4));
                        }
                    }
                    return String.join("\n", lines);
                } finally {
                    if (postgresql) {
                        settings.execute("RESET enable_seqscan");
                        settings.execute("RESET enable_indexscan");
                    }
                }
            }
        });
    }
}
