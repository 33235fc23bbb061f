package org.readtrack.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.readtrack.catalog.ContentCatalog;
import org.readtrack.catalog.TitleKey;
import org.readtrack.catalog.TitleMatch;
import org.readtrack.database.Timestamps;
import org.readtrack.shared.ConflictException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a reading list from a file: reads it ({@link ImportFile}, then the format's parser), matches each
 * row's title against the catalog's title keys (one indexed query per 500 titles), then applies every row in
 * one transaction, which a dry run, or a real import with any {@code error} row, rolls back: a dry run's
 * report is exactly what the import would do, and a failed import writes nothing.
 */
@Component
class ProgressImport {

    /** Where a missing content is created when the file names no category (and its format implies none). */
    static final String DEFAULT_CATEGORY = "Imported";

    private final ImportedRows rows;
    private final ContentCatalog catalog;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    ProgressImport(ImportedRows rows, ContentCatalog catalog, PlatformTransactionManager transactions,
            JsonMapper json) {
        this.rows = rows;
        this.catalog = catalog;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    /**
     * @param declared      the format the caller names; null to tell it by the content
     * @param createMissing create missing contents: with {@code editsCatalog}, in the catalog (and their
     *                      categories), also filling matched contents' empty fields; without, as the caller's
     *                      suggestions, in existing categories only
     */
    ImportReport run(long userId, byte[] file, ImportFormat declared, boolean dryRun, boolean createMissing,
            boolean editsCatalog) {
        ImportFile.Text text = ImportFile.read(file, declared);
        ParsedFile parsed = switch (text.format()) {
            case CSV -> CsvImport.parse(text.text());
            case MAL -> MalImport.parse(text.text());
            case JSON -> JsonImport.parse(text.text(), json);
        };
        Set<String> keys = new LinkedHashSet<>();
        parsed.rows().forEach(row -> keys.add(TitleKey.of(row.title())));
        keys.remove("");
        Map<String, List<TitleMatch>> matches = new HashMap<>(catalog.matchTitles(keys, userId));
        return transaction.execute(status -> {
            ImportReport report = ImportReport.of(parsed.format(), dryRun,
                    apply(userId, parsed, matches, dryRun, createMissing, editsCatalog));
            if (dryRun || report.hasErrors()) {
                status.setRollbackOnly();
            }
            return report;
        });
    }

    private List<ImportResult> apply(long userId, ParsedFile file, Map<String, List<TitleMatch>> matches,
            boolean dryRun, boolean createMissing, boolean editsCatalog) {
        ImportedRows.Session session = rows.session(userId, file, matches, dryRun, createMissing, editsCatalog);
        List<ImportResult> results = new ArrayList<>(file.rows().size());
        for (ImportRow row : file.rows()) {
            results.add(session.apply(row));
        }
        return results;
    }

    static ConflictException changedMeanwhile() {
        return new ConflictException("An entry changed while the file was imported; nothing was imported. Try again.");
    }

    static Instant now(Clock clock) {
        return Timestamps.now(clock);
    }
}
