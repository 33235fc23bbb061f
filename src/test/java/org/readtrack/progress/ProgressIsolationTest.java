package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.CatalogFixtures;

/** A user never sees, changes or deletes another user's entries: they answer 404 as if they did not exist. */
class ProgressIsolationTest extends CatalogApiTest {

    private Session alice;
    private Session bob;
    private CatalogFixtures catalog;
    private long onePiece;
    private long aliceEntry;

    @BeforeEach
    void twoReaders() {
        alice = user("alice");
        bob = user("bob");
        catalog = fixtures(admin("curator"));
        onePiece = catalog.content(catalog.category("Manga"), "One Piece");
        aliceEntry = post(alice, "/api/progress/", Map.of("content", onePiece, "last_chapter", "5",
                "notes", "alice's")).expect(201).id();
    }

    private void assertAliceEntryUnchanged() {
        assertThat(get(alice, "/api/progress/{id}/", aliceEntry).expect(200).json())
                .containsEntry("last_chapter", "5").containsEntry("notes", "alice's")
                .containsEntry("content", (int) onePiece).containsEntry("user", (int) alice.id());
    }

    @Test
    void othersEntriesAreNotListed() {
        Reply list = get(bob, "/api/progress/").expect(200);
        assertThat(list.number("count")).isZero();
        assertThat(get(bob, "/api/progress/?content={id}", onePiece).expect(200).results()).isEmpty();
    }

    @Test
    void othersEntriesCannotBeReadChangedOrDeleted() {
        get(bob, "/api/progress/{id}/", aliceEntry).expectProblem(404);
        patch(bob, "/api/progress/{id}/", Map.of("notes", "bob was here"), aliceEntry).expectProblem(404);
        put(bob, "/api/progress/{id}/", Map.of("content", onePiece, "notes", "bob was here"), aliceEntry)
                .expectProblem(404);
        delete(bob, "/api/progress/{id}/", aliceEntry).expectProblem(404);

        assertAliceEntryUnchanged();
    }

    @Test
    void anInvalidPatchOfAnotherUsersEntryIsNotFoundRatherThanInvalid() {
        String tooLong = "9".repeat(51);

        patch(bob, "/api/progress/{id}/", Map.of("last_chapter", tooLong), aliceEntry).expectProblem(404);
        patch(bob, "/api/progress/{id}/", Map.of("last_chapter", tooLong), 999_999).expectProblem(404);
        patch(alice, "/api/progress/{id}/", Map.of("last_chapter", tooLong), aliceEntry).expectInvalid("last_chapter");

        assertAliceEntryUnchanged();
    }

    @Test
    void administratorsDoNotSeeOthersEntriesEither() {
        get(catalog.admin(), "/api/progress/{id}/", aliceEntry).expectProblem(404);
        assertThat(get(catalog.admin(), "/api/progress/").expect(200).number("count")).isZero();
        delete(catalog.admin(), "/api/progress/{id}/", aliceEntry).expectProblem(404);

        assertAliceEntryUnchanged();
    }

    @Test
    void theSameContentMayBeTrackedByEveryUserSeparately() {
        Reply bobs = post(bob, "/api/progress/", Map.of("content", onePiece, "last_chapter", "1")).expect(201);

        assertThat(bobs.id()).isNotEqualTo(aliceEntry);
        assertThat(bobs.number("user")).isEqualTo(bob.id());
        assertThat(get(bob, "/api/progress/").expect(200).results("id")).containsExactly((int) bobs.id());
        assertThat(get(alice, "/api/progress/").expect(200).results("id")).containsExactly((int) aliceEntry);
        assertAliceEntryUnchanged();
    }

    @Test
    void theContentAddressedEntryIsTheCallersOwn() {
        get(bob, "/api/contents/{id}/progress/", onePiece).expectProblem(404);
        delete(bob, "/api/contents/{id}/progress/", onePiece).expectProblem(404);

        Reply bobs = put(bob, "/api/contents/{id}/progress/", Map.of("notes", "bob's"), onePiece).expect(201);
        assertThat(bobs.id()).isNotEqualTo(aliceEntry);
        assertThat(bobs.json()).containsEntry("last_chapter", "").containsEntry("notes", "bob's");

        put(bob, "/api/contents/{id}/progress/", Map.of("last_chapter", "9"), onePiece).expect(200);
        delete(bob, "/api/contents/{id}/progress/", onePiece).expect(204);

        assertAliceEntryUnchanged();
        assertThat(get(alice, "/api/contents/{id}/progress/", onePiece).expect(200).id()).isEqualTo(aliceEntry);
    }

    @Test
    void repointingOntoAContentSomeoneElseTracksIsAllowed() {
        long naruto = catalog.content(catalog.category("Other"), "Naruto");
        long bobs = post(bob, "/api/progress/", Map.of("content", naruto)).expect(201).id();

        patch(bob, "/api/progress/{id}/", Map.of("content", onePiece), bobs).expect(200);

        assertAliceEntryUnchanged();
    }

    @Test
    void aDuplicateConflictNeverRevealsAnotherUsersEntry() {
        Reply bobs = post(bob, "/api/progress/", Map.of("content", onePiece)).expect(201);
        Reply conflict = post(bob, "/api/progress/", Map.of("content", onePiece)).expectConflictOn("content");

        assertThat(conflict.number("existing_id")).isEqualTo(bobs.id()).isNotEqualTo(aliceEntry);
    }
}
