package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.database.Sql;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.readtrack.support.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each change of an entry costs in statements on the progress table and content checks: the writes are
 * the hot path of tracker apps, and the single SQLite writer is held for as long as they last. The caller's
 * account and the content shown in the response (the catalog's, usually cached) are left out.
 */
class ProgressStatementsTest extends CatalogApiTest {

    private static final Pattern OWN_TABLES = Pattern.compile("\\bprogress\\b|FROM contents WHERE id = ");

    @Autowired
    private Sql sql;
    private Session reader;
    private long onePiece;
    private long naruto;

    @BeforeEach
    void accountAndContents() {
        reader = user("reader");
        CatalogFixtures catalog = fixtures(admin("curator"));
        long manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
        naruto = catalog.content(manga, "Naruto");
    }

    /** The first word of each statement the request sent on the progress table, or to check a content. */
    private static List<String> statementsOf(Supplier<Reply> request, int status) {
        SqlStatementCounter.reset();
        request.get().expect(status);
        return SqlStatementCounter.statements().stream().map(SqlStatementCounter.Statement::sql)
                .filter(sql -> OWN_TABLES.matcher(sql).find())
                .map(sql -> sql.strip().split("\\s+")[0].toUpperCase())
                .toList();
    }

    @Test
    void aPatchIsTheLockedReadAndOneUpdateWhateverFieldsItGives() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "2"), id), 200))
                .containsExactly("SELECT", "UPDATE");
        assertThat(SqlStatementCounter.statements()).map(SqlStatementCounter.Statement::sql)
                .filteredOn(sql -> sql.startsWith("SELECT") && sql.contains("FROM progress"))
                .singleElement().asString().endsWith(this.sql.dialect().forUpdate());
        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("notes", "n", "last_chapter",
                "3"), id), 200)).containsExactly("SELECT", "UPDATE");
        assertThat(statementsOf(() -> put(reader, "/api/progress/{id}/", Map.of("content", onePiece), id), 200))
                .containsExactly("SELECT", "UPDATE");
    }

    @Test
    void movingAnEntryAddsTheChecksOfTheNewContent() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        // the lock, the content's existence, whether the user tracks it already, the update
        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("content", naruto), id), 200))
                .containsExactly("SELECT", "SELECT", "SELECT", "UPDATE");
    }

    @Test
    void theLockIsTakenBeforeAnythingIsValidated() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("notes", "n".repeat(10_001)),
                id), 400)).containsExactly("SELECT");
    }

    @Test
    void aPutOnTheContentUpdatesInTwoStatementsAndCreatesInThree() {
        assertThat(statementsOf(() -> put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"),
                onePiece), 201)).containsExactly("SELECT", "SELECT", "INSERT");
        assertThat(statementsOf(() -> put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "2"),
                onePiece), 200)).containsExactly("SELECT", "UPDATE");
    }

    @Test
    void aPostChecksTheContentAndInsertsAndADeleteIsOneStatement() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        assertThat(statementsOf(() -> post(reader, "/api/progress/", Map.of("content", naruto)), 201))
                .containsExactly("SELECT", "INSERT");

        assertThat(statementsOf(() -> delete(reader, "/api/progress/{id}/", id), 204)).containsExactly("DELETE");
        assertThat(statementsOf(() -> delete(reader, "/api/contents/{id}/progress/", naruto), 204))
                .containsExactly("DELETE");
    }
}
