/**
 * Uploaded images: decoded with ImageIO (TwelveMonkeys adds WebP), checked, scaled down, re-encoded without
 * their metadata and kept under a content-addressed name in the data directory, then served to anyone at
 * {@code /media/…} (an {@code <img>} tag sends no token). {@link org.readtrack.images.Images} is its API;
 * {@link org.readtrack.images.ImageUse} lists what images are for (catalog covers, account avatars). The
 * features that name images tell which they still show ({@link org.readtrack.images.ImageOwners}), and the
 * files none shows are deleted after a grace period.
 *
 * <p>Knows only {@code shared} (the failures it reports): the features that hold images build on it.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.readtrack.images;

import org.springframework.modulith.ApplicationModule;
