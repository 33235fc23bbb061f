package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.shared.ConflictException;
import org.readtrack.support.CatalogFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * An import computes its rows from the list as it read it, outside its transaction, and writes them at the
 * end (issue 20): a change made to the list in between must stop the whole import, not be overwritten.
 */
class ImportWritesTest extends ImportTestSupport {

    @Autowired
    private ProgressStore entries;
    @Autowired
    private HistoryStore history;
    @Autowired
    private PlatformTransactionManager transactions;

    private Session reader;
    private long onePiece;
    private long soloLeveling;

    @BeforeEach
    void catalogAndReader() {
        reader = user("reader");
        CatalogFixtures catalog = fixtures(admin("curator"));
        long manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
        soloLeveling = catalog.content(manga, "Solo Leveling");
    }

    @Test
    void anEntryChangedSinceTheImportReadTheListStopsTheWholeImport() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "10")).expect(201).id();
        ImportWrites writes = importReadingTheList(reader.id());
        ProgressEntry read = entries.entry(reader.id(), id).orElseThrow();
        writes.change(read.fields().withLastChapter("12"), importing(), null);
        writes.create(ProgressRequest.tracking(soloLeveling), null, importing());

        patch(reader, "/api/progress/{id}/", Map.of("notes", "read on the bus"), id).expect(200);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).execute(status -> writes.write()))
                .isInstanceOf(ConflictException.class);
        assertThat(entries(reader)).hasSize(1);
        assertThat(entryOf(reader, onePiece)).containsEntry("last_chapter", "10")
                .containsEntry("notes", "read on the bus");
    }

    @Test
    void aContentTrackedSinceTheImportReadTheListStopsTheWholeImport() {
        ImportWrites writes = importReadingTheList(reader.id());
        writes.create(ProgressRequest.tracking(onePiece), null, importing());
        writes.create(ProgressRequest.tracking(soloLeveling), null, importing());

        post(reader, "/api/progress/", Map.of("content", soloLeveling, "last_chapter", "3")).expect(201);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).execute(status -> writes.write()))
                .isInstanceOf(ConflictException.class);
        assertThat(entries(reader)).hasSize(1);
        assertThat(entryOf(reader, soloLeveling)).containsEntry("last_chapter", "3");
    }

    private ImportWrites importReadingTheList(long userId) {
        Map<Long, ProgressEntry> byContent = new HashMap<>();
        entries.allOf(userId).forEach(entry -> byContent.put(entry.contentId(), entry));
        return new ImportWrites(entries, history, userId, Instant.now(), byContent);
    }

    private static Change importing() {
        return Change.of(HistoryAction.IMPORT, JsonNodeFactory.instance.objectNode(), 0);
    }
}
