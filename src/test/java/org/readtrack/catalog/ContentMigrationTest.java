package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readtrack.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The migrations that change contents, on a database that already holds some: V7 (new columns' defaults, the
 * rebuilt search index), V8 and V14 (title keys), V15 (the folded search text).
 */
class ContentMigrationTest {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    Path dir;

    private String url;
    private String postgresDatabase;
    private SingleConnectionDataSource dataSource;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        if (TestDatabase.isPostgresql()) {
            assumeTrue(postgresAnswers(), "no PostgreSQL on 127.0.0.1:5432");
            postgresDatabase = "readtrack_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + postgresDatabase);
            url = POSTGRES + postgresDatabase;
        } else {
            url = "jdbc:sqlite:" + dir.resolve("migrated.db");
        }
        dataSource = new SingleConnectionDataSource(url, "postgres", "", true);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (dataSource != null) {
            dataSource.destroy();
        }
        if (postgresDatabase != null) {
            execute("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
        }
    }

    private Flyway flyway(String target) {
        String vendor = TestDatabase.isPostgresql() ? "postgresql" : "sqlite";
        return Flyway.configure().dataSource(dataSource).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load();
    }

    @Test
    void existingContentsAreSearchableAfterV7() {
        flyway("5").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.now());
        long category = manga(jdbc, now);
        jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                + " VALUES ('Berserk', 'Kentaro Miura', ?, ?, ?)", category, now, now);

        flyway("14").migrate(); // V15 searches another column

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
        flyway("7").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.now());
        long category = manga(jdbc, now);
        jdbc.update("INSERT INTO contents (title, author, category_id, alt_titles, created_at, updated_at)"
                + " VALUES ('L’Attaque des Titans', '', ?, ?, ?, ?)", category, "Shingeki no Kyojin\nATTACK ON TITAN",
                now, now);
        String vendor = TestDatabase.isPostgresql() ? "postgresql" : "sqlite";

        Flyway.configure().dataSource(dataSource).javaMigrations(new TitleKeysMigration())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();

        assertThat(jdbc.queryForList("SELECT title_key FROM content_title_keys ORDER BY title_key", String.class))
                .containsExactly("attack on titan", "lattaque des titans", "shingeki no kyojin")
                .allSatisfy(key -> assertThat(TitleKey.of(key)).isEqualTo(key));
        assertThat(TitleKey.of("  l'ATTAQUE   des Titans ! ")).isEqualTo("lattaque des titans");
    }

    /** V14 and V14.1 give every existing content the key lists ordered by title follow. */
    @Test
    void existingContentsAreOrderedByTheirTitleKeyAfterV14() {
        String vendor = TestDatabase.isPostgresql() ? "postgresql" : "sqlite";
        Flyway.configure().dataSource(dataSource).javaMigrations(new TitleKeysMigration()).target("13")
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.now());
        long category = manga(jdbc, now);
        for (String title : List.of("Zombie", "été", "Apple")) {
            jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                    + " VALUES (?, '', ?, ?, ?)", title, category, now, now);
        }

        Flyway.configure().dataSource(dataSource).javaMigrations(new TitleKeysMigration(), new TitleOrderMigration())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();

        assertThat(jdbc.queryForList("SELECT title FROM contents ORDER BY title_key, id", String.class))
                .containsExactly("Apple", "été", "Zombie");
    }

    /** V15 and V15.1 give every existing content the folded text searches look in, indexed. */
    @Test
    void existingContentsAreSearchedByTheirFoldedTextAfterV15() {
        flyway("14").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.now());
        long category = manga(jdbc, now);
        jdbc.update("INSERT INTO contents (title, author, category_id, alt_titles, created_at, updated_at)"
                + " VALUES ('Pokémon Adventures', 'Hidenori Kusaka', ?, ?, ?, ?)", category,
                "Pocket Monsters SPECIAL\nポケットモンスター", now, now);
        jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                + " VALUES ('İstanbul', '', ?, ?, ?)", category, now, now);
        String vendor = TestDatabase.isPostgresql() ? "postgresql" : "sqlite";

        Flyway.configure().dataSource(dataSource).javaMigrations(new SearchTextMigration())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();

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
        String vendor = TestDatabase.isPostgresql() ? "postgresql" : "sqlite";
        Flyway.configure().dataSource(dataSource).javaMigrations(new SearchTextMigration()).target("15.1")
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.now());
        long category = manga(jdbc, now);
        jdbc.update("INSERT INTO contents (title, author, category_id, created_at, updated_at)"
                + " VALUES ('Berserk', '', ?, ?, ?)", category, now, now);
        long content = jdbc.queryForObject("SELECT id FROM contents", Long.class);
        // the keys as the application wrote them before: a number with more after it was text, after every number
        for (String number : List.of("2", "2a", "3", "Extra")) {
            String before = number.matches("\\d+") ? ChapterNumber.sortKey(number) : "1" + number;
            jdbc.update("INSERT INTO chapters (content_id, chapter_number, sort_key, title, created_at, updated_at)"
                    + " VALUES (?, ?, ?, '', ?, ?)", content, number, before, now, now);
        }
        jdbc.update("INSERT INTO users (username, username_key, email, email_key, password_hash, date_joined)"
                + " VALUES ('reader', 'reader', 'r@example.org', 'r@example.org', 'x', ?)", now);
        long user = jdbc.queryForObject("SELECT id FROM users", Long.class);
        jdbc.update("INSERT INTO progress (user_id, content_id, last_chapter, last_chapter_key, created_at, updated_at)"
                + " VALUES (?, ?, '2a', '12a', ?, ?)", user, content, now, now);

        Flyway.configure().dataSource(dataSource).javaMigrations(new SearchTextMigration(), new ChapterOrderMigration())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();

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

    /** A category for the contents a test inserts before migrating further: its id. */
    private static long manga(JdbcTemplate jdbc, Timestamp now) {
        jdbc.update("INSERT INTO categories (name, name_key, created_at, updated_at) VALUES ('Manga', 'manga', ?, ?)",
                now, now);
        return jdbc.queryForObject("SELECT id FROM categories", Long.class);
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

    private static boolean postgresAnswers() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
