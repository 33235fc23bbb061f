package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;

/** The weekdays a content comes out on: a list on the wire, a bit mask in the database (a contract). */
class ContentReleaseDaysTest extends CatalogApiTest {

    private Session admin;
    private Session reader;
    private long manga;

    @BeforeEach
    void accountsAndCategory() {
        admin = admin("curator");
        reader = user("reader");
        manga = fixtures(admin).category("Manga");
    }

    private Reply create(String title, Object days) {
        return post(admin, "/api/contents/", body("title", title, "feature_category", manga, "release_days", days));
    }

    private int storedMask(long id) {
        return jdbc.queryForObject("SELECT release_days FROM contents WHERE id = ?", Integer.class, id);
    }

    @Test
    void releaseDaysComeBackInWeekOrderAndAreStoredAsABitMask() {
        Reply created = create("One Piece", List.of("sun", "thu", "mon", "thu")).expect(201);

        assertThat(created.get("release_days")).isEqualTo(List.of("mon", "thu", "sun"));
        assertThat(get(reader, "/api/contents/{id}/", created.id()).expect(200).get("release_days"))
                .isEqualTo(List.of("mon", "thu", "sun"));
        assertThat(storedMask(created.id())).isEqualTo(1 + 8 + 64);

        long every = create("Daily", List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")).expect(201).id();
        assertThat(storedMask(every)).isEqualTo(127);
        assertThat(storedMask(create("Never", List.of()).expect(201).id())).isZero();
        assertThat(storedMask(catalogContentWithoutDays())).isZero();
    }

    private long catalogContentWithoutDays() {
        return post(admin, "/api/contents/", Map.of("title", "Plain", "feature_category", manga)).expect(201).id();
    }

    @Test
    void theBitsAreThoseProgressFiltersOn() {
        long thursday = create("Thursday", List.of("thu")).expect(201).id();
        create("Weekend", List.of("sat", "sun")).expect(201);

        List<Long> found = jdbc.queryForList("SELECT id FROM contents c WHERE (c.release_days & ?) <> 0",
                Long.class, ReleaseDay.THU.bit());
        assertThat(found).containsExactly(thursday);
        assertThat(ReleaseDay.parse("thu")).contains(ReleaseDay.THU);
        assertThat(ReleaseDay.parse("Thursday")).isEmpty();
        assertThat(ReleaseDay.fromMask(1 + 8 + 64)).containsExactly(ReleaseDay.MON, ReleaseDay.THU, ReleaseDay.SUN);
        // for a ?release_day= parameter
        assertThat(new ReleaseDay.FromQuery().convert(" sun ")).isEqualTo(ReleaseDay.SUN);
        assertThatIllegalArgumentException().isThrownBy(() -> new ReleaseDay.FromQuery().convert("dimanche"));
    }

    @Test
    void anUnknownDayIsA400NamingTheField() {
        create("A", List.of("monday")).expectInvalid("release_days");
        create("A", List.of("Mon")).expectInvalid("release_days");
        create("A", List.of("mon", "")).expectInvalid("release_days");
        create("A", List.of(1)).expectInvalid("release_days");
        create("A", "mon").expectInvalid("release_days");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        create("A", withNull).expectInvalid("release_days");

        assertThat(get(reader, "/api/contents/").expect(200).number("count")).isZero();
    }

    @Test
    void patchChangesTheDaysOnlyWhenGiven() {
        long id = create("Dune", List.of("fri")).expect(201).id();

        assertThat(patch(admin, "/api/contents/{id}/", Map.of("rating", 8), id).expect(200).get("release_days"))
                .isEqualTo(List.of("fri"));
        assertThat(patch(admin, "/api/contents/{id}/", Map.of("release_days", List.of("tue", "mon")), id)
                .expect(200).get("release_days")).isEqualTo(List.of("mon", "tue"));
        patch(admin, "/api/contents/{id}/", Map.of("release_days", List.of("someday")), id)
                .expectInvalid("release_days");
        assertThat(storedMask(id)).isEqualTo(3);
        assertThat(patch(admin, "/api/contents/{id}/", body("release_days", null), id).expect(200)
                .get("release_days")).isEqualTo(List.of());
    }
}
