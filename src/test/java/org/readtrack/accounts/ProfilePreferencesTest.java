package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;

/**
 * DESIGN.md B4: the profile fields of {@code /api/auth/me/} (bio, avatar, preferences, profile_public), their
 * defaults, partial updates down into the preferences, and refusals that change nothing.
 */
class ProfilePreferencesTest extends CatalogApiTest {

    private Session alice;

    @BeforeEach
    void account() {
        alice = user("alice");
    }

    private Map<String, Object> me() {
        return get(alice, "/api/auth/me/").expect(200).json();
    }

    private Reply patchMe(Object body) {
        return patch(alice, "/api/auth/me/", body);
    }

    @Test
    void aNewAccountFollowsItsDeviceAndIsPrivate() {
        Map<String, Object> me = me();

        assertThat(me).containsEntry("bio", "").containsEntry("avatar", null).containsEntry("profile_public", false);
        assertThat(me.get("preferences")).isEqualTo(body("language", null, "theme", "system", "time_zone", null));
    }

    @Test
    void everyFieldRoundTrips() {
        Reply saved = patchMe(body("bio", "Reads on the train.", "profile_public", true,
                "preferences", body("language", "fr", "theme", "dark", "time_zone", "Europe/Paris"))).expect(200);

        for (Map<String, Object> me : List.of(saved.json(), me())) {
            assertThat(me).containsEntry("bio", "Reads on the train.").containsEntry("profile_public", true)
                    .containsEntry("first_name", "").containsEntry("email", "alice@example.org");
            assertThat(me.get("preferences"))
                    .isEqualTo(body("language", "fr", "theme", "dark", "time_zone", "Europe/Paris"));
        }
        assertThat(jdbc.queryForMap("SELECT bio, preference_language, preference_theme, preference_time_zone,"
                + " profile_public FROM users WHERE id = ?", alice.id()))
                .containsEntry("preference_language", "fr").containsEntry("preference_time_zone", "Europe/Paris");
    }

    @Test
    void aPatchChangesOnlyWhatItGivesEvenWithinThePreferences() {
        patchMe(body("bio", "Hello", "first_name", "Alice",
                "preferences", body("language", "fr", "theme", "light", "time_zone", "Asia/Tokyo"))).expect(200);

        patchMe(body("preferences", body("theme", "dark"))).expect(200);
        assertThat(me().get("preferences"))
                .isEqualTo(body("language", "fr", "theme", "dark", "time_zone", "Asia/Tokyo"));

        patchMe(body("profile_public", true)).expect(200);
        Map<String, Object> me = me();
        assertThat(me).containsEntry("bio", "Hello").containsEntry("first_name", "Alice")
                .containsEntry("profile_public", true);
        assertThat(me.get("preferences"))
                .isEqualTo(body("language", "fr", "theme", "dark", "time_zone", "Asia/Tokyo"));

        patchMe(body("first_name", "Al")).expect(200);
        assertThat(me()).containsEntry("bio", "Hello").containsEntry("profile_public", true);
    }

    @Test
    void aNullLanguageOrTimeZoneFollowsTheDeviceAgain() {
        patchMe(body("preferences", body("language", "en", "time_zone", "America/New_York"))).expect(200);

        patchMe(body("preferences", body("language", null, "time_zone", null))).expect(200);

        assertThat(me().get("preferences")).isEqualTo(body("language", null, "theme", "system", "time_zone", null));
    }

    @Test
    void theBioIsTrimmedAndMayHave500Characters() {
        assertThat(patchMe(body("bio", "  " + "é".repeat(500) + "\n")).expect(200).string("bio"))
                .isEqualTo("é".repeat(500));
        assertThat(patchMe(body("bio", "")).expect(200).string("bio")).isEmpty();
    }

    @Test
    void badValuesAreRefusedOnTheirFieldAndChangeNothing() {
        patchMe(body("bio", "Before", "preferences", body("language", "en", "theme", "light",
                "time_zone", "Europe/Paris"))).expect(200);
        Map<String, Object> before = me();

        Map<Object, String> refusals = Map.ofEntries(
                Map.entry(body("bio", "b".repeat(501)), "bio"),
                Map.entry(body("bio", null), "bio"),
                Map.entry(body("preferences", body("time_zone", "Mars/Olympus_Mons")), "preferences.time_zone"),
                Map.entry(body("preferences", body("time_zone", "+02:00")), "preferences.time_zone"),
                Map.entry(body("preferences", body("time_zone", "europe/paris")), "preferences.time_zone"),
                Map.entry(body("preferences", body("language", "de")), "preferences.language"),
                Map.entry(body("preferences", body("theme", "neon")), "preferences.theme"),
                Map.entry(body("preferences", body("theme", null)), "preferences.theme"),
                Map.entry(body("preferences", null), "preferences"),
                Map.entry(body("profile_public", null), "profile_public"),
                Map.entry(body("profile_public", "sometimes"), "profile_public"));
        refusals.forEach((body, field) -> {
            Reply refused = patchMe(body).expect(400);
            assertThat(refused.object("errors")).as("%s", body).containsKey(field);
        });

        assertThat(me()).isEqualTo(before);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Reply refused = patchMe(body("first_name", "F".repeat(151), "bio", "b".repeat(501),
                "preferences", body("time_zone", "Nowhere/Town"), "profile_public", true)).expect(400);

        assertThat(refused.object("errors")).containsOnlyKeys("first_name", "bio", "preferences.time_zone");
        assertThat(me()).containsEntry("profile_public", false).containsEntry("bio", "");
    }

    @Test
    void theSchemaDocumentsTheNewFields() {
        Map<String, Object> schemas = get(null, "/api/schema").expect(200).object("components");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> all = (Map<String, Map<String, Object>>) schemas.get("schemas");

        assertThat(all.get("UserResponse").get("properties").toString())
                .contains("bio", "avatar", "preferences", "profile_public");
        assertThat(all.get("ProfileUpdate").get("properties").toString())
                .contains("bio", "preferences", "profile_public");
        assertThat(all.get("Preferences").get("properties").toString()).contains("language", "theme", "time_zone");
    }
}
