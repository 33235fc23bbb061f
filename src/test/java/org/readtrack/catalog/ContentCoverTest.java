package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.readtrack.support.TestImages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * Covers: uploaded as the raw body, checked before being decoded, scaled down, re-encoded without metadata,
 * and served to anyone under a content-addressed path that may be cached for good.
 */
class ContentCoverTest extends CatalogApiTest {

    private static final String COVER_PATH = "/media/covers/[0-9a-f]{64}\\.(jpg|png)";

    private Session admin;
    private Session reader;
    private long manga;
    private long content;

    @BeforeEach
    void contentWithoutCover() {
        admin = admin("curator");
        reader = user("reader");
        manga = fixtures(admin).category("Manga");
        content = fixtures(admin).content(manga, "One Piece");
    }

    private Reply upload(Session caller, String mediaType, byte[] image) {
        return send(HttpMethod.PUT, caller, "/api/contents/{id}/cover/", mediaType, image, content);
    }

    private Reply uploaded(String mediaType, byte[] image) {
        Reply reply = upload(admin, mediaType, image).expect(200);
        assertThat(reply.string("cover")).matches(COVER_PATH);
        return reply;
    }

    /** Fetched as a browser would: no token. */
    private EntityExchangeResult<byte[]> fetch(String path) {
        return http.get().uri(path).exchange().returnResult(byte[].class);
    }

    private byte[] served(String path) {
        EntityExchangeResult<byte[]> image = fetch(path);
        assertThat(image.getStatus().value()).as("GET %s", path).isEqualTo(200);
        return image.getResponseBody();
    }

    @Test
    void aPngIsScaledDownToTheCoverWidthAndServedAsJpegWithoutAToken() {
        clock.advance(Duration.ofSeconds(1));
        Reply reply = uploaded(MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(1200, 1800, false)));

