package org.readtrack.images;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats an upload may come in, named by the media type the client sends, and the ImageIO name of
 * their readers. Stored images are only ever written as JPEG or PNG ({@code extension} is null for WebP):
 * every browser shows those.
 */
enum ImageFormat {
    JPEG(Images.JPEG, "jpeg", "jpg"),
    PNG(Images.PNG, "png", "png"),
    WEBP(Images.WEBP, "webp", null);

    final String mediaType;
    final String imageIoName;
    final String extension;

    ImageFormat(String mediaType, String imageIoName, String extension) {
        this.mediaType = mediaType;
        this.imageIoName = imageIoName;
        this.extension = extension;
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
