package org.readtrack.catalog;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.readtrack.cli.Command;
import org.readtrack.database.Timestamps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code load-demo-data}: gives a new installation something to show: four categories and a few dozen
 * well-known series with their chapters. It only fills an empty catalog, so it never mixes with real data.
 */
@Component
class DemoCatalog implements Command<Command.NoOptions> {

    private record Series(String title, String author, String language, ContentStatus status, String rating,
            int chapters, String description) {
    }

    private record Shelf(String category, String description, List<Series> series) {
    }

    private static final List<Shelf> SHELVES = List.of(
            new Shelf("Manga", "Japanese comics, read right to left.", List.of(
                    new Series("One Piece", "Eiichiro Oda", "fr", ContentStatus.ONGOING, "9.4", 60, "Luffy sets out to find the One Piece."),
                    new Series("Naruto", "Masashi Kishimoto", "fr", ContentStatus.COMPLETED, "8.7", 40, "A young ninja wants to become Hokage."),
                    new Series("Dragon Ball", "Akira Toriyama", "fr", ContentStatus.COMPLETED, "8.9", 42, "Goku and the seven dragon balls."),
                    new Series("Fullmetal Alchemist", "Hiromu Arakawa", "fr", ContentStatus.COMPLETED, "9.6", 30, "Two brothers pay the price of alchemy."),
                    new Series("Berserk", "Kentaro Miura", "fr", ContentStatus.HIATUS, "9.5", 35, "Guts, the Black Swordsman."),
                    new Series("Jujutsu Kaisen", "Gege Akutami", "fr", ContentStatus.COMPLETED, "8.5", 28, "Curses, sorcerers and a cursed finger."),
                    new Series("Chainsaw Man", "Tatsuki Fujimoto", "fr", ContentStatus.ONGOING, "8.8", 25, "Denji merges with his chainsaw devil."),
                    new Series("Spy x Family", "Tatsuya Endo", "en", ContentStatus.ONGOING, "8.6", 20, "A spy, an assassin and a telepath play family."),
                    new Series("Vinland Saga", "Makoto Yukimura", "en", ContentStatus.COMPLETED, "9.2", 30, "A Viking saga of revenge and peace."),
                    new Series("Frieren", "Kanehito Yamada", "fr", ContentStatus.ONGOING, "9.1", 24, "An elf mage after the hero's journey ended."),
                    new Series("Monster", "Naoki Urasawa", "fr", ContentStatus.COMPLETED, "9.3", 18, "A surgeon chases the boy he saved."),
                    new Series("Haikyu!!", "Haruichi Furudate", "fr", ContentStatus.COMPLETED, "8.8", 26, "A short boy who wants to fly on the volleyball court."))),
            new Shelf("Webtoon", "Vertical-scroll comics from Korea and beyond.", List.of(
                    new Series("Solo Leveling", "Chugong", "en", ContentStatus.COMPLETED, "8.9", 30, "The weakest hunter levels up alone."),
                    new Series("Tower of God", "SIU", "en", ContentStatus.ONGOING, "8.4", 40, "Bam climbs the tower to find Rachel."),
                    new Series("Lore Olympus", "Rachel Smythe", "en", ContentStatus.COMPLETED, "8.1", 25, "Greek myths retold in pastel colours."),
                    new Series("The Remarried Empress", "Alphatart", "en", ContentStatus.ONGOING, "8.3", 22, "An empress asks for a divorce."),
                    new Series("Omniscient Reader", "Sing Shong", "en", ContentStatus.ONGOING, "9.0", 28, "The only reader of a novel that became real."),
                    new Series("True Beauty", "Yaongyi", "ko", ContentStatus.COMPLETED, "7.8", 20, "Makeup, school and secrets."),
                    new Series("Noblesse", "Son Jeho", "ko", ContentStatus.COMPLETED, "8.0", 24, "A noble wakes after 820 years of sleep."),
                    new Series("Unordinary", "uru-chan", "en", ContentStatus.HIATUS, "7.9", 18, "A world where everyone has powers but John."))),
            new Shelf("Sport", "Seasons and competitions followed round by round.", List.of(
                    new Series("Ligue 1 2025-2026", "LFP", "fr", ContentStatus.COMPLETED, null, 34, "The French football championship, matchday by matchday."),
                    new Series("Tour de France 2026", "ASO", "fr", ContentStatus.COMPLETED, null, 21, "Twenty-one stages around France."),
                    new Series("Six Nations 2026", "Six Nations Rugby", "en", ContentStatus.COMPLETED, null, 5, "Five rounds of European rugby."),
                    new Series("NBA Finals 2026", "NBA", "en", ContentStatus.COMPLETED, null, 7, "Best of seven for the title."),
                    new Series("Roland-Garros 2026", "FFT", "fr", ContentStatus.COMPLETED, null, 7, "Seven rounds on clay."),
                    new Series("Formula 1 2026", "FIA", "en", ContentStatus.ONGOING, null, 18, "A season of Grands Prix."))),
            new Shelf("Novel", "Serialized novels, classic and web.", List.of(
                    new Series("Les Misérables", "Victor Hugo", "fr", ContentStatus.COMPLETED, "9.0", 48, "Jean Valjean's long road to redemption."),
                    new Series("Le Comte de Monte-Cristo", "Alexandre Dumas", "fr", ContentStatus.COMPLETED, "9.4", 40, "Edmond Dantès returns for justice."),
                    new Series("Les Trois Mousquetaires", "Alexandre Dumas", "fr", ContentStatus.COMPLETED, "8.6", 30, "All for one, one for all."),
                    new Series("The Pickwick Papers", "Charles Dickens", "en", ContentStatus.COMPLETED, "7.9", 20, "Mr Pickwick's club on the road."),
                    new Series("Lord of the Mysteries", "Cuttlefish That Loves Diving", "en", ContentStatus.COMPLETED, "9.1", 40, "Steam, occult and tarot cards."),
                    new Series("Mushoku Tensei", "Rifujin na Magonote", "en", ContentStatus.COMPLETED, "8.2", 30, "A second life in a world of magic."),
                    new Series("Le Petit Prince", "Antoine de Saint-Exupéry", "fr", ContentStatus.COMPLETED, "9.2", 27, "A pilot meets a prince from asteroid B-612."),
                    new Series("Vingt mille lieues sous les mers", "Jules Verne", "fr", ContentStatus.COMPLETED, "8.4", 47, "Aboard the Nautilus with Captain Nemo."))));

