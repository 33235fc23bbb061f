package org.readtrack.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Stored images that nothing shows any more (replaced or removed covers and avatars, those of deleted contents,
 * half-written uploads) are deleted once they are older than the grace period; every image a content or an
 * account still shows stays, whoever else let go of it.
 */
class UnusedImagesTest extends CatalogApiTest {

    /** Past the grace period: what was stored before this is old enough to delete when unused. */
    private static final Duration LATER = UnusedImages.GRACE.plusMinutes(1);

    @Autowired
    private UnusedImages unusedImages;

    @Autowired
    private Images images;

    @Autowired
    private ImageProperties properties;

    private Session admin;
    private long manga;

    @BeforeEach
    void catalogWithACover() {
        admin = admin("curator");
        manga = fixtures(admin).category("Manga");
        // a sweep leaves everything when nothing names any image (see the last test): here something does
        cover(fixtures(admin).content(manga, "Berserk"), picture(100));
    }

    private static byte[] picture(int width) {
        return TestImages.png(TestImages.gradient(width, 120, false));
    }

    /** The stored file a cover or avatar URL names. */
    private Path file(String url) {
        return properties.dir().resolve(url.substring(url.lastIndexOf('/') + 1));
    }

    private String cover(long content, byte[] image) {
        return send(HttpMethod.PUT, admin, "/api/contents/{id}/cover/", MediaType.IMAGE_PNG_VALUE, image, content)
                .expect(200).string("cover");
    }

    private int served(String url) {
        return http.get().uri(url).exchange().returnResult(byte[].class).getStatus().value();
    }

    @Test
    void aReplacedCoverIsDeletedOnceOlderThanTheGracePeriodAndTheNewOneStays() {
        long content = fixtures(admin).content(manga, "One Piece");
        String first = cover(content, picture(101));
        String second = cover(content, picture(102));

        unusedImages.sweep();
        assertThat(file(first)).as("young: its owner may not be saved yet").exists();

        clock.advance(LATER);
        unusedImages.sweep();
        assertThat(file(first)).doesNotExist();
        assertThat(served(first)).isEqualTo(404);
        assertThat(file(second)).exists();
        assertThat(served(second)).isEqualTo(200);
        assertThat(get(admin, "/api/contents/{id}/", content).expect(200).string("cover")).isEqualTo(second);
    }

    @Test
    void anImageAnotherContentStillShowsStays() {
        long onePiece = fixtures(admin).content(manga, "One Piece");
        long naruto = fixtures(admin).content(manga, "Naruto");
        String shared = cover(onePiece, picture(103));
        assertThat(cover(naruto, picture(103))).isEqualTo(shared);

        cover(onePiece, picture(104));
        clock.advance(LATER);
        unusedImages.sweep();

        assertThat(file(shared)).exists();
        assertThat(served(shared)).isEqualTo(200);
    }

    @Test
    void theCoverOfADeletedContentAndARemovedCoverGo() {
        long deleted = fixtures(admin).content(manga, "One Piece");
        long uncovered = fixtures(admin).content(manga, "Naruto");
        String ofDeleted = cover(deleted, picture(105));
        String removed = cover(uncovered, picture(106));
        delete(admin, "/api/contents/{id}/", deleted).expect(204);
        delete(admin, "/api/contents/{id}/cover/", uncovered).expect(204);

        clock.advance(LATER);
        unusedImages.sweep();

        assertThat(file(ofDeleted)).doesNotExist();
        assertThat(file(removed)).doesNotExist();
    }

    @Test
    void anAvatarIsKeptWhileItsAccountShowsIt() {
        Session reader = user("reader");
        String avatar = send(HttpMethod.PUT, reader, "/api/auth/me/avatar/", MediaType.IMAGE_PNG_VALUE,
                picture(107)).expect(200).string("avatar");

        clock.advance(LATER);
        unusedImages.sweep();
        assertThat(file(avatar)).exists();

        delete(reader, "/api/auth/me/avatar/").expect(204);
        unusedImages.sweep();
        assertThat(file(avatar)).doesNotExist();
    }

    @Test
    void anUnusedFileStoredAgainIsYoungAgain() {
        String name = images.store(ImageUse.COVER, Images.PNG, picture(108));
        clock.advance(LATER);

        // an upload of the same picture reuses the file: until its owner is saved, nothing names it
        assertThat(images.store(ImageUse.COVER, Images.PNG, picture(108))).isEqualTo(name);
        unusedImages.sweep();
        assertThat(properties.dir().resolve(name)).exists();

        clock.advance(LATER);
        unusedImages.sweep();
        assertThat(properties.dir().resolve(name)).doesNotExist();
    }

    @Test
    void anOldHalfWrittenUploadGoesAndFilesTheStoreDoesNotNameStay() throws IOException {
        Files.createDirectories(properties.dir());
        Path abandoned = Files.createTempFile(properties.dir(), ".upload-", ".part");
        Path writing = Files.createTempFile(properties.dir(), ".upload-", ".part");
        Path foreign = Files.writeString(properties.dir().resolve("notes.txt"), "kept by the administrator");
        FileTime old = FileTime.from(clock.instant().minus(LATER));
        Files.setLastModifiedTime(abandoned, old);
        Files.setLastModifiedTime(foreign, old);

        try {
            unusedImages.sweep();

            assertThat(abandoned).doesNotExist();
            assertThat(writing).exists();
            assertThat(foreign).exists();
        } finally {
            Files.deleteIfExists(writing);
            Files.deleteIfExists(foreign);
        }
    }

    @Test
    void withNothingNamingAnyImageTheFolderIsLeftAlone(@TempDir Path folder) throws IOException {
        Path image = Files.writeString(folder.resolve("a".repeat(64) + ".jpg"), "old bytes");
        Files.setLastModifiedTime(image, FileTime.from(clock.instant().minus(LATER)));

        // a database that is not this folder's (a wrong URL) names no image: deleting all would be a loss
        assertThat(new UnusedImages(new ImageProperties(folder), List.of(inUse -> { }), clock).sweep()).isZero();
        assertThat(image).exists();

        ImageOwners another = inUse -> inUse.accept("b".repeat(64) + ".png");
        assertThat(new UnusedImages(new ImageProperties(folder), List.of(another), clock).sweep()).isOne();
        assertThat(image).doesNotExist();
    }
}
