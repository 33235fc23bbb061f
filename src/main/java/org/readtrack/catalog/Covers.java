package org.readtrack.catalog;

import java.util.function.Consumer;

import org.readtrack.images.ImageOwners;
import org.readtrack.images.ImageUse;
import org.readtrack.images.Images;
import org.springframework.stereotype.Component;

/**
 * Content covers. The image is decoded and stored outside any transaction: that takes a while, and with
 * SQLite a write transaction would hold the only writer meanwhile. Only the change of the content's
 * {@code cover} column is one. A replaced or removed cover's file stays on disk, since files are named by
 * their content and another content or an avatar may show the same one, until the images module finds that
 * nothing names it any more (see {@link ImageOwners}).
 */
@Component
class Covers implements ImageOwners {

    private final Contents contents;
    private final ContentStore store;
    private final Images images;

    Covers(Contents contents, ContentStore store, Images images) {
        this.contents = contents;
        this.store = store;
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

    @Override
    public void imagesInUse(Consumer<String> inUse) {
        store.coversInUse(inUse);
    }
}
