package org.readtrack.dataset;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.readtrack.accounts.UsernameLookAlikes;
import org.readtrack.catalog.ChapterNumber;
import org.readtrack.catalog.SearchText;
import org.readtrack.catalog.TitleKey;
import org.readtrack.database.Sql;

/**
 * Writes a preset straight into the tables with JDBC batches, a few thousand rows per transaction: the
 * API would take hours for millions of chapters. Values are deterministic, so runs are comparable.
 */
final class DatasetLoader {

    /** A search for this finds the same few dozen contents whatever the preset: see {@link #title}. */
    static final String SEARCH_MARKER = "Stellar Odyssey";
    static final int MARKED_CONTENTS = 36;
    private static final int BATCH = 5_000;
    private static final String[] ADJECTIVES = {"Crimson", "Silent", "Hidden", "Eternal", "Broken", "Golden",
            "Wandering", "Frozen", "Burning", "Last", "Midnight", "Iron", "Velvet", "Hollow", "Savage", "Gentle",
            "Shattered", "Lonely", "Radiant", "Forgotten"};
    private static final String[] NOUNS = {"Blade", "Garden", "Kingdom", "Tide", "Archive", "Empire", "Harbor",
            "Oath", "Chronicle", "Voyage", "Requiem", "Lantern", "Citadel", "Echo", "Horizon", "Serpent", "Ballad",
            "Throne", "Labyrinth", "Comet"};
    private static final String[] LANGUAGES = {"fr", "fr", "en", "en", "ja", "ko"};
    private static final String[] STATUSES = {"ongoing", "ongoing", "completed", "hiatus"};
    private static final String[] TAGS = {"[]", "[\"isekai\"]", "[\"romance\", \"to buy\"]"};
    /** Chapters each entry's history records as read, a week apart. */
    private static final int HISTORY_ADVANCES = 5;

    private final Sql sql;
    private final Instant now;

    DatasetLoader(Sql sql, Instant now) {
        this.sql = sql;
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
    }

    record Totals(int categories, int contents, long chapters, int users, long entries) {
    }

    Totals load(DatasetPreset preset, String passwordHash) {
        insert("INSERT INTO categories (name, name_key, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                preset.categories, i -> new Object[] {"Category " + (i + 1), "category " + (i + 1),
                        "Synthetic category " + (i + 1), at(i), at(i)});
        List<Long> categories = ids("categories");

