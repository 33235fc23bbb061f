package org.readtrack.accounts;

import java.util.function.Consumer;

import org.readtrack.images.ImageOwners;
import org.readtrack.images.ImageUse;
import org.readtrack.images.Images;
import org.readtrack.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Account avatars, as {@code catalog}'s covers: the image is decoded and stored outside any transaction (it
 * takes a while, and with SQLite a write transaction would hold the only writer meanwhile); only the change of
 * the {@code avatar} column is a write. A replaced or removed avatar's file stays on disk, since files are
 * named by their content and another account or a cover may show the same one, until the images module finds
 * that nothing names it any more (see {@link ImageOwners}).
 */
@Component
class Avatars implements ImageOwners {

    private final UserStore users;
    private final Images images;

    Avatars(UserStore users, Images images) {
        this.users = users;
        this.images = images;
    }

    Account replace(long userId, String mediaType, byte[] image) {
        // before the costly part; an account deleted meanwhile is caught by the update, leaving a spare file
        if (users.find(userId).isEmpty()) {
            throw new NotFoundException();
        }
        String name = images.store(ImageUse.AVATAR, mediaType, image);
        return users.setAvatar(userId, name).orElseThrow(NotFoundException::new);
    }

    /** Idempotent: an account without an avatar stays so. */
    void remove(long userId) {
        users.setAvatar(userId, null).orElseThrow(NotFoundException::new);
    }

    @Override
    public void imagesInUse(Consumer<String> inUse) {
        users.avatarsInUse(inUse);
    }
}
