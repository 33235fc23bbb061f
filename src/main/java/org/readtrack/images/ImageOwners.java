package org.readtrack.images;

import java.util.function.Consumer;

/**
 * A feature whose records name stored images (catalog covers, account avatars). Stored images are shared by
 * name, so an owner that lets one go leaves its file; {@link UnusedImages} deletes the files that no owner
 * names any more.
 */
public interface ImageOwners {

    /** Hands each stored image name this feature's records hold now to {@code inUse}; repeats are fine. */
    void imagesInUse(Consumer<String> inUse);
}