        insert("INSERT INTO contents (title, title_key, search_text, author, language, status, rating, description,"
                + " category_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                preset.contents, i -> new Object[] {title(i, preset.contents), TitleKey.of(title(i, preset.contents)),
                        SearchText.of(title(i, preset.contents), "Author " + (i % 997), List.of()),
                        "Author " + (i % 997),
                        LANGUAGES[i % LANGUAGES.length], STATUSES[i % STATUSES.length],
                        i % 5 == 0 ? null : (i % 91) / 10.0 + 1, "Synthetic content " + i,
                        categories.get(i % categories.size()), at(i), at(i)});
        List<Long> contents = ids("contents");
        // the keys an imported list is matched by (no other titles here: the title's key alone)
        insert("INSERT INTO content_title_keys (content_id, title_key) VALUES (?, ?)", contents.size(),
                i -> new Object[] {contents.get(i), TitleKey.of(title(i, preset.contents))});

        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long chapters = (long) contents.size() * preset.chaptersPerContent;
        insert("INSERT INTO chapters (content_id, chapter_number, sort_key, title, release_date, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Math.toIntExact(chapters), i -> {
                    int number = i % preset.chaptersPerContent + 1;
                    return new Object[] {contents.get(i / preset.chaptersPerContent), Integer.toString(number),
                            ChapterNumber.sortKey(Integer.toString(number)), "Chapter " + number,
                            Date.valueOf(today.minusWeeks(preset.chaptersPerContent - number)), at(i), at(i)};
                });

        insert("INSERT INTO users (username, username_key, username_skeleton, email, email_key, password_hash,"
                + " first_name, last_name, role, active, date_joined) VALUES (?, ?, ?, ?, ?, ?, '', '', 'user', ?, ?)",
                preset.users, i -> new Object[] {username(i), username(i), UsernameLookAlikes.skeleton(username(i)),
                        username(i) + "@example.org", username(i) + "@example.org", passwordHash, true, at(i)});
        List<Long> users = ids("users");

        long entries = (long) users.size() * preset.entriesPerUser;
        String[] statuses = {"reading", "reading", "reading", "completed", "on_hold", "dropped", "plan_to_read"};
        insert("INSERT INTO progress (user_id, content_id, last_chapter, last_chapter_key, notes, status, score,"
                + " started_on, favorite, tags, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)",
                Math.toIntExact(entries), i -> {
                    int user = i / preset.entriesPerUser;
                    // distinct within a user, spread across users
                    int content = contentOfEntry(preset, i, contents.size());
                    String chapter = Integer.toString(i % preset.chaptersPerContent + 1);
                    // most entries reading, some scored (0.0 to 10.0), a few favourites, three tags in turn
                    return new Object[] {users.get(user), contents.get(content), chapter,
                            ChapterNumber.sortKey(chapter), statuses[i % statuses.length],
                            i % 3 == 0 ? null : BigDecimal.valueOf(i % 101, 1),
                            Date.valueOf(today.minusDays(i % 365)), i % 10 == 0, TAGS[i % TAGS.length], at(i), at(i)};
                });
        // each entry's creation, then chapters read one by one over the past weeks: what statistics count
        List<Long> entryIds = ids("progress");
        int changesPerEntry = 1 + HISTORY_ADVANCES;
        insert("INSERT INTO progress_history (progress_id, user_id, at, action, changes, chapters_read, undone)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Math.toIntExact(entries * changesPerEntry), i -> {
                    int entry = i / changesPerEntry;
                    int step = i % changesPerEntry;
                    long user = users.get(entry / preset.entriesPerUser);
                    Timestamp at = Timestamp.from(now.minus(Duration.ofHours(
                            (long) (HISTORY_ADVANCES - step) * 24 * 7 + entry % 24)));
                    return step == 0
                            ? new Object[] {entryIds.get(entry), user, at, "create", "{\"content\": [null, "
                                    + contents.get(contentOfEntry(preset, entry, contents.size())) + "]}", 0, false}
                            : new Object[] {entryIds.get(entry), user, at, "advance",
                                    "{\"last_chapter\": [\"" + step + "\", \"" + (step + 1) + "\"]}", 1, false};
                });
        return new Totals(categories.size(), contents.size(), chapters, users.size(), entries);
    }

    /** The content of the {@code entry}-th entry: consecutive contents from a per-user offset. */
    private static int contentOfEntry(DatasetPreset preset, int entry, int contentCount) {
        int user = entry / preset.entriesPerUser;
        return (int) (((long) user * 7919 + entry % preset.entriesPerUser) % contentCount);
    }

    static String username(int index) {
        return "reader" + (index + 1);
    }

    /** Varied titles; exactly {@link #MARKED_CONTENTS} of them, spread out, carry the search marker. */
    private static String title(int index, int total) {
        int spacing = Math.max(1, total / MARKED_CONTENTS);
        String words = ADJECTIVES[index % ADJECTIVES.length] + " " + NOUNS[(index / ADJECTIVES.length) % NOUNS.length];
        boolean marked = index % spacing == 0 && index / spacing < MARKED_CONTENTS;
        return (marked ? SEARCH_MARKER + ": " : "") + words + " " + (index + 1);
    }

    /** Creation times spread over the past year, a second apart. */
    private Timestamp at(int index) {
        return Timestamp.from(now.minus(Duration.ofDays(365)).plusSeconds(index % 31_000_000));
    }

    private void insert(String sql, int rows, IntFunction<Object[]> row) {
        for (int start = 0; start < rows; start += BATCH) {
            int end = Math.min(rows, start + BATCH);
            List<Object[]> batch = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                batch.add(row.apply(i));
            }
            this.sql.batch(sql, batch);
        }
    }

    private List<Long> ids(String table) {
        return sql.read("SELECT id FROM " + table + " ORDER BY id").query(Long.class).list();
    }
}
