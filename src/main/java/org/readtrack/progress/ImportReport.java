package org.readtrack.progress;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import did, or would do (a dry run), row by row. A real import is all or nothing: with any
 * {@code error} row nothing is written, and the report comes with a 400.
 */
record ImportReport(
        @Schema(description = "The format the file was read as")
        ImportFormat format,
        boolean dryRun,
        @Schema(description = "Rows read from the file") int rows,
        int created,
        int updated,
        int unchanged,
        int unmatched,
        int errors,
        @Schema(description = "Rows whose missing content was suggested to the catalog (create_missing by a reader):"
                + " visible to the caller at once, to others once a moderator approves it")
        int suggested,
        List<ImportResult> results,
        @Schema(description = "The headers of the CSV columns the import did not read, as the file writes them: not"
                + " recognised, or a second column of a kind already read. Empty for MAL and JSON files.",
                example = "[\"Avis perso\", \"Volume\"]")
        List<String> ignoredColumns) {

    static ImportReport of(ImportFormat format, boolean dryRun, List<ImportResult> results,
            List<String> ignoredColumns) {
        int[] counts = new int[ImportResult.Outcome.values().length];
        results.forEach(result -> counts[result.outcome().ordinal()]++);
        return new ImportReport(format, dryRun, results.size(), counts[ImportResult.Outcome.CREATED.ordinal()],
                counts[ImportResult.Outcome.UPDATED.ordinal()], counts[ImportResult.Outcome.UNCHANGED.ordinal()],
                counts[ImportResult.Outcome.UNMATCHED.ordinal()], counts[ImportResult.Outcome.ERROR.ordinal()],
                (int) results.stream().filter(ImportResult::suggested).count(), results, List.copyOf(ignoredColumns));
    }

    boolean hasErrors() {
        return errors > 0;
    }
}
