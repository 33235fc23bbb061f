package org.readtrack.shared;

/**
 * An account was deleted, with all that the database deletes along with it (its entries, its tokens, the series it
 * suggested that nobody approved): published after the deletion, for what keeps copies of those (the catalog cache).
 */
public record AccountDeleted(long accountId) {
}
