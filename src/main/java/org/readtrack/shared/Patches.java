package org.readtrack.shared;

import java.util.Optional;

/**
 * PATCH bodies become whole requests by laying the given fields over the stored ones; the result is
 * validated exactly like a POST, so there is one set of rules per resource.
 */
public final class Patches {

    private Patches() {
    }

    /** An explicit null stays null, so that validation reports it as a missing value. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public static <T> T merge(Optional<T> patch, T current) {
        return patch == null ? current : patch.orElse(null);
    }

    /**
     * Refuses an explicit null for a field that holds no null (a status, a flag, a list) rather than taking it for
     * the field's default, as Django REST Framework refuses it.
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public static void refuseNull(FieldErrors errors, String field, Optional<?> patch) {
        if (patch != null && patch.isEmpty()) {
            errors.add(field, Messages.NOT_NULL);
        }
    }

    /**
     * Refuses a body that leaves out a field a PUT requires: a PUT is a PATCH that names its required fields (as the
     * original API's, whose update set only the fields it was given).
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public static void requireGiven(FieldErrors errors, String field, Optional<?> patch) {
        if (patch == null) {
            errors.add(field, Messages.REQUIRED);
        }
    }
}
