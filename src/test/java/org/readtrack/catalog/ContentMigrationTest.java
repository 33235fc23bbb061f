package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readtrack.support.ScratchDatabase;
import org.readtrack.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations that change contents, on a database that already holds some: V7 (new columns' defaults, the
 * rebuilt search index), V8 and V14 (title keys), V15 (the folded search text).
 */
class ContentMigrationTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase();

    @Test
    void existingContentsAreSearchableAfterV7() {
        database.migrate("5");
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                + " VALUES ('Berserk', 'Kentaro Miura', ?, ?, ?)", category, now, now);

        database.migrate("14"); // V15 searches another column

        assertThat(jdbc.queryForMap("SELECT alt_titles, release_days, cover FROM contents"))
                .containsEntry("alt_titles", "").containsEntry("release_days", 0).containsEntry("cover", null);
        assertThat(search(jdbc, "erse")).containsExactly("Berserk");
        assertThat(search(jdbc, "miura")).containsExactly("Berserk");

        jdbc.update("UPDATE contents SET alt_titles = ?", "Beruseruku\nベルセルク");
        assertThat(search(jdbc, "ruseru")).containsExactly("Berserk");
        assertThat(search(jdbc, "ベルセ")).containsExactly("Berserk");
        assertThat(search(jdbc, "erse")).containsExactly("Berserk");
    }

    /** Issue 20: V8 and V8.1 give every existing content the keys an import matches titles by. */
    @Test
    void existingContentsGetTheirTitleKeysInV8() {
        database.migrate("7");
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        jdbc.update("INSERT INTO contents (title, author, category_id, alt_titles, created_at, updated_at)"
                + " VALUES ('L’Attaque des Titans', '', ?, ?, ?, ?)", category, "Shingeki no Kyojin\nATTACK ON TITAN",
                now, now);

        database.migrate(null, new TitleKeysMigration());

        assertThat(jdbc.queryForList("SELECT title_key FROM content_title_keys ORDER BY title_key", String.class))
                .containsExactly("attack on titan", "lattaque des titans", "shingeki no kyojin")
                .allSatisfy(key -> assertThat(TitleKey.of(key)).isEqualTo(key));
        assertThat(TitleKey.of("  l'ATTAQUE   des Titans ! ")).isEqualTo("lattaque des titans");
    }

    /** V14 and V14.1 give every existing content the key lists ordered by title follow. */
    @Test
    void existingContentsAreOrderedByTheirTitleKeyAfterV14() {
        database.migrate("13", new TitleKeysMigration());
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        for (String title : List.of("Zombie", "été", "Apple")) {
            jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                    + " VALUES (?, '', ?, ?, ?)", title, category, now, now);
        }

        database.migrate(null, new TitleKeysMigration(), new TitleOrderMigration());

        assertThat(jdbc.queryForList("SELECT title FROM contents ORDER BY title_key, id", String.class))
                .containsExactly("Apple", "été", "Zombie");
    }

    /** V15 and V15.1 give every existing content the folded text searches look in, indexed. */
    @Test
    void existingContentsAreSearchedByTheirFoldedTextAfterV15() {
        database.migrate("14");
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        jdbc.update("INSERT INTO contents (title, author, category_id, alt_titles, created_at, updated_at)"
                + " VALUES ('Pokémon Adventures', 'Hidenori Kusaka', ?, ?, ?, ?)", category,
                "Pocket Monsters SPECIAL\nポケットモンスター", now, now);
        jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                + " VALUES ('İstanbul', '', ?, ?, ?)", category, now, now);

        database.migrate(null, new SearchTextMigration());

        assertThat(jdbc.queryForObject("SELECT search_text FROM contents WHERE title LIKE 'Pok%'", String.class))
                // a kana's voicing mark is a combining mark, as an accent is: ポ is searched as ホ
                .isEqualTo("pokemon adventures\nhidenori kusaka\npocket monsters special\nホケットモンスター");
        assertThat(foldedSearch(jdbc, "pokemon")).containsExactly("Pokémon Adventures");
        assertThat(foldedSearch(jdbc, "kusaka")).containsExactly("Pokémon Adventures");
        assertThat(foldedSearch(jdbc, "monsters special")).containsExactly("Pokémon Adventures");
        assertThat(foldedSearch(jdbc, "ポケモン")).isEmpty();
        assertThat(foldedSearch(jdbc, "ケットモ")).containsExactly("Pokémon Adventures");
        assertThat(foldedSearch(jdbc, "istanbul")).containsExactly("İstanbul");
        // the index follows later changes (SQLite's triggers)
        jdbc.update("UPDATE contents SET search_text = 'istanbul hatirasi' WHERE title = 'İstanbul'");
        assertThat(foldedSearch(jdbc, "hatira")).containsExactly("İstanbul");
        jdbc.update("DELETE FROM contents WHERE title = 'İstanbul'");
        assertThat(foldedSearch(jdbc, "istanbul")).isEmpty();
    }

    /** V15.2 moves the chapters that begin with a number and go on ("2a") next to that number, and entries at them. */
    @Test
    void chaptersWithASuffixSortAfterTheirNumberAfterV15Point2() {
        database.migrate("15.1", new SearchTextMigration());
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                + " VALUES ('Berserk', '', ?, ?, ?)", category, now, now);
        long content = jdbc.queryForObject("SELECT id FROM contents", Long.class);
        // the keys as the application wrote them before: a number with more after it was text, after every number
        for (String number : List.of("2", "2a", "3", "Extra")) {
            String before = number.matches("\\d+") ? ChapterNumber.sortKey(number) : "1" + number;
            jdbc.update("INSERT INTO chapters (content_id, chapter_number, sort_key, title, created_at, updated_at)"
                    + " VALUES (?, ?, ?, '', ?, ?)", content, number, before, now, now);
        }
        long user = database.reader();
        jdbc.update("INSERT INTO progress (user_id, content_id, last_chapter, last_chapter_key, created_at, updated_at)"
                + " VALUES (?, ?, '2a', '12a', ?, ?)", user, content, now, now);

        database.migrate(null, new SearchTextMigration(), new ChapterOrderMigration());

        assertThat(jdbc.queryForList("SELECT chapter_number FROM chapters ORDER BY sort_key", String.class))
                .containsExactly("2", "2a", "3", "Extra");
        assertThat(jdbc.queryForList("SELECT sort_key FROM chapters ORDER BY sort_key", String.class))
                .containsExactlyElementsOf(List.of("2", "2a", "3", "Extra").stream().map(ChapterNumber::sortKey).toList());
        assertThat(jdbc.queryForObject("SELECT last_chapter_key FROM progress", String.class))
                .isEqualTo(ChapterNumber.sortKey("2a"));
        // only chapter 3 and the extra come after the entry's last chapter
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chapters ch JOIN progress p ON p.content_id ="
                + " ch.content_id WHERE ch.sort_key > p.last_chapter_key", Integer.class)).isEqualTo(2);
    }

    /** V15.3 compares the letters of chapter numbers whatever their case: "extra" is the chapter "Extra". */
    @Test
    void chapterLettersAreComparedWhateverTheirCaseAfterV15Point3() {
        database.migrate("15.2", new SearchTextMigration(), new ChapterOrderMigration());
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                + " VALUES ('Berserk', '', ?, ?, ?)", category, now, now);
        long content = jdbc.queryForObject("SELECT id FROM contents", Long.class);
        // the keys as the application wrote them before: letters as written
        for (String number : List.of("2", "2B", "Extra", "bonus")) {
            String before = ChapterNumber.sortKey(number).substring(0, 1)
                    + (number.matches("\\d.*") ? ChapterNumber.sortKey(number).substring(1, 20) + number.substring(1)
                            : number);
            jdbc.update("INSERT INTO chapters (content_id, chapter_number, sort_key, title, created_at, updated_at)"
                    + " VALUES (?, ?, ?, '', ?, ?)", content, number, before, now, now);
        }
        assertThat(jdbc.queryForList("SELECT chapter_number FROM chapters ORDER BY sort_key", String.class))
                .containsExactly("2", "2B", "Extra", "bonus");

        database.migrate(null, new SearchTextMigration(), new ChapterOrderMigration(), new ChapterCaseMigration());

        assertThat(jdbc.queryForList("SELECT chapter_number FROM chapters ORDER BY sort_key", String.class))
                .containsExactly("2", "2B", "bonus", "Extra");
        assertThat(jdbc.queryForList("SELECT sort_key FROM chapters ORDER BY sort_key", String.class))
                .containsExactly(ChapterNumber.sortKey("2"), ChapterNumber.sortKey("2b"), "1bonus", "1extra");
    }

    /** V15.5 leaves invisible formatting characters out of the keys of the contents that hold some. */
    @Test
    void invisibleCharactersLeaveTheTitleKeysAfterV15Point5() {
        database.migrate("15.3", new SearchTextMigration(), new ChapterOrderMigration(), new ChapterCaseMigration());
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        // as stored before: the zero-width space kept in every key
        jdbc.update("INSERT INTO contents (title, author, category_id, alt_titles, title_key, search_text, created_at,"
                + " updated_at) VALUES ('Mon\u200Bster', '', ?, 'Pluto', 'mon\u200Bster', 'mon\u200Bster\npluto', ?, ?)",
                category, now, now);
        long content = jdbc.queryForObject("SELECT id FROM contents", Long.class);
        jdbc.update("INSERT INTO content_title_keys (content_id, title_key) VALUES (?, 'mon\u200Bster'), (?, 'pluto')",
                content, content);

        database.migrate(null, new SearchTextMigration(), new ChapterOrderMigration(), new ChapterCaseMigration(),
                new InvisibleCharactersMigration());

        assertThat(jdbc.queryForMap("SELECT title_key, search_text FROM contents"))
                .containsEntry("title_key", "monster").containsEntry("search_text", "monster\npluto");
        assertThat(jdbc.queryForList("SELECT title_key FROM content_title_keys ORDER BY title_key", String.class))
                .containsExactly("monster", "pluto");
        assertThat(foldedSearch(jdbc, "monster")).containsExactly("Mon\u200Bster");
    }

    /** V16.2: languages stored as a name or in capitals become the codes the catalog's language filter matches. */
    @Test
    void languagesWrittenAsNamesBecomeCodesInV16_2() {
        database.migrate("16");
        JdbcTemplate jdbc = database.jdbc();
        Timestamp now = Timestamp.from(Instant.now());
        long category = database.manga();
        for (String language : List.of("FR", "Japanese", "Coréen", "ko", "VF", "VO", "UK")) {
            jdbc.update("INSERT INTO contents (title, author, language, category_id, created_at, updated_at)"
                    + " VALUES (?, '', ?, ?, ?, ?)", "Series in " + language, language, category, now, now);
        }

        database.migrate(null, new LanguageCodesMigration());

        assertThat(jdbc.queryForList("SELECT language FROM contents ORDER BY id", String.class))
                .containsExactly("fr", "ja", "ko", "ko", "VF", "VO", "UK");
    }

    /** The condition {@code SqlDialect.contains} writes since V15, for text of three characters or more. */
    private static List<String> foldedSearch(JdbcTemplate jdbc, String text) {
        if (TestDatabase.isPostgresql()) {
            return jdbc.queryForList("SELECT title FROM contents c WHERE c.search_text LIKE ?", String.class,
                    "%" + text + "%");
        }
        return jdbc.queryForList("SELECT title FROM contents c WHERE c.id IN"
                + " (SELECT rowid FROM contents_search WHERE contents_search MATCH ?)", String.class,
                "\"" + text + "\"");
    }

    /** The condition {@code SqlDialect.contains} wrote before V15, for text of three characters or more. */
    private static List<String> search(JdbcTemplate jdbc, String text) {
        if (TestDatabase.isPostgresql()) {
            return jdbc.queryForList("SELECT title FROM contents c WHERE lower(c.title COLLATE \"default\") LIKE ?"
                    + " OR lower(c.author) LIKE ? OR lower(c.alt_titles) LIKE ?", String.class,
                    "%" + text + "%", "%" + text + "%", "%" + text + "%");
        }
        return jdbc.queryForList("SELECT title FROM contents c WHERE c.id IN"
                + " (SELECT rowid FROM contents_search WHERE contents_search MATCH ?)", String.class,
                "\"" + text + "\"");
    }
}
