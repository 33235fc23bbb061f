package org.readtrack.catalog;

import java.util.Map;

/**
 * The one rule of who sees a content. Public contents (no {@code private_to}) are everyone's; a private one is
 * seen by the account it is private to, and by reviewers while its suggestion is pending. The rule has two
 * forms, kept side by side here: in Java, for contents already read; in SQL, for queries that select contents
 * or what hangs from them (chapters, the feed, import matching, statistics).
 *
 * <p>The SQL form excludes the hidden ids rather than testing each row's {@code private_to}: the hidden contents
 * are few and found by a partial index, the subquery is evaluated once, and the list queries keep walking their
 * ordering indexes on id alone, as they did before contents could be private.
 */
public final class ContentVisibility {

    /** Every private content, whoever sees it: what the public catalog leaves out. */
    private static final String PRIVATE_IDS = "SELECT hidden.id FROM contents hidden WHERE hidden.private_to IS NOT NULL";

    private ContentVisibility() {
    }

    /** Whether {@code viewer} sees a content that is private for this reason (null: a public content). */
    public static boolean allows(Viewer viewer, ContentSuggestion privacy) {
        return privacy == null || (!viewer.seesPublicOnly() && privacy.suggestedBy() == viewer.id())
                || (viewer.reviewer() && privacy.status() == SuggestionStatus.PENDING);
    }

    /**
     * A condition that holds when the content whose id is {@code idColumn} is one {@code viewer} sees; adds its
     * parameters to {@code parameters}.
     */
    public static String visibleTo(Viewer viewer, String idColumn, Map<String, Object> parameters) {
        StringBuilder hidden = new StringBuilder(PRIVATE_IDS);
        if (!viewer.seesPublicOnly()) {
            hidden.append(" AND hidden.private_to <> :visibilityViewer");
            parameters.put("visibilityViewer", viewer.id());
        }
        if (viewer.reviewer()) {
            hidden.append(" AND NOT EXISTS (SELECT 1 FROM suggestions pending WHERE pending.content_id = hidden.id"
                    + " AND pending.status = 'pending')");
        }
        return idColumn + " NOT IN (" + hidden + ")";
    }

    /** A condition that holds when the content whose id is {@code idColumn} is public. */
    public static String isPublic(String idColumn) {
        return idColumn + " NOT IN (" + PRIVATE_IDS + ")";
    }

    /** A condition that holds when the content whose id is {@code idColumn} is private: to subtract from totals. */
    public static String isPrivate(String idColumn) {
        return idColumn + " IN (" + PRIVATE_IDS + ")";
    }
}
