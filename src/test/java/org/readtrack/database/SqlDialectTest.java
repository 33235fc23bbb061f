package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.database.SqlDialect.TextIndex;

/**
 * The text search each database is given. Whether its statements really use the index is asked of the
 * databases themselves by {@code SearchIndexTest}; here, which strategy each case takes.
 */
class SqlDialectTest {

    private static final TextIndex INDEX = new TextIndex("books_search", "b.id", "b.search_text");

    private final SqlDialect sqlite = new SqlDialect(JdbcTarget.Vendor.SQLITE);
    private final SqlDialect postgresql = new SqlDialect(JdbcTarget.Vendor.POSTGRESQL);
    private final Map<String, Object> parameters = new HashMap<>();

    @Test
    void postgresqlLooksForTheTextInTheIndexedColumnWildcardsEscaped() {
        assertThat(postgresql.contains(INDEX, "ete 50%", parameters)).isEqualTo("b.search_text LIKE :search");
        assertThat(parameters).containsExactly(Map.entry("search", "%ete 50\\%%"));
    }

    @Test
    void sqliteAsksItsFtsTableForAPhraseOfThreeCharactersOrMore() {
        assertThat(sqlite.contains(INDEX, "say \"hi\"", parameters))
                .isEqualTo("b.id IN (SELECT rowid FROM books_search WHERE books_search MATCH :search)");
        assertThat(parameters).containsExactly(Map.entry("search", "\"say \"\"hi\"\"\""));
    }

    @Test
    void sqliteReadsEveryRowForShorterText() {
        assertThat(sqlite.contains(INDEX, "et", parameters)).isEqualTo("instr(b.search_text, :search) > 0");
        assertThat(parameters).containsExactly(Map.entry("search", "et"));
    }

    @Test
    void aCodePointCountsAsOneCharacter() {
        // two characters outside the BMP: four UTF-16 units, still too short for trigrams
        assertThat(sqlite.contains(INDEX, "\uD83D\uDCDA\uD83D\uDCD6", parameters)).startsWith("instr(");
    }
}
