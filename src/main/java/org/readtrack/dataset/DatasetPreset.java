package org.readtrack.dataset;

import java.util.Locale;

/** Sizes of the synthetic datasets the benchmark runs against. */
enum DatasetPreset {
    /** 10 categories, 5,000 contents with 20 chapters each, 200 users with 50 entries each. */
    MEDIUM(10, 5_000, 20, 200, 50),
    /** 100,000 contents, 2,000,000 chapters, 10,000 users, 500,000 progress entries. */
    LARGE(10, 100_000, 20, 10_000, 50),
    /** A few of everything, for trying the command out. */
    SMALL(3, 60, 5, 5, 10);

    final int categories;
    final int contents;
    final int chaptersPerContent;
    final int users;
    final int entriesPerUser;

    DatasetPreset(int categories, int contents, int chaptersPerContent, int users, int entriesPerUser) {
        this.categories = categories;
        this.contents = contents;
        this.chaptersPerContent = chaptersPerContent;
        this.users = users;
        this.entriesPerUser = entriesPerUser;
    }

    static DatasetPreset named(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
