package org.readtrack.shared;

import java.util.Locale;

public final class FieldNames {

    private FieldNames() {
    }

    /** Java names ({@code firstName}) as the wire spells them ({@code first_name}). */
    public static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
