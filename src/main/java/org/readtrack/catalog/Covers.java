package org.readtrack.catalog;

import org.readtrack.images.ImageUse;
import org.readtrack.images.Images;
import org.springframework.stereotype.Component;

/**
 * Content covers. The image is decoded and stored outside any transaction: that takes a while, and with
 * SQLite a write transaction would hold the only writer meanwhile. Only the change of the content's
 * {@code cover} column is one. A replaced or removed cover's file stays on disk: files are named by their
 * content, so another content may show the same one (see {@link Images}).
 */
@Component
class Covers {

    private final Contents contents;
    private final Images images;

    Covers(Contents contents, Images images) {
        this.contents = contents;
        this.images = images;
    }

    ContentResponse replace(long contentId, String mediaType, byte[] image, Viewer viewer) {
        // before the costly part; a content deleted meanwhile is caught by the update, leaving a spare file
        contents.requireVisible(contentId, viewer);
        return contents.setCover(contentId, images.store(ImageUse.COVER, mediaType, image));
    }

    void remove(long contentId, Viewer viewer) {
        contents.requireVisible(contentId, viewer);
        contents.removeCover(contentId);
    }
}
