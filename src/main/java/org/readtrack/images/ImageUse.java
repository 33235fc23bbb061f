package org.readtrack.images;

/**
 * What an image is for: where it is served, which request field its errors are reported on, and the box
 * it is scaled down into (ratio kept, never scaled up). Covers fit 600 px wide, enough for a cover on a
 * phone at 2x density, and 1200 px high so that an unusually tall image cannot stay huge. Avatars fit
 * 256 px either way: shown at most 128 px wide, cropped to a circle by the clients.
 */
public enum ImageUse {
    COVER(MediaController.COVERS, "cover", 600, 1200),
    AVATAR(MediaController.AVATARS, "avatar", 256, 256);

    private final String urlPrefix;
    private final String field;
    private final int maxWidth;
    private final int maxHeight;

    ImageUse(String urlPrefix, String field, int maxWidth, int maxHeight) {
        this.urlPrefix = urlPrefix;
        this.field = field;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
    }

    /** The absolute path where a stored image of this use is served, e.g. {@code /media/covers/ab12….jpg}. */
    public String url(String name) {
        return urlPrefix + name;
    }

    String field() {
        return field;
    }

    int maxWidth() {
        return maxWidth;
    }

    int maxHeight() {
        return maxHeight;
    }
}
