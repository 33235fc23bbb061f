package org.readtrack.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.readtrack.catalog.CloseTitles;
import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.TitleKey;
import org.readtrack.catalog.TitleMatch;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.MemoryHeavyWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a reading list from a file: reads it ({@link ImportFile}, then the format's parser), matches each
 * row's title against the catalog's title keys (one indexed query per 500 titles), computes every row's
 * outcome, then writes the changes together ({@link ImportWrites}) in one transaction: all rows or none. A
 * dry run, or an import with any {@code error} row, writes nothing (with {@code create_missing}, the
 * contents it created are rolled back): a dry run's report is exactly what the import would do.
 */
@Component
class ProgressImport {

    /** Where a missing content is created when the file names no category (and its format implies none). */
    static final String DEFAULT_CATEGORY = "Imported";

    private final ImportedRows rows;
    private final ContentCatalog catalog;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final MemoryHeavyWork heavyWork;

    ProgressImport(ImportedRows rows, ContentCatalog catalog, PlatformTransactionManager transactions,
            JsonMapper json, MemoryHeavyWork heavyWork) {
        this.rows = rows;
        this.catalog = catalog;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.heavyWork = heavyWork;
    }

    ImportReport run(long userId, byte[] file, ImportOptions options, CallerZone zone) {
        // a file of 10 MB unpacks and parses into several times that: two at once could exhaust the heap
        return heavyWork.run(() -> runAlone(userId, file, options, zone));
    }

    private ImportReport runAlone(long userId, byte[] file, ImportOptions options, CallerZone zone) {
        ImportFile.Text text = ImportFile.read(file, options.declared());
        ParsedFile read = switch (text.format()) {
            case CSV -> CsvImport.parse(text.text(), zone);
            case MAL -> MalImport.parse(text.text(), zone);
            case JSON -> JsonImport.parse(text.text(), json, zone);
        };
        ParsedFile parsed = options.namedCategory() == null ? read : read.withDefaultCategory(options.namedCategory());
        Set<String> keys = new LinkedHashSet<>();
        parsed.rows().forEach(row -> keys.add(TitleKey.of(row.title())));
        keys.remove("");
        Map<String, List<TitleMatch>> matches = new HashMap<>(catalog.matchTitles(keys, userId));
        Set<String> unmatched = new LinkedHashSet<>(keys);
        unmatched.removeAll(matches.keySet());
        Map<String, CloseTitles> close = catalog.closeTitles(unmatched, userId);
        if (!options.createMissing()) {
            // the rows are computed from reads alone, outside the transaction, which is then only the writes
            // (version checks stop them if an entry changed meanwhile): on SQLite the single writer is held
            // for the batches alone, and a dry run holds it not at all
            Applied applied = apply(userId, parsed, matches, close, options);
            if (options.dryRun() || applied.hasErrors()) {
                return applied.report();
            }
            return applied.written(transaction.execute(status -> applied.session().write()));
        }
        // contents are created as the rows are read: rows and writes share the transaction
        return transaction.execute(status -> {
            Applied applied = apply(userId, parsed, matches, close, options);
            if (options.dryRun() || applied.hasErrors()) {
                status.setRollbackOnly();
                return applied.rolledBack();
            }
            return applied.written(applied.session().write());
        });
    }

    /** The rows' outcomes, and the changes they make to the list, not written yet. */
    private record Applied(ImportFormat format, boolean dryRun, List<ImportResult> results,
            List<String> ignoredColumns, ImportedRows.Session session) {

        boolean hasErrors() {
            return report().hasErrors();
        }

        ImportReport report() {
            return ImportReport.of(format, dryRun, results, ignoredColumns);
        }

        /** The report of an import whose writes are rolled back: the contents it created are not named, being gone. */
        ImportReport rolledBack() {
            Set<Long> gone = session.createdContents();
            return ImportReport.of(format, dryRun, results.stream()
                    .map(result -> result.content() != null && gone.contains(result.content())
                            ? result.withoutContent() : result)
                    .toList(), ignoredColumns);
        }

        /** The report once the changes are written: each new entry's id in its rows. */
        ImportReport written(Map<Long, Long> createdIds) {
            return ImportReport.of(format, false, results.stream()
                    .map(result -> result.entry() == null && result.content() != null
                            && createdIds.containsKey(result.content())
                            ? result.withEntry(createdIds.get(result.content())) : result)
                    .toList(), ignoredColumns);
        }
    }

    private Applied apply(long userId, ParsedFile file, Map<String, List<TitleMatch>> matches,
            Map<String, CloseTitles> close, ImportOptions options) {
        ImportedRows.Session session = rows.session(userId, file, matches, close, options);
        List<ImportResult> results = new ArrayList<>(file.rows().size());
        for (ImportRow row : file.rows()) {
            results.add(session.apply(row));
        }
        return new Applied(file.format(), options.dryRun(), results, file.ignoredColumns(), session);
    }

    static ConflictException changedMeanwhile() {
        return new ConflictException("An entry changed while the file was imported; nothing was imported. Try again.");
    }
}
