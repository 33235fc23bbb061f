package org.readtrack.dataset;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

import org.readtrack.accounts.PasswordHasher;
import org.readtrack.cli.Command;
import org.readtrack.database.Sql;
import org.springframework.stereotype.Component;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code seed-dataset --preset small|medium|large [--password P] [--dry-run]}: bulk-loads a synthetic dataset
 * into an empty database. Every user ({@code reader1}, {@code reader2}, …) gets the same password, hashed once.
 */
@Component
class SeedDatasetCommand implements Command<SeedDatasetCommand.Options> {

    static final String DEFAULT_PASSWORD = "Benchmark-Passphrase-1";

    /** What the command line says. */
    static final class Options {

        @Option(names = "--preset", paramLabel = "small|medium|large", converter = PresetConverter.class,
                description = "the size of the dataset (default: medium)")
        DatasetPreset preset = DatasetPreset.MEDIUM;

        @Option(names = "--password", paramLabel = "P", description = "the password of every user")
        String password = DEFAULT_PASSWORD;

        @Option(names = "--dry-run", description = "say what the preset holds and load nothing")
        boolean dryRun;
    }

    /** The preset's name in any case; an unknown one names the choices. */
    static final class PresetConverter implements ITypeConverter<DatasetPreset> {
        @Override
        public DatasetPreset convert(String value) {
            try {
                return DatasetPreset.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a preset; use small, medium or large");
            }
        }
    }

    private final Sql sql;
    private final PasswordHasher hasher;
    private final Clock clock;

    SeedDatasetCommand(Sql sql, PasswordHasher hasher, Clock clock) {
        this.sql = sql;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "seed-dataset";
    }

    @Override
    public String summary() {
        return "bulk-load a synthetic dataset into an empty database (for load tests)";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(Options options, PrintWriter out) {
        DatasetPreset preset = options.preset;
        if (options.dryRun) {
            out.printf("Preset %s: %d categories, %d contents, %d chapters, %d users and %d progress entries;"
                    + " nothing loaded (--dry-run).%n", preset.name().toLowerCase(Locale.ROOT),
                    preset.categories, preset.contents, (long) preset.contents * preset.chaptersPerContent,
                    preset.users, (long) preset.users * preset.entriesPerUser);
            return 0;
        }
        Long existing = sql.read("SELECT (SELECT count(*) FROM contents) + (SELECT count(*) FROM users)")
                .query(Long.class).single();
        if (existing != null && existing > 0) {
            out.println("The database already holds contents or users; seed-dataset only fills an empty one.");
            return 1;
        }
        long start = System.nanoTime();
        DatasetLoader.Totals totals = new DatasetLoader(sql, clock.instant())
                .load(preset, hasher.hash(options.password));
        out.printf("Loaded %d categories, %d contents, %d chapters, %d users and %d progress entries in %.1f s.%n",
                totals.categories(), totals.contents(), totals.chapters(), totals.users(), totals.entries(),
                (System.nanoTime() - start) / 1e9);
        out.printf("Users reader1 … reader%d; contents whose title contains \"%s\": %d.%n", totals.users(),
                DatasetLoader.SEARCH_MARKER, DatasetLoader.MARKED_CONTENTS);
        return 0;
    }
}
