package org.readtrack.images;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats an upload may come in, named by the media type the client sends, and the ImageIO name of
 * their readers. Stored images are only ever written as JPEG or PNG ({@code extension} is null for WebP):
 * every browser shows those.
 *
 * <p>{@code maxPixels}: the JPEG and PNG readers decode a row at a time and honour subsampling, so a large
 * image costs little memory (40 megapixels: measured under 30 MB of heap). The WebP reader builds the
 * whole bitmap first, 4 bytes a pixel: a 40-megapixel WebP ran an 88 MB heap out of memory, which ends
 * the process. WebP is held to 4 megapixels (16 MB), plenty for a cover.
 */
enum ImageFormat {
    JPEG(Images.JPEG, "jpeg", "jpg", 40_000_000L),
    PNG(Images.PNG, "png", "png", 40_000_000L),
    WEBP(Images.WEBP, "webp", null, 4_000_000L);

    final String mediaType;
    final String imageIoName;
    final String extension;
    final long maxPixels;

    ImageFormat(String mediaType, String imageIoName, String extension, long maxPixels) {
        this.mediaType = mediaType;
        this.imageIoName = imageIoName;
        this.extension = extension;
        this.maxPixels = maxPixels;
    }

    /** {@code image/png}, {@code IMAGE/PNG} or {@code image/png; q=1} alike. */
    static Optional<ImageFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int parameters = mediaType.indexOf(';');
        String bare = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a stored image, by its file name's extension. */
    static Optional<ImageFormat> ofStoredName(String name) {
        for (ImageFormat format : values()) {
            if (format.extension != null && name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
