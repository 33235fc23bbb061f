package org.readtrack.catalog;

import org.readtrack.security.CurrentUser;

/**
 * Who reads the catalog, as far as {@link ContentVisibility} cares: an account, and whether it reviews
 * suggestions (moderators and administrators), which lets it see the contents whose suggestion is pending.
 */
public record Viewer(long id, boolean reviewer) {

    /**
     * Someone who sees the public catalog only: what a cache entry shared by every reader is read as. No
     * account has id 0.
     */
    static final Viewer PUBLIC = new Viewer(0, false);

    public static Viewer of(CurrentUser caller) {
        return new Viewer(caller.id(), caller.editsCatalog());
    }

    /**
     * An account as a reader, whatever its role: what it may track (the public catalog and its own suggestions),
     * and so what its reading list, feed and imports reach.
     */
    public static Viewer reader(long accountId) {
        return new Viewer(accountId, false);
    }

    boolean seesPublicOnly() {
        return equals(PUBLIC);
    }
}
