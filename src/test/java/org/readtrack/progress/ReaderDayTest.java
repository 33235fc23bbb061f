package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/**
 * The dates an entry gets by itself are the reader's day, as the {@code Time-Zone} header names their zone: a
 * reader in Tokyo who starts a series at 8 in the morning started it that day, not the day before, as UTC has it.
 */
class ReaderDayTest extends CatalogApiTest {

    /** 23:30 UTC on 1 March: already 2 March in Tokyo, still 1 March in UTC and in New York. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-01T23:30:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Session reader;
    private CatalogFixtures catalog;
    private long manga;

    @BeforeEach
    void readerAndClock() {
        reader = user("reader");
        catalog = fixtures(admin("curator"));
        manga = catalog.category("Manga");
        clock.set(LATE_EVENING_UTC);
    }

    @Test
    void aNewEntryStartsOnTheReadersDay() {
        long tokyo = catalog.content(manga, "Tokyo");
        long utc = catalog.content(manga, "Nowhere");
        long newYork = catalog.content(manga, "New York");

        assertThat(json(HttpMethod.POST, "/api/progress/", Map.of("content", tokyo), "Asia/Tokyo").expect(201)
                .string("started_on")).isEqualTo("2026-03-02");
        assertThat(post(reader, "/api/progress/", Map.of("content", utc)).expect(201).string("started_on"))
                .isEqualTo("2026-03-01");
        assertThat(json(HttpMethod.POST, "/api/progress/", Map.of("content", newYork), "America/New_York")
                .expect(201).string("started_on")).isEqualTo("2026-03-01");
    }

    @Test
    void everyWayOfChangingAnEntryDatesItByTheReadersDay() {
        long content = catalog.content(manga, "One Piece");
        catalog.chapter(content, "1");
        long entry = post(reader, "/api/progress/", Map.of("content", content, "status", "plan_to_read"))
                .expect(201).id();

        assertThat(json(HttpMethod.POST, "/api/progress/" + entry + "/advance/", null, "Asia/Tokyo").expect(200)
                .string("started_on")).isEqualTo("2026-03-02");
        assertThat(json(HttpMethod.PATCH, "/api/progress/" + entry + "/", Map.of("status", "completed"),
                "Asia/Tokyo").expect(200).string("finished_on")).isEqualTo("2026-03-02");

        long other = catalog.content(manga, "Naruto");
        assertThat(json(HttpMethod.PUT, "/api/contents/" + other + "/progress/", Map.of("status", "completed"),
                "Asia/Tokyo").expect(201).json()).containsEntry("finished_on", "2026-03-02");
        long third = catalog.content(manga, "Bleach");
        long replaced = post(reader, "/api/progress/", Map.of("content", third, "status", "on_hold")).expect(201).id();
        assertThat(json(HttpMethod.PUT, "/api/progress/" + replaced + "/", Map.of("content", third,
                "status", "completed"), "Asia/Tokyo").expect(200).string("finished_on")).isEqualTo("2026-03-02");
    }

    /**
     * A list imported today was not started or finished today: a row without dates gets none (a spreadsheet of
     * finished series made them all "finished today"), whatever the reader's day.
     */
    @Test
    void anImportedRowWithoutDatesGetsNone() {
        catalog.content(manga, "Frieren");
        catalog.content(manga, "Dandadan");

        Reply imported = send(HttpMethod.POST, reader, Map.of("Time-Zone", "Asia/Tokyo"), "/api/progress/import/",
                "text/csv", "title,last_chapter,status\nFrieren,3,reading\nDandadan,20,completed\n"
                        .getBytes(StandardCharsets.UTF_8)).expect(200);

        for (Map<String, Object> row : imported.results()) {
            long entry = ((Number) row.get("entry")).longValue();
            assertThat(get(reader, "/api/progress/{id}/", entry).expect(200).json())
                    .containsEntry("started_on", null).containsEntry("finished_on", null);
        }
    }

    @Test
    void anImportedTimeIsTheReadersClockAndAnImportedMomentFallsOnTheReadersDay() {
        long frieren = catalog.content(manga, "Frieren");
        long dandadan = catalog.content(manga, "Dandadan");
        String file = """
                title,started,finished,last update
                Frieren,2024-03-03T20:00:00Z,2024-03-05T23:30:00-05:00,2024-03-03 08:30
                Dandadan,2024-03-03,,"March 3, 2024 11:30 PM"
                """;

        send(HttpMethod.POST, reader, Map.of("Time-Zone", "Asia/Tokyo"), "/api/progress/import/", "text/csv",
                file.getBytes(StandardCharsets.UTF_8)).expect(200);

        // a spreadsheet's times are its owner's clock; a moment with an offset is that moment, on Tokyo's day
        assertThat(entryOf(frieren)).containsEntry("updated_at", "2024-03-02T23:30:00Z")
                .containsEntry("started_on", "2024-03-04").containsEntry("finished_on", "2024-03-06");
        assertThat(entryOf(dandadan)).containsEntry("updated_at", "2024-03-03T14:30:00Z")
                .containsEntry("started_on", "2024-03-03");
    }

    @Test
    void anImportReadOnAnUnknownZoneIsRefusedAndWritesNothing() {
        catalog.content(manga, "Frieren");

        send(HttpMethod.POST, reader, Map.of("Time-Zone", "Mars/Olympus"), "/api/progress/import/", "text/csv",
                "title,last update\nFrieren,2024-03-03 08:30\n".getBytes(StandardCharsets.UTF_8))
                .expectInvalid("Time-Zone");

        assertThat(get(reader, "/api/progress/").expect(200).results()).isEmpty();
    }

    @Test
    void theExportIsNamedAfterTheReadersDay() {
        Reply export = send(HttpMethod.GET, reader, Map.of("Time-Zone", "Asia/Tokyo"),
                "/api/progress/export/?format=csv", "text/plain", new byte[0]).expect(200);

        assertThat(export.headers().getContentDisposition().getFilename()).isEqualTo("readtrack-reader-2026-03-02.csv");
    }

    @Test
    void anUnknownZoneIsRefusedAndChangesNothing() {
        long content = catalog.content(manga, "One Piece");

        json(HttpMethod.POST, "/api/progress/", Map.of("content", content), "Mars/Olympus").expectInvalid("Time-Zone");
        // an offset knows nothing of summer time: a name is needed
        json(HttpMethod.POST, "/api/progress/", Map.of("content", content), "+09:00").expectInvalid("Time-Zone");

        assertThat(get(reader, "/api/progress/").expect(200).results()).isEmpty();
    }

    private Map<String, Object> entryOf(long content) {
        return get(reader, "/api/contents/{id}/progress/", content).expect(200).json();
    }

    private Reply json(HttpMethod method, String uri, Object body, String zone) {
        byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        return send(method, reader, Map.of("Time-Zone", zone), uri, "application/json", bytes);
    }
}
