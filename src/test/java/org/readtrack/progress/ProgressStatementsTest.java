package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;
import org.readtrack.support.SqlStatementCounter;

/**
 * What each change of an entry costs in statements on the progress tables and content checks: the writes are
 * the hot path of tracker apps. A change reads the entry (no lock), then writes it with its history record in
 * one short transaction (on SQLite, the single writer is held for those two statements only), and answers with
 * the entry as written: its row is not read again, only its position in the chapters. The caller's account,
 * the catalog's chapters and the content shown in the response (usually cached) are left out.
 */
class ProgressStatementsTest extends CatalogApiTest {

    private static final Pattern OWN_TABLES = Pattern.compile("\\bprogress(_history)?\\b|FROM contents WHERE id = ");

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

    /** The first word and table of each statement the request sent on the progress tables, or to check a content. */
    private static List<String> statementsOf(Supplier<Reply> request, int status) {
        SqlStatementCounter.reset();
        request.get().expect(status);
        return SqlStatementCounter.statements().stream().map(SqlStatementCounter.Statement::sql)
                .filter(sql -> OWN_TABLES.matcher(sql).find())
                .map(ProgressStatementsTest::verbAndTable)
                .toList();
    }

    private static String verbAndTable(String sql) {
        String verb = sql.strip().split("\\s+")[0].toUpperCase();
        return verb.equals("SELECT") ? verb : verb + (sql.contains("progress_history") ? " history" : " progress");
    }

    @Test
    void aPatchIsAReadAndOneUpdateWithItsHistoryRecord() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "2"), id), 200))
                .containsExactly("SELECT", "UPDATE progress", "INSERT history");
        assertThat(SqlStatementCounter.statements()).map(SqlStatementCounter.Statement::sql)
                .filteredOn(sql -> sql.startsWith("UPDATE progress"))
                .singleElement().asString().contains("version = ");
        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("notes", "n", "last_chapter",
                "3"), id), 200)).containsExactly("SELECT", "UPDATE progress", "INSERT history");
        assertThat(statementsOf(() -> put(reader, "/api/progress/{id}/", Map.of("content", onePiece, "last_chapter",
                "4"), id), 200)).containsExactly("SELECT", "UPDATE progress", "INSERT history");
    }

    @Test
    void aPatchThatChangesNothingOnlyMarksTheEntryUpdated() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "notes", "n")).expect(201).id();

        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("notes", "n"), id), 200))
                .containsExactly("SELECT", "UPDATE progress");
    }

    @Test
    void movingAnEntryAddsTheChecksOfTheNewContent() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        // the read, the content's existence, whether the user tracks it already, the writes, the answer
        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("content", naruto), id), 200))
                .containsExactly("SELECT", "SELECT", "SELECT", "UPDATE progress", "INSERT history");
    }

    @Test
    void anInvalidPatchReadsTheEntryAndWritesNothing() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        assertThat(statementsOf(() -> patch(reader, "/api/progress/{id}/", Map.of("notes", "n".repeat(10_001)),
                id), 400)).containsExactly("SELECT");
    }

    @Test
    void aPutOnTheContentUpdatesOrCreatesWithTheHistoryRecord() {
        assertThat(statementsOf(() -> put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"),
                onePiece), 201)).containsExactly("SELECT", "SELECT", "INSERT progress", "INSERT history");
        assertThat(statementsOf(() -> put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "2"),
                onePiece), 200)).containsExactly("SELECT", "UPDATE progress", "INSERT history");
    }

    @Test
    void aPostChecksTheContentAndInsertsAndADeleteIsOneStatement() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        assertThat(statementsOf(() -> post(reader, "/api/progress/", Map.of("content", naruto)), 201))
                .containsExactly("SELECT", "INSERT progress", "INSERT history");

        // the history goes with the entry (ON DELETE CASCADE)
        assertThat(statementsOf(() -> delete(reader, "/api/progress/{id}/", id), 204))
                .containsExactly("DELETE progress");
        assertThat(statementsOf(() -> delete(reader, "/api/contents/{id}/progress/", naruto), 204))
                .containsExactly("DELETE progress");
    }
}