    private final CategoryStore categories;
    private final ContentStore contents;
    private final ChapterStore chapters;
    private final Clock clock;

    DemoCatalog(CategoryStore categories, ContentStore contents, ChapterStore chapters, Clock clock) {
        this.categories = categories;
        this.contents = contents;
        this.chapters = chapters;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "load-demo-data";
    }

    @Override
    public String summary() {
        return "fill an empty catalog with demo categories, contents and chapters";
    }

    @Override
    public NoOptions options() {
        return new NoOptions();
    }

    /** All or nothing, and the emptiness seen is the one written into. */
    @Override
    @Transactional
    public int run(NoOptions options, PrintWriter out) {
        if (categories.count() > 0) {
            out.println("The catalog is not empty; demo data is only loaded into an empty one.");
            return 1;
        }
        Instant now = Timestamps.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int contentCount = 0;
        int chapterCount = 0;
        for (Shelf shelf : SHELVES) {
            long category = categories.insert(new CategoryRequest(shelf.category(), shelf.description()), now)
                    .orElseThrow().id();
            for (Series series : shelf.series()) {
                long content = contents.insert(new ContentRequest(series.title(), series.author(), series.language(),
                        series.status(), series.rating() == null ? null : new BigDecimal(series.rating()),
                        series.description(), category, List.of(), releaseDays(series, today)), null, now)
                        .orElseThrow();
                contentCount++;
                for (int number = 1; number <= series.chapters(); number++) {
                    // weekly releases, the last one this week
                    LocalDate released = today.minusWeeks(series.chapters() - number);
                    chapters.insert(new ChapterRequest(content, Integer.toString(number), "Chapter " + number,
                            released), now).orElseThrow();
                    chapterCount++;
                }
            }
        }
        out.printf("Loaded %d categories, %d contents and %d chapters.%n", SHELVES.size(), contentCount, chapterCount);
        return 0;
    }

    /** The weekday of the weekly releases above, for the series that still come out. */
    private static List<String> releaseDays(Series series, LocalDate today) {
        return series.status() == ContentStatus.ONGOING ? List.of(ReleaseDay.of(today.getDayOfWeek()).value())
                : List.of();
    }
}