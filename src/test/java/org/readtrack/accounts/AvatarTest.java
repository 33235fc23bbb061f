package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.TestImages;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * {@code PUT/DELETE /api/auth/me/avatar/}: the image rules of covers (DESIGN.md B1), a 256-pixel box, served
 * to anyone under {@code /media/avatars/}.
 */
class AvatarTest extends CatalogApiTest {

    private static final String AVATAR_PATH = "/media/avatars/[0-9a-f]{64}\\.(jpg|png)";

    private Session alice;

    @BeforeEach
    void account() {
        alice = user("alice");
    }

    private Reply upload(Session caller, String mediaType, byte[] image) {
        return send(HttpMethod.PUT, caller, "/api/auth/me/avatar/", mediaType, image);
    }

    private String avatar() {
        return get(alice, "/api/auth/me/").expect(200).string("avatar");
    }

    /** Fetched as a browser's {@code <img>} would: no token. */
    private EntityExchangeResult<byte[]> fetch(String path) {
        return http.get().uri(path).exchange().returnResult(byte[].class);
    }

    @Test
    void anUploadIsScaledIntoTheAvatarBoxAndServedWithoutAToken() {
        Reply reply = upload(alice, MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(1000, 600, false)))
                .expect(200);

        String avatar = reply.string("avatar");
        assertThat(avatar).matches(AVATAR_PATH).endsWith(".jpg");
        assertThat(reply.string("username")).isEqualTo("alice");
        assertThat(avatar()).isEqualTo(avatar);
        EntityExchangeResult<byte[]> image = fetch(avatar);
        assertThat(image.getStatus().value()).isEqualTo(200);
        assertThat(image.getResponseHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(image.getResponseHeaders().getCacheControl()).isEqualTo("public, max-age=31536000, immutable");
        BufferedImage decoded = TestImages.read(image.getResponseBody());
        assertThat(decoded.getWidth()).isEqualTo(256);
        assertThat(decoded.getHeight()).isEqualTo(154);
    }

    @Test
    void aJpegLosesItsMetadataAndASmallImageIsNeverEnlarged() {
        byte[] photo = TestImages.withExif(TestImages.jpeg(TestImages.gradient(120, 100, false)), "SerialNo-999", 1);

        byte[] served = fetch(upload(alice, MediaType.IMAGE_JPEG_VALUE, photo).expect(200).string("avatar"))
                .getResponseBody();

        assertThat(TestImages.contains(served, "SerialNo-999")).isFalse();
        assertThat(TestImages.read(served).getWidth()).isEqualTo(120);
    }

    @Test
    void aNewUploadReplacesTheAvatar() {
        String first = upload(alice, MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(50, 50, false)))
                .expect(200).string("avatar");
        String second = upload(alice, MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(60, 50, true)))
                .expect(200).string("avatar");

        assertThat(second).isNotEqualTo(first).endsWith(".png");
        assertThat(avatar()).isEqualTo(second);
    }

    @Test
    void badImagesAreRefusedAndTheAvatarStaysAsItWas() {
        byte[] png = TestImages.png(TestImages.gradient(50, 50, false));
        String kept = upload(alice, MediaType.IMAGE_PNG_VALUE, png).expect(200).string("avatar");

        upload(alice, MediaType.IMAGE_PNG_VALUE, "not an image".getBytes()).expectInvalid("avatar");
        upload(alice, MediaType.IMAGE_PNG_VALUE, new byte[0]).expectInvalid("avatar");
        upload(alice, MediaType.IMAGE_JPEG_VALUE, png).expectInvalid("avatar");
        upload(alice, MediaType.IMAGE_PNG_VALUE, Arrays.copyOf(png, png.length / 2)).expectInvalid("avatar");
        upload(alice, MediaType.IMAGE_PNG_VALUE, TestImages.pngHeaderOnly(100_000, 100_000)).expectInvalid("avatar");
        upload(alice, "image/gif", new byte[] {'G', 'I', 'F', '8', '9', 'a'}).expectProblem(415);
        upload(alice, MediaType.TEXT_PLAIN_VALUE, "an avatar".getBytes()).expectProblem(415);
        upload(alice, MediaType.IMAGE_PNG_VALUE, new byte[2 * 1024 * 1024 + 1]).expectProblem(413);

        assertThat(avatar()).isEqualTo(kept);
    }

    /** Told which types to send, as the JSON endpoints tell it, whether an image came or not (once a 400). */
    @Test
    void anUploadWithoutAContentTypeIs415NamingTheImageTypes() {
        for (byte[] body : List.of(TestImages.png(TestImages.gradient(50, 50, false)), new byte[0])) {
            Reply reply = sendWithoutContentType(HttpMethod.PUT, alice, "/api/auth/me/avatar/", body)
                    .expectProblem(415);
            assertThat(reply.string("detail"))
                    .isEqualTo("A Content-Type header is required: image/jpeg, image/png, image/webp.");
        }
        assertThat(avatar()).isNull();
    }

    @Test
    void deletingTheAvatarMakesItNullAndIsIdempotent() {
        String avatar = upload(alice, MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(50, 50, false)))
                .expect(200).string("avatar");

        delete(alice, "/api/auth/me/avatar/").expect(204);
        assertThat(avatar()).isNull();
        delete(alice, "/api/auth/me/avatar").expect(204);
        assertThat(avatar()).isNull();
        // content-addressed, the file may be someone else's avatar too: it stays for now (UnusedImagesTest)
        assertThat(fetch(avatar).getStatus().value()).isEqualTo(200);
    }

    @Test
    void anAvatarNeedsAToken() {
        upload(null, MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(50, 50, false))).expectProblem(401);
        delete(null, "/api/auth/me/avatar/").expectProblem(401);
    }

    @Test
    void anUnknownAvatarIs404() {
        assertThat(fetch("/media/avatars/" + "0".repeat(64) + ".jpg").getStatus().value()).isEqualTo(404);
        assertThat(fetch("/media/avatars/../jwt-secret").getStatus().value()).isIn(400, 404);
    }
}
