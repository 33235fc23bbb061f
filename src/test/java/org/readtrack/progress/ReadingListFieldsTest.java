package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/**
 * Issue 18 (DESIGN.md B1): the reading-list fields of a progress entry — their defaults, what every write path
 * accepts, how they are validated, and the start and finish dates the entry gets by itself.
 */
class ReadingListFieldsTest extends CatalogApiTest {

    private static final String[] ENTRY_FIELDS = {"id", "user", "content", "content_detail", "last_chapter", "notes",
            "status", "score", "started_on", "finished_on", "rereading", "reread_count", "favorite", "reading_url",
            "tags", "private", "unread_count", "next_chapter", "latest_chapter", "progress_date", "created_at", "updated_at"};

    private Session reader;
    private CatalogFixtures catalog;
    private long onePiece;
    private long naruto;
    private long romanceDawn;
    private long orangeTown;

    @BeforeEach
    void accountsAndContents() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        long manga = catalog.category("Manga");
        onePiece = catalog.content(manga, "One Piece");
        naruto = catalog.content(manga, "Naruto");
        romanceDawn = chapter(onePiece, "1", "Romance Dawn", "1997-07-22");
        orangeTown = chapter(onePiece, "2", "Orange Town", null);
        // a clock standing still: "today" cannot change under a test; tests advance it when they need "later"
        clock.set(clock.instant());
    }

    // ---- the fields and their defaults

    @Test
    void aNewEntryHasEveryReadingListFieldWithItsDefault() {
        Reply created = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201);

        assertThat(created.json()).containsOnlyKeys(ENTRY_FIELDS)
                .containsEntry("status", "reading")
                .containsEntry("score", null)
                .containsEntry("started_on", today())
                .containsEntry("finished_on", null)
                .containsEntry("rereading", false)
                .containsEntry("reread_count", 0)
                .containsEntry("favorite", false)
                .containsEntry("reading_url", "")
                .containsEntry("tags", List.of())
                .containsEntry("unread_count", 2);
        assertThat(created.object("next_chapter")).isEqualTo(body("id", (int) romanceDawn, "chapter_number", "1",
                "title", "Romance Dawn", "release_date", "1997-07-22"));
        assertThat(created.object("latest_chapter")).isEqualTo(body("id", (int) orangeTown, "chapter_number", "2",
                "title", "Orange Town", "release_date", null));
    }

    @Test
    void everyWayOfReadingOrWritingAnEntryAnswersTheSameFields() {
        Reply created = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201);
        long id = created.id();

        List<Reply> replies = List.of(created,
                get(reader, "/api/progress/{id}/", id).expect(200),
                patch(reader, "/api/progress/{id}/", Map.of("favorite", true), id).expect(200),
                put(reader, "/api/progress/{id}/", Map.of("content", onePiece, "favorite", true), id).expect(200),
                get(reader, "/api/contents/{id}/progress/", onePiece).expect(200),
                put(reader, "/api/contents/{id}/progress/", Map.of("score", 7), onePiece).expect(200),
                put(reader, "/api/contents/{id}/progress/", Map.of("score", 7), naruto).expect(201));
        assertThat(replies).allSatisfy(reply -> assertThat(reply.json()).as("%s", reply).containsOnlyKeys(ENTRY_FIELDS));
        assertThat(get(reader, "/api/progress/").expect(200).results())
                .hasSize(2).allSatisfy(entry -> assertThat(entry).containsOnlyKeys(ENTRY_FIELDS));
    }

    /** A change is answered with the entry as written, not read again: it must be exactly what a read finds. */
    @Test
    void everyChangeAnswersTheEntryAsAReadFindsItAfterwards() {
        long id = answersAsRead(post(reader, "/api/progress/", everyField("content", onePiece)).expect(201));
        clock.advance(Duration.ofMinutes(1));
        answersAsRead(patch(reader, "/api/progress/{id}/", Map.of("score", 8, "last_chapter", "1",
                "tags", List.of("B", "a")), id).expect(200));
        answersAsRead(put(reader, "/api/progress/{id}/", Map.of("content", onePiece, "score", 9.50,
                "status", "completed"), id).expect(200));
        answersAsRead(post(reader, "/api/progress/{id}/undo/", Map.of(), id).expect(200));
        answersAsRead(post(reader, "/api/progress/{id}/advance/", Map.of(), id).expect(200));
        answersAsRead(put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1.5"), onePiece).expect(200));
        answersAsRead(put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "7"), naruto).expect(201));
    }

    private long answersAsRead(Reply change) {
        assertThat(change.json()).as("%s", change)
                .isEqualTo(get(reader, "/api/progress/{id}/", change.id()).expect(200).json());
        return change.id();
    }

    @Test
    void everyNewFieldIsStoredAsGivenOnCreation() {
        Reply created = post(reader, "/api/progress/", everyField("content", onePiece)).expect(201);

        assertHasEveryField(created.json());
        assertHasEveryField(get(reader, "/api/progress/{id}/", created.id()).expect(200).json());
    }

    @Test
    void patchChangesEachNewFieldAloneAndKeepsTheOthers() {
        long id = post(reader, "/api/progress/", everyField("content", onePiece)).expect(201).id();
        List<Map<String, Object>> patches = List.of(
                Map.of("status", "dropped"),
                Map.of("score", 6.5),
                body("score", null),
                Map.of("started_on", "2023-12-01"),
                Map.of("finished_on", "2024-03-01"),
                body("finished_on", null),
                Map.of("rereading", false),
                Map.of("reread_count", 3),
                Map.of("favorite", false),
                Map.of("reading_url", "http://example.org/elsewhere"),
                Map.of("reading_url", ""),
                Map.of("tags", List.of("Shonen")),
                Map.of("tags", List.of()));

        for (Map<String, Object> change : patches) {
            Map<String, Object> expected = withoutTimestamps(get(reader, "/api/progress/{id}/", id).expect(200).json());
            expected.putAll(change);

            Reply patched = patch(reader, "/api/progress/{id}/", change, id).expect(200);

            assertThat(withoutTimestamps(patched.json())).as("after PATCH %s", change).isEqualTo(expected);
            assertThat(withoutTimestamps(get(reader, "/api/progress/{id}/", id).expect(200).json()))
                    .as("read back after PATCH %s", change).isEqualTo(expected);
        }
    }

    @Test
    void anExplicitNullIsRefusedWhereTheFieldHoldsNoneAndChangesNothing() {
        long id = post(reader, "/api/progress/", everyField("content", onePiece)).expect(201).id();
        Map<String, Object> before = withoutTimestamps(get(reader, "/api/progress/{id}/", id).expect(200).json());

        for (String field : List.of("status", "rereading", "reread_count", "favorite", "tags", "private")) {
            Reply refused = patch(reader, "/api/progress/{id}/", body(field, null), id).expectInvalid(field);
            assertThat(refused.errors().get(field)).as(field).containsExactly("This field may not be null.");
        }

        assertThat(withoutTimestamps(get(reader, "/api/progress/{id}/", id).expect(200).json())).isEqualTo(before);
    }

    @Test
    void putOnAnEntryAcceptsEveryNewField() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        Reply replaced = put(reader, "/api/progress/{id}/", everyField("content", onePiece), id).expect(200);

        assertHasEveryField(replaced.json());
        assertHasEveryField(get(reader, "/api/progress/{id}/", id).expect(200).json());
    }

    @Test
    void putOnAnEntryKeepsTheFieldsItLeavesOut() {
        long id = post(reader, "/api/progress/", everyField("content", onePiece)).expect(201).id();
        Map<String, Object> before = withoutTimestamps(get(reader, "/api/progress/{id}/", id).expect(200).json());

        // what a client of the original API sends: it knows no other field, and must not wipe them
        Reply replaced = put(reader, "/api/progress/{id}/", Map.of("content", onePiece, "last_chapter", "2",
                "notes", "still good"), id).expect(200);

        Map<String, Object> expected = new HashMap<>(before);
        expected.put("last_chapter", "2");
        expected.put("notes", "still good");
        expected.keySet().removeAll(List.of("unread_count", "next_chapter"));
        assertThat(withoutTimestamps(replaced.json())).containsAllEntriesOf(expected);
    }

    @Test
    void putOnAContentCreatesWithEveryNewField() {
        Reply created = put(reader, "/api/contents/{id}/progress/", everyField(), onePiece).expect(201);

        assertHasEveryField(created.json());
        assertHasEveryField(get(reader, "/api/contents/{id}/progress/", onePiece).expect(200).json());
    }

    @Test
    void putOnAContentChangesTheNewFieldsItGivesAndKeepsTheOthers() {
        put(reader, "/api/contents/{id}/progress/", everyField(), onePiece).expect(201);

        Reply rescored = put(reader, "/api/contents/{id}/progress/", Map.of("score", 9.5), onePiece).expect(200);
        assertThat(rescored.get("score")).isEqualTo(9.5);
        assertThat(rescored.json()).containsEntry("status", "on_hold").containsEntry("favorite", true)
                .containsEntry("reread_count", 2).containsEntry("started_on", "2024-01-10");

        Reply retagged = put(reader, "/api/contents/{id}/progress/",
                Map.of("tags", List.of(), "status", "completed", "rereading", false), onePiece).expect(200);
        assertThat(retagged.json()).containsEntry("tags", List.of()).containsEntry("status", "completed")
                .containsEntry("rereading", false).containsEntry("score", 9.5).containsEntry("favorite", true)
                .containsEntry("reading_url", "https://example.org/read/one-piece")
                .containsEntry("finished_on", "2024-02-20");
    }

    // ---- validation: a 400 naming the field, whatever the write path, and nothing changed

    @Test
    void scoreIsFromZeroToTenWithAtMostOneDecimal() {
        long id = trackedEntry();

        for (double invalid : new double[] {10.05, -1, 10.5, 11, 7.25}) {
            assertRefusedOnEveryWritePath("score", Map.of("score", invalid), id);
        }
        // exponents no double holds: written out, or stripped of their trailing zeros, they took the server down a
        // path of endless digits (a 500)
        for (String huge : new String[] {"1E+999999999", "-1E+999999999", "1E+2147483647", "1E-999999999"}) {
            assertRefusedOnEveryWritePath("score", Map.of("score", new BigDecimal(huge)), id);
        }
        for (double valid : new double[] {0, 10, 7.5, 9.9}) {
            Reply patched = patch(reader, "/api/progress/{id}/", Map.of("score", valid), id).expect(200);
            assertThat(((Number) patched.get("score")).doubleValue()).as("%s", patched).isEqualTo(valid);
        }
    }

    /** Text holding a number is read as that number; blank text is not "no score" (it cleared the score). */
    @Test
    void blankTextIsNeitherANumberNorNone() {
        long id = trackedEntry();
        patch(reader, "/api/progress/{id}/", Map.of("score", 8, "reread_count", 2), id).expect(200);

        for (String blank : List.of("", " ", "\u0000")) {
            assertRefusedOnEveryWritePath("score", Map.of("score", blank), id);
            assertRefusedOnEveryWritePath("reread_count", Map.of("reread_count", blank), id);
        }
        assertThat(patch(reader, "/api/progress/{id}/", Map.of("score", "8.5"), id).expect(200).get("score"))
                .isEqualTo(8.5);
    }

    /** A yes/no is true or false: Jackson took any number but 0 as true ({"favorite": 11}). */
    @Test
    void theFlagsAreTrueOrFalseNotNumbers() {
        long id = trackedEntry();

        for (int number : new int[] {0, 1, 11}) {
            for (String flag : List.of("favorite", "rereading", "private")) {
                assertRefusedOnEveryWritePath(flag, Map.of(flag, number), id);
            }
        }
    }

    @Test
    void aYesOrNoIsNoText() {
        long id = trackedEntry();

        for (String text : List.of("last_chapter", "notes", "reading_url")) {
            assertRefusedOnEveryWritePath(text, Map.of(text, true), id);
        }
        assertThat(patch(reader, "/api/progress/{id}/", Map.of("last_chapter", false), id).expectInvalid("last_chapter")
                .json().toString()).contains("Not a valid string.");
    }

    @Test
    void theFinishDateCannotComeBeforeTheStartDate() {
        long id = trackedEntry();

        assertRefusedOnEveryWritePath("finished_on", Map.of("started_on", "2024-05-10", "finished_on", "2024-05-09"),
                id);
        // against the dates already stored: the entry started on 2020-01-01 and finished on 2020-06-01
        patch(reader, "/api/progress/{id}/", Map.of("finished_on", "2019-12-31"), id).expectInvalid("finished_on");
        put(reader, "/api/contents/{id}/progress/", Map.of("finished_on", "2019-12-31"), onePiece)
                .expectInvalid("finished_on");
        patch(reader, "/api/progress/{id}/", Map.of("started_on", "2020-06-02"), id).expectInvalid("finished_on");
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json())
                .containsEntry("started_on", "2020-01-01").containsEntry("finished_on", "2020-06-01");

        patch(reader, "/api/progress/{id}/", Map.of("started_on", "2020-06-01"), id).expect(200);
        patch(reader, "/api/progress/{id}/", Map.of("started_on", "2024-05-10", "finished_on", "2024-05-10"), id)
                .expect(200);
    }

    @Test
    void datesMustBeRealDates() {
        long id = trackedEntry();

        assertRefusedOnEveryWritePath("started_on", Map.of("started_on", "2024-02-30"), id);
        assertRefusedOnEveryWritePath("finished_on", Map.of("finished_on", "yesterday"), id);
    }

    /**
     * Years 1 to 9999, written as text: SQLite stored +999999999-12-31 wrapped around (as +169104628-12-09), and
     * Jackson read a number as days since 1970.
     */
    @Test
    void datesAreTextInYearsOneTo9999() {
        long id = trackedEntry();

        for (String outside : List.of("+999999999-12-31", "+10000-01-01", "0000-01-01", "-0001-01-01")) {
            assertRefusedOnEveryWritePath("finished_on", Map.of("finished_on", outside), id);
        }
        assertRefusedOnEveryWritePath("started_on", Map.of("started_on", 20260101), id);
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json())
                .containsEntry("started_on", "2020-01-01").containsEntry("finished_on", "2020-06-01");

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("started_on", "0001-01-01", "finished_on", "9999-12-31"),
                id).expect(200).json()).containsEntry("started_on", "0001-01-01").containsEntry("finished_on", "9999-12-31");
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json())
                .containsEntry("started_on", "0001-01-01").containsEntry("finished_on", "9999-12-31");
    }

    @Test
    void theReadingUrlIsEmptyOrAnAbsoluteHttpUrlOfAtMost500Characters() {
        long id = trackedEntry();
        String base = "https://example.org/";

        for (String invalid : List.of("javascript:alert(1)", "ftp://x", "not a url", "/relative/path", "https://a_b!/",
                "http://[::1]:99999/", "https://example.org:65536/x", base + "a".repeat(501 - base.length()))) {
            assertRefusedOnEveryWritePath("reading_url", Map.of("reading_url", invalid), id);
        }
        for (String valid : List.of("https://example.org/x", "http://example.org/x", "", "https://例え.jp/x",
                "https://user@bücher.example:8443/", "http://[::1]:8080/", "https://example.org:65535/",
                base + "a".repeat(500 - base.length()))) {
            assertThat(patch(reader, "/api/progress/{id}/", Map.of("reading_url", valid), id).expect(200).json())
                    .containsEntry("reading_url", valid);
        }
    }

    @Test
    void tagsAreAtMostTwentyEachOneToFiftyCharactersAndUniqueIgnoringCase() {
        long id = trackedEntry();

        assertRefusedOnEveryWritePath("tags", Map.of("tags", numberedTags(21)), id);
        assertRefusedOnEveryWritePath("tags", Map.of("tags", List.of("t".repeat(51))), id);
        assertRefusedOnEveryWritePath("tags", Map.of("tags", List.of("Drama", "   ")), id);
        assertRefusedOnEveryWritePath("tags", Map.of("tags", List.of("")), id);
        assertRefusedOnEveryWritePath("tags", Map.of("tags", List.of("Isekai", "isekai")), id);
        assertRefusedOnEveryWritePath("tags", Map.of("tags", List.of("Isekai", " Isekai ")), id);
        assertRefusedOnEveryWritePath("tags", Map.of("tags", List.of("Élite", "éLITE")), id);
        assertRefusedOnEveryWritePath("tags", Map.of("tags", Arrays.asList("Drama", null)), id);
        // nothing visible, and one accented letter written two ways
        assertRefusedOnEveryWritePath("tags", Map.of("tags", List.of("Drama", "\u200B")), id);
        assertRefusedOnEveryWritePath("tags", Map.of("tags", List.of("e\u0301lite", "\u00E9lite")), id);

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("tags", numberedTags(20)), id).expect(200)
                .get("tags")).asInstanceOf(LIST).hasSize(20);
        assertThat(patch(reader, "/api/progress/{id}/", Map.of("tags", List.of("t".repeat(50))), id).expect(200)
                .get("tags")).isEqualTo(List.of("t".repeat(50)));
    }

    @Test
    void aLongListOfTagsIsRefusedInOneMessage() {
        long id = trackedEntry();

        Reply refused = patch(reader, "/api/progress/{id}/", Map.of("tags", Collections.nCopies(5_000, "t")), id);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()).extractingByKey("errors").asInstanceOf(MAP).extractingByKey("tags")
                .isEqualTo(List.of("Ensure this field has no more than 20 elements."));
        // a repeated problem is said once
        assertThat(patch(reader, "/api/progress/{id}/", Map.of("tags", List.of("a", "a", "a", "b", "b")), id)
                .expectInvalid("tags").json()).extractingByKey("errors").asInstanceOf(MAP).extractingByKey("tags")
                .isEqualTo(List.of("The tag \"a\" is given twice.", "The tag \"b\" is given twice."));
    }

    @Test
    void tagsAreTrimmed() {
        long id = trackedEntry();

        Reply patched = patch(reader, "/api/progress/{id}/", Map.of("tags", List.of("  Slice of life  ", "\tDrama")), id)
                .expect(200);

        assertThat(patched.get("tags")).asInstanceOf(LIST).containsExactlyInAnyOrder("Slice of life", "Drama");
        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).get("tags")).asInstanceOf(LIST)
                .containsExactlyInAnyOrder("Slice of life", "Drama");
    }

    @Test
    void theStatusIsOneOfTheFiveReadingStatuses() {
        long id = trackedEntry();

        assertRefusedOnEveryWritePath("status", Map.of("status", "finished"), id);
        assertRefusedOnEveryWritePath("status", Map.of("status", ""), id);

        for (String status : List.of("plan_to_read", "on_hold", "dropped", "completed", "reading")) {
            assertThat(patch(reader, "/api/progress/{id}/", Map.of("status", status), id).expect(200).json())
                    .containsEntry("status", status);
        }
    }

    @Test
    void theRereadCountCannotBeNegative() {
        long id = trackedEntry();

        assertRefusedOnEveryWritePath("reread_count", Map.of("reread_count", -1), id);

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("reread_count", 0), id).expect(200).json())
                .containsEntry("reread_count", 0);
    }

    // ---- dates the entry gets by itself, from the application's clock

    @Test
    void creatingAnEntryThatIsBeingReadStartsItToday() {
        assertThat(post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).json())
                .containsEntry("status", "reading").containsEntry("started_on", today());
        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of(), naruto).expect(201).json())
                .containsEntry("status", "reading").containsEntry("started_on", today());
    }

    @Test
    void anEntryPlannedWithoutAChapterHasNoStartDate() {
        assertThat(post(reader, "/api/progress/", Map.of("content", onePiece, "status", "plan_to_read")).expect(201)
                .json()).containsEntry("started_on", null).containsEntry("finished_on", null);
    }

    @Test
    void anEntryCreatedWithAChapterStartsToday() {
        assertThat(post(reader, "/api/progress/", Map.of("content", onePiece, "status", "plan_to_read",
                "last_chapter", "3")).expect(201).json()).containsEntry("started_on", today());
    }

    @Test
    void theFirstChapterStartsTheEntryOnTheDayItIsRead() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "status", "plan_to_read")).expect(201).id();
        clock.advance(Duration.ofDays(3));
        String firstChapterDay = today();

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "1"), id).expect(200).json())
                .containsEntry("started_on", firstChapterDay);

        clock.advance(Duration.ofDays(2));
        assertThat(patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "2"), id).expect(200).json())
                .containsEntry("started_on", firstChapterDay);
    }

    @Test
    void becomingReadingStartsTheEntryOnThatDay() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "status", "plan_to_read")).expect(201).id();
        clock.advance(Duration.ofDays(2));

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("status", "reading"), id).expect(200).json())
                .containsEntry("started_on", today());
    }

    @Test
    void aContentUpsertThatGivesTheFirstChapterStartsTheEntry() {
        put(reader, "/api/contents/{id}/progress/", Map.of("status", "plan_to_read"), onePiece).expect(201);
        clock.advance(Duration.ofDays(1));

        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), onePiece).expect(200)
                .json()).containsEntry("started_on", today());
    }

    @Test
    void anExistingStartDateIsNeverMovedByItself() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "started_on", "2020-01-01")).expect(201)
                .id();
        clock.advance(Duration.ofDays(1));

        patch(reader, "/api/progress/{id}/", Map.of("status", "on_hold"), id).expect(200);
        patch(reader, "/api/progress/{id}/", Map.of("status", "reading", "last_chapter", "1"), id).expect(200);

        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json()).containsEntry("started_on", "2020-01-01");
    }

    @Test
    void aStartDateGivenInTheSameRequestWins() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "status", "plan_to_read")).expect(201).id();

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("last_chapter", "1", "started_on", "2021-05-01"), id)
                .expect(200).json()).containsEntry("started_on", "2021-05-01");
        assertThat(post(reader, "/api/progress/", Map.of("content", naruto, "started_on", "2021-06-01")).expect(201)
                .json()).containsEntry("started_on", "2021-06-01");
    }

    @Test
    void aDateClearedInTheSameRequestStaysCleared() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "status", "completed",
                "started_on", "2025-01-01", "finished_on", "2025-03-01")).expect(201).id();
        Map<String, Object> back = new HashMap<>();
        back.put("status", "reading");
        back.put("started_on", null);
        back.put("finished_on", null);

        assertThat(patch(reader, "/api/progress/{id}/", back, id).expect(200).json())
                .containsEntry("started_on", null).containsEntry("finished_on", null);

        back.put("status", "completed");
        back.remove("started_on");
        assertThat(put(reader, "/api/contents/{id}/progress/", back, onePiece).expect(200).json())
                .containsEntry("status", "completed").containsEntry("finished_on", null);
    }

    @Test
    void completingAnEntryFinishesItThatDayOnce() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        clock.advance(Duration.ofDays(4));
        String completionDay = today();

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("status", "completed"), id).expect(200).json())
                .containsEntry("finished_on", completionDay);

        clock.advance(Duration.ofDays(3));
        patch(reader, "/api/progress/{id}/", Map.of("status", "reading", "rereading", true), id).expect(200);
        assertThat(patch(reader, "/api/progress/{id}/", Map.of("status", "completed"), id).expect(200).json())
                .containsEntry("finished_on", completionDay);
    }

    @Test
    void completingThroughEveryWritePathSetsTheFinishDate() {
        long viaPut = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();
        clock.advance(Duration.ofDays(1));

        assertThat(put(reader, "/api/progress/{id}/", Map.of("content", onePiece, "status", "completed"), viaPut)
                .expect(200).json()).containsEntry("finished_on", today());
        assertThat(put(reader, "/api/contents/{id}/progress/", Map.of("status", "completed"), naruto).expect(201)
                .json()).containsEntry("finished_on", today());
    }

    @Test
    void aFinishDateGivenInTheSameRequestWins() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece, "started_on", "2020-01-01")).expect(201)
                .id();

        assertThat(patch(reader, "/api/progress/{id}/", Map.of("status", "completed", "finished_on", "2024-02-02"), id)
                .expect(200).json()).containsEntry("finished_on", "2024-02-02");
    }

    @Test
    void otherStatusesDoNotSetTheFinishDate() {
        long id = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201).id();

        for (String status : List.of("on_hold", "dropped", "plan_to_read")) {
            assertThat(patch(reader, "/api/progress/{id}/", Map.of("status", status), id).expect(200).json())
                    .containsEntry("finished_on", null);
        }
    }

    // ---- writes that change nothing

    /** As the original API did (DRF saves, auto_now moves): only the history leaves such a write out. */
    @Test
    void aWriteThatChangesNothingStillMarksTheEntryUpdated() {
        Reply created = post(reader, "/api/progress/", everyField("content", onePiece)).expect(201);
        long id = created.id();
        clock.advance(Duration.ofMinutes(5));

        Reply samePatch = patch(reader, "/api/progress/{id}/", Map.of("status", "on_hold", "score", 8.5,
                "tags", List.of("Pirates", "Adventure"), "favorite", true, "last_chapter", "1"), id).expect(200);
        clock.advance(Duration.ofMinutes(5));
        Reply samePut = put(reader, "/api/contents/{id}/progress/", everyField(), onePiece).expect(200);
        clock.advance(Duration.ofMinutes(5));
        Reply sameWholePut = put(reader, "/api/progress/{id}/", everyField("content", onePiece), id).expect(200);

        assertThat(samePatch.instant("updated_at")).isAfter(created.instant("updated_at"));
        assertThat(samePut.instant("updated_at")).isAfter(samePatch.instant("updated_at"));
        assertThat(sameWholePut.instant("updated_at")).isAfter(samePut.instant("updated_at"));
        assertThat(sameWholePut.json()).containsEntry("status", "on_hold").containsEntry("favorite", true);
        assertThat(get(reader, "/api/progress/{id}/history/", id).expect(200).number("count")).isEqualTo(1);
    }

    @Test
    void aWriteThatChangesANewFieldMarksTheEntryUpdated() {
        Reply created = post(reader, "/api/progress/", Map.of("content", onePiece)).expect(201);
        clock.advance(Duration.ofMinutes(5));

        Reply patched = patch(reader, "/api/progress/{id}/", Map.of("favorite", true), created.id()).expect(200);

        assertThat(patched.json()).containsEntry("favorite", true);
        assertThat(patched.instant("updated_at")).isAfter(created.instant("updated_at"));
    }

    // ---- helpers

    private String today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }

    private long chapter(long content, String number, String title, String releaseDate) {
        return post(catalog.admin(), "/api/chapters/", body("content", content, "chapter_number", number,
                "title", title, "release_date", releaseDate)).expect(201).id();
    }

    /** Every new field with a value other than its default, plus {@code extra} keys and values. */
    private static Map<String, Object> everyField(Object... extra) {
        Map<String, Object> fields = new LinkedHashMap<>(body(extra));
        fields.put("last_chapter", "1");
        fields.put("status", "on_hold");
        fields.put("score", 8.5);
        fields.put("started_on", "2024-01-10");
        fields.put("finished_on", "2024-02-20");
        fields.put("rereading", true);
        fields.put("reread_count", 2);
        fields.put("favorite", true);
        fields.put("reading_url", "https://example.org/read/one-piece");
        fields.put("tags", List.of("Pirates", "Adventure"));
        return fields;
    }

    private static void assertHasEveryField(Map<String, Object> entry) {
        assertThat(entry)
                .containsEntry("last_chapter", "1")
                .containsEntry("status", "on_hold")
                .containsEntry("score", 8.5)
                .containsEntry("started_on", "2024-01-10")
                .containsEntry("finished_on", "2024-02-20")
                .containsEntry("rereading", true)
                .containsEntry("reread_count", 2)
                .containsEntry("favorite", true)
                .containsEntry("reading_url", "https://example.org/read/one-piece");
        assertThat(entry.get("tags")).asInstanceOf(LIST).containsExactlyInAnyOrder("Pirates", "Adventure");
    }

    private static Map<String, Object> withoutTimestamps(Map<String, Object> entry) {
        Map<String, Object> rest = new HashMap<>(entry);
        rest.remove("updated_at");
        rest.remove("progress_date");
        return rest;
    }

    private static List<String> numberedTags(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "tag " + i).toList();
    }

    /** The entry the validation tests try to break: started on 2020-01-01, finished on 2020-06-01. */
    private long trackedEntry() {
        return post(reader, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1", "status", "completed",
                "score", 8, "started_on", "2020-01-01", "finished_on", "2020-06-01", "tags", List.of("Pirates")))
                .expect(201).id();
    }

    /**
     * {@code invalid} is refused with a 400 naming {@code field} by POST, PATCH, PUT on the entry and PUT on a
     * content (updating and creating), and leaves the entry {@code id} and the list as they were.
     */
    private void assertRefusedOnEveryWritePath(String field, Map<String, Object> invalid, long id) {
        Map<String, Object> before = get(reader, "/api/progress/{id}/", id).expect(200).json();

        post(reader, "/api/progress/", with(invalid, "content", naruto)).expectInvalid(field);
        patch(reader, "/api/progress/{id}/", invalid, id).expectInvalid(field);
        put(reader, "/api/progress/{id}/", with(invalid, "content", onePiece), id).expectInvalid(field);
        put(reader, "/api/contents/{id}/progress/", invalid, onePiece).expectInvalid(field);
        put(reader, "/api/contents/{id}/progress/", invalid, naruto).expectInvalid(field);

        assertThat(get(reader, "/api/progress/{id}/", id).expect(200).json()).as("entry after %s", invalid)
                .isEqualTo(before);
        assertThat(get(reader, "/api/progress/").expect(200).number("count")).as("entries after %s", invalid)
                .isEqualTo(1);
    }

    private static Map<String, Object> with(Map<String, Object> fields, String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        more.put(key, value);
        return more;
    }
}