        String cover = reply.string("cover");
        assertThat(cover).endsWith(".jpg");
        assertThat(reply.instant("updated_at")).isAfter(reply.instant("created_at"));
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).string("cover")).isEqualTo(cover);
        assertThat(get(reader, "/api/contents/").expect(200).results("cover")).containsExactly(cover);

        EntityExchangeResult<byte[]> image = fetch(cover);
        assertThat(image.getStatus().value()).isEqualTo(200);
        assertThat(image.getResponseHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(image.getResponseHeaders().getCacheControl()).isEqualTo("public, max-age=31536000, immutable");
        BufferedImage decoded = TestImages.read(image.getResponseBody());
        assertThat(decoded.getWidth()).isEqualTo(600);
        assertThat(decoded.getHeight()).isEqualTo(900);
    }

    @Test
    void aJpegLosesItsExifMetadata() {
        byte[] photo = TestImages.withExif(TestImages.jpeg(TestImages.gradient(300, 400, false)), "SerialNo-12345", 1);
        assertThat(TestImages.contains(photo, "Exif")).isTrue();
        assertThat(TestImages.contains(photo, "SerialNo-12345")).isTrue();

        byte[] served = served(uploaded(MediaType.IMAGE_JPEG_VALUE, photo).string("cover"));

        assertThat(TestImages.contains(served, "Exif")).isFalse();
        assertThat(TestImages.contains(served, "SerialNo-12345")).isFalse();
        BufferedImage decoded = TestImages.read(served);
        assertThat(decoded.getWidth()).isEqualTo(300); // smaller than the box: never enlarged
        assertThat(decoded.getHeight()).isEqualTo(400);
    }

    @Test
    void aPhotoTakenOnItsSideIsTurnedUprightBeforeItsOrientationIsDropped() {
        // stored 1600 x 1000 with "turn a quarter clockwise": shown 1000 x 1600, the left half on top
        byte[] photo = TestImages.withExif(TestImages.jpeg(TestImages.halves(1600, 1000)), "Phone", 6);

        byte[] served = served(uploaded(MediaType.IMAGE_JPEG_VALUE, photo).string("cover"));

        BufferedImage decoded = TestImages.read(served);
        assertThat(decoded.getWidth()).isEqualTo(600);
        assertThat(decoded.getHeight()).isEqualTo(960);
        assertThat(decoded.getRGB(300, 860) & 0xFF).isGreaterThan(200); // blue below
        assertThat(decoded.getRGB(300, 100) >> 16 & 0xFF).isGreaterThan(200); // red above
        assertThat(TestImages.contains(served, "Exif")).isFalse();

        // mirrored: the halves change sides, and the size stays
        decoded = TestImages.read(served(uploaded(MediaType.IMAGE_JPEG_VALUE,
                TestImages.withExif(TestImages.jpeg(TestImages.halves(400, 300)), "Phone", 2)).string("cover")));
        assertThat(decoded.getWidth()).isEqualTo(400);
        assertThat(decoded.getRGB(50, 150) & 0xFF).isGreaterThan(200);
    }

    @Test
    void transparencyIsKeptAsPng() {
        String cover = uploaded(MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(100, 80, true)))
                .string("cover");

        assertThat(cover).endsWith(".png");
        EntityExchangeResult<byte[]> image = fetch(cover);
        assertThat(image.getResponseHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        BufferedImage decoded = TestImages.read(image.getResponseBody());
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getRGB(10, 10) >>> 24).isEqualTo(0x40);
        assertThat(decoded.getRGB(90, 10) >>> 24).isEqualTo(0xFF);
        assertThat(TestImages.contains(image.getResponseBody(), "tEXt")).isFalse();
    }

    @Test
    void webpIsDecodedAndStoredAsJpegOrPng() {
        String opaque = uploaded("image/webp", TestImages.resource("/images/cover.webp")).string("cover");
        assertThat(opaque).endsWith(".jpg");
        BufferedImage decoded = TestImages.read(served(opaque));
        assertThat(decoded.getWidth()).isEqualTo(48);
        assertThat(decoded.getHeight()).isEqualTo(64);

        String transparent = uploaded("image/webp", TestImages.resource("/images/transparent.webp")).string("cover");
        assertThat(transparent).endsWith(".png");
        assertThat(TestImages.read(served(transparent)).getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void theSameImageGetsTheSamePathAndAnEtagToRevalidate() {
        byte[] png = TestImages.png(TestImages.gradient(64, 64, false));
        String first = uploaded(MediaType.IMAGE_PNG_VALUE, png).string("cover");
        long other = fixtures(admin).content(manga, "Naruto");
        String second = send(HttpMethod.PUT, admin, "/api/contents/{id}/cover/", MediaType.IMAGE_PNG_VALUE, png, other)
                .expect(200).string("cover");
        assertThat(second).isEqualTo(first);

        String etag = fetch(first).getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        http.get().uri(first).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isNotModified();
    }

    @Test
    void aLargeImageWithinTheLimitsIsSubsampledAndScaled() {
        // 36 megapixels of black in a file of about 40 kB
        byte[] large = TestImages.blackPng(6000, 6000, 8);
        assertThat(large.length).isLessThan(200_000);

        BufferedImage decoded = TestImages.read(served(uploaded(MediaType.IMAGE_PNG_VALUE, large).string("cover")));

        assertThat(decoded.getWidth()).isEqualTo(600);
        assertThat(decoded.getHeight()).isEqualTo(600);
    }

    @Test
    void aBodyOverTwoMegabytesIs413ButAPhotoOverTheJsonLimitIsFine() {
        byte[] noisy = TestImages.png(TestImages.noise(720, 720));
        assertThat(noisy.length).isBetween(1_100_000, 2 * 1024 * 1024);
        uploaded(MediaType.IMAGE_PNG_VALUE, noisy);

        byte[] tooLarge = Arrays.copyOf(noisy, 2 * 1024 * 1024 + 1);
        upload(admin, MediaType.IMAGE_PNG_VALUE, tooLarge).expectProblem(413);
    }

    @Test
    void otherMediaTypesAre415() {
        upload(admin, MediaType.TEXT_PLAIN_VALUE, "a cover".getBytes()).expectProblem(415);
        upload(admin, "image/gif", new byte[] {'G', 'I', 'F', '8', '9', 'a'}).expectProblem(415);
        upload(admin, MediaType.APPLICATION_JSON_VALUE, "{}".getBytes()).expectProblem(415);
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).get("cover")).isNull();
    }

    /** Told which types to send, as the JSON endpoints tell it, whether an image came or not (once a 400). */
    @Test
    void anUploadWithoutAContentTypeIs415NamingTheImageTypes() {
        for (byte[] body : List.of(TestImages.png(TestImages.gradient(50, 50, false)), new byte[0])) {
            Reply reply = sendWithoutContentType(HttpMethod.PUT, admin, "/api/contents/{id}/cover/", body, content)
                    .expectProblem(415);
            assertThat(reply.string("detail"))
                    .isEqualTo("A Content-Type header is required: image/jpeg, image/png, image/webp.");
            assertThat(reply.headers().getAccept()).as("Accept of %s", reply)
                    .containsExactly(MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.parseMediaType("image/webp"));
        }
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).get("cover")).isNull();
    }

    @Test
    void bytesThatAreNotAnImageOfTheDeclaredKindAre400() {
        byte[] png = TestImages.png(TestImages.gradient(50, 50, false));
        upload(admin, MediaType.IMAGE_PNG_VALUE, "definitely not an image".getBytes()).expectInvalid("cover");
        upload(admin, MediaType.IMAGE_PNG_VALUE, new byte[0]).expectInvalid("cover");
        upload(admin, MediaType.IMAGE_JPEG_VALUE, png).expectInvalid("cover");
        upload(admin, "image/webp", png).expectInvalid("cover");
        upload(admin, MediaType.IMAGE_PNG_VALUE, Arrays.copyOf(png, png.length / 2)).expectInvalid("cover");
        byte[] jpeg = TestImages.jpeg(TestImages.gradient(50, 50, false));
        upload(admin, MediaType.IMAGE_JPEG_VALUE, Arrays.copyOf(jpeg, 40)).expectInvalid("cover");
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).get("cover")).isNull();
    }

    @Test
    void decompressionBombsAreRefusedFromTheirHeaderBeforeDecoding() {
        // claims 10 gigapixels (40 GB decoded) in a few dozen bytes
        upload(admin, MediaType.IMAGE_PNG_VALUE, TestImages.pngHeaderOnly(100_000, 100_000)).expectInvalid("cover");
        // a real image of 400 megapixels of black, some 50 kB compressed
        byte[] bomb = TestImages.blackPng(20_000, 20_000, 1);
        assertThat(bomb.length).isLessThan(500_000);
        upload(admin, MediaType.IMAGE_PNG_VALUE, bomb).expectInvalid("cover");
        // each side within bounds, the area not
        upload(admin, MediaType.IMAGE_PNG_VALUE, TestImages.pngHeaderOnly(10_000, 4_001)).expectInvalid("cover");
        upload(admin, MediaType.IMAGE_PNG_VALUE, TestImages.pngHeaderOnly(10_001, 10)).expectInvalid("cover");
        // 8000 x 5000 in 1.6 kB: the WebP decoder would hold all 40 megapixels at once, so 4 is its limit
        upload(admin, "image/webp", TestImages.resource("/images/huge.webp")).expectInvalid("cover");
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).get("cover")).isNull();
    }

    @Test
    void onlyAdministratorsChangeCovers() {
        byte[] png = TestImages.png(TestImages.gradient(50, 50, false));
        upload(reader, MediaType.IMAGE_PNG_VALUE, png).expectProblem(403);
        upload(null, MediaType.IMAGE_PNG_VALUE, png).expectProblem(401);
        delete(reader, "/api/contents/{id}/cover/", content).expectProblem(403);
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).get("cover")).isNull();
    }

    @Test
    void deletingTheCoverMakesItNullAndIsIdempotent() {
        String cover = uploaded(MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(50, 50, false)))
                .string("cover");

        delete(admin, "/api/contents/{id}/cover/", content).expect(204);
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).get("cover")).isNull();
        String updatedAt = get(reader, "/api/contents/{id}/", content).expect(200).string("updated_at");
        clock.advance(Duration.ofSeconds(1));
        delete(admin, "/api/contents/{id}/cover", content).expect(204);
        assertThat(get(reader, "/api/contents/{id}/", content).expect(200).string("updated_at")).isEqualTo(updatedAt);
        // the file stays for now: content-addressed, it may be another content's cover too (UnusedImagesTest)
        served(cover);
    }

    @Test
    void unknownContentsAre404() {
        delete(admin, "/api/contents/{id}/", content).expect(204);
        upload(admin, MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(50, 50, false)))
                .expectProblem(404);
        delete(admin, "/api/contents/{id}/cover/", content).expectProblem(404);
    }

    @Test
    void editingTheContentKeepsItsCoverWhichIsReadOnly() {
        String cover = uploaded(MediaType.IMAGE_PNG_VALUE, TestImages.png(TestImages.gradient(50, 50, false)))
                .string("cover");

        assertThat(patch(admin, "/api/contents/{id}/", Map.of("author", "Oda", "cover", "/elsewhere.jpg"), content)
                .expect(200).string("cover")).isEqualTo(cover);
        assertThat(put(admin, "/api/contents/{id}/", body("title", "One Piece", "feature_category", manga,
                "cover", null), content).expect(200).string("cover")).isEqualTo(cover);
        assertThat(post(admin, "/api/contents/", body("title", "Other", "feature_category", manga,
                "cover", cover)).expect(201).get("cover")).isNull();
    }

    @Test
    void anUnknownImageIsAProblem404EvenForAnImageRequest() {
        String missing = "/media/covers/" + "0".repeat(64) + ".jpg";
        for (String path : new String[] {missing, "/media/covers/not-a-name.jpg", missing.replace(".jpg", ".gif"),
                "/media/covers/..." + "0".repeat(60) + ".jpg",
                "/media/elsewhere/x.jpg", "/media/covers/"}) {
            EntityExchangeResult<byte[]> answer = http.get().uri(path).header(HttpHeaders.ACCEPT, "image/*")
                    .exchange().returnResult(byte[].class);
            assertThat(answer.getStatus().value()).as(path).isEqualTo(404);
            assertThat(answer.getResponseHeaders().getContentType()).as(path)
                    .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        // refused before reaching the controller (an encoded slash, a step up)
        assertThat(fetch("/media/covers/..%2Fjwt-secret").getStatus().value()).isEqualTo(400);
        assertThat(fetch("/media/covers/../../jwt-secret").getStatus().value()).isIn(400, 404);
    }
}
