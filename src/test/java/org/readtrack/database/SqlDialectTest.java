package org.readtrack.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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
    void postgresqlLooksForEachWordInTheIndexedColumnWildcardsEscaped() {
        assertThat(postgresql.containsAll(INDEX, List.of("ete", "50%"), parameters))
                .isEqualTo("b.search_text LIKE :search0 AND b.search_text LIKE :search1");
        assertThat(parameters).containsOnly(Map.entry("search0", "%ete%"), Map.entry("search1", "%50\\%%"));
    }

    @Test
    void sqliteAsksItsFtsTableForEveryWordOfThreeCharactersOrMoreAtOnce() {
        assertThat(sqlite.containsAll(INDEX, List.of("say", "\"hi\""), parameters))
                .isEqualTo("b.id IN (SELECT rowid FROM books_search WHERE books_search MATCH :search)");
        assertThat(parameters).containsExactly(Map.entry("search", "\"say\" AND \"\"\"hi\"\"\""));
    }

    @Test
    void sqliteReadsTheRowsLeftForShorterWords() {
        assertThat(sqlite.containsAll(INDEX, List.of("re", "zero"), parameters))
                .isEqualTo("b.id IN (SELECT rowid FROM books_search WHERE books_search MATCH :search)"
                        + " AND instr(b.search_text, :search0) > 0");
        assertThat(parameters).containsOnly(Map.entry("search", "\"zero\""), Map.entry("search0", "re"));
        parameters.clear();
        assertThat(sqlite.containsAll(INDEX, List.of("et"), parameters)).isEqualTo("instr(b.search_text, :search0) > 0");
    }

    @Test
    void aCodePointCountsAsOneCharacter() {
        // two characters outside the BMP: four UTF-16 units, still too short for trigrams
        assertThat(sqlite.containsAll(INDEX, List.of("\uD83D\uDCDA\uD83D\uDCD6"), parameters)).startsWith("instr(");
    }
}
