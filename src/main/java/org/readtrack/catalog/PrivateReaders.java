package org.readtrack.catalog;

import java.util.Set;

/**
 * Who sees any private content at all: the accounts that own one, and reviewers if a suggestion is pending.
 * Everyone else sees exactly the public catalog, and shares its cached lists (see {@link CatalogCache#scope}).
 */
record PrivateReaders(Set<Long> owners, boolean anyPending) {

    boolean include(Viewer viewer) {
        return owners.contains(viewer.id()) || (viewer.reviewer() && anyPending);
    }
}
