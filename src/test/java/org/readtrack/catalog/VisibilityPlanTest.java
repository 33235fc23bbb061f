package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.readtrack.support.QueryPlans;
import org.readtrack.support.SqlStatementCounter;
import org.readtrack.support.TestDatabase;

/**
 * Hiding private contents keeps the lists on their indexes: the page of ids still walks the ordering index
 * alone, and the hidden ids come from the partial index on {@code private_to}, not from reading every content.
 * The statements a list request really sends are handed back to the database's EXPLAIN (on PostgreSQL with
 * sequential scans priced out, as a table this small would otherwise rightly be scanned).
 */
class VisibilityPlanTest extends SuggestionTestSupport {

    @Test
    void aListWalksItsOrderingIndexAndFindsTheHiddenContentsByTheirOwnIndex() {
        for (int i = 0; i < 30; i++) {
            catalog.content(manga, "Series " + i);
        }
        suggest(proposer, "Hidden one");

        for (String query : List.of("/api/contents/", "/api/contents/?feature_category=" + manga,
                "/api/contents/?ordering=-updated_at")) {
            SqlStatementCounter.reset();
            get(other, query).expect(200);
            SqlStatementCounter.Statement page = SqlStatementCounter.statements().stream()
                    .filter(statement -> statement.sql().contains("LIMIT") && statement.sql().contains("hidden"))
                    .findFirst().orElseThrow();
            String plan = QueryPlans.explain(jdbc, page, "enable_seqscan");
            assertThat(plan).as(query).contains("contents_private_to");
            if (TestDatabase.isPostgresql()) {
                assertThat(plan).as(query).containsPattern("Index Only Scan (Backward )?using contents_\\w+ on contents c_1")
                        .contains("hashed SubPlan").doesNotContain("Seq Scan");
            } else {
                // the page's ids from the ordering index alone; only the page itself (21 rows) is sorted again
                assertThat(plan).as(query).containsPattern("(SCAN|SEARCH) c USING COVERING INDEX contents_\\w+")
                        .containsOnlyOnce("USE TEMP B-TREE FOR ORDER BY");
            }
        }
    }
}
