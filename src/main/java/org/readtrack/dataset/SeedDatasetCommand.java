package org.readtrack.dataset;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import org.readtrack.accounts.PasswordHasher;
import org.readtrack.cli.Command;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code seed-dataset --preset small|medium|large [--password P]}: bulk-loads a synthetic dataset into an
 * empty database. Every user ({@code reader1}, {@code reader2}, …) gets the same password, hashed once.
 */
@Component
class SeedDatasetCommand implements Command {

    static final String DEFAULT_PASSWORD = "Benchmark-Passphrase-1";

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final PasswordHasher hasher;
    private final Clock clock;

    SeedDatasetCommand(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PasswordHasher hasher,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "seed-dataset";
    }

    @Override
    public String summary() {
        return "--preset small|medium|large [--password P]: bulk-load a synthetic dataset (for load tests)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        DatasetPreset preset;
        try {
            preset = DatasetPreset.named(option(arguments, "--preset", "medium"));
        } catch (IllegalArgumentException e) {
            out.println("Unknown preset; use small, medium or large.");
            return 2;
        }
        Long existing = jdbc.queryForObject("SELECT (SELECT count(*) FROM contents) + (SELECT count(*) FROM users)",
                Long.class);
        if (existing != null && existing > 0) {
            out.println("The database already holds contents or users; seed-dataset only fills an empty one.");
            return 1;
        }
        long start = System.nanoTime();
        DatasetLoader.Totals totals = new DatasetLoader(jdbc, transactionManager, clock.instant())
                .load(preset, hasher.hash(option(arguments, "--password", DEFAULT_PASSWORD)));
        out.printf("Loaded %d categories, %d contents, %d chapters, %d users and %d progress entries in %.1f s.%n",
                totals.categories(), totals.contents(), totals.chapters(), totals.users(), totals.entries(),
                (System.nanoTime() - start) / 1e9);
        out.printf("Users reader1 … reader%d; contents whose title contains \"%s\": %d.%n", totals.users(),
                DatasetLoader.SEARCH_MARKER, DatasetLoader.MARKED_CONTENTS);
        return 0;
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? arguments.get(index + 1) : fallback;
    }
}
