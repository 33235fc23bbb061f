package org.readtrack.shared;

/** Validation messages in the wording DRF clients already show to their users. */
public final class Messages {

    public static final String REQUIRED = "This field is required.";
    public static final String NOT_BLANK = "This field may not be blank.";
    public static final String NOT_NULL = "This field may not be null.";
    /**
     * Matches text with at least one visible character; lets null through for {@link #REQUIRED}. Not visible:
     * spaces of every kind (a no-break space passed for a name), control and format characters (a zero-width
     * space, a byte-order mark), the braille blank and the Hangul fillers.
     */
    public static final String NOT_BLANK_PATTERN =
            "(?s).*[^\\s\\p{Z}\\p{Cc}\\p{Cf}\\u2800\\u115F\\u1160\\u3164\\uFFA0].*";
    public static final String MAX_50 = "Ensure this field has no more than 50 characters.";
    public static final String MAX_100 = "Ensure this field has no more than 100 characters.";
    public static final String MAX_120 = "Ensure this field has no more than 120 characters.";
    public static final String MAX_150 = "Ensure this field has no more than 150 characters.";
    public static final String MAX_200 = "Ensure this field has no more than 200 characters.";
    public static final String MAX_254 = "Ensure this field has no more than 254 characters.";
    public static final String MAX_TEXT = "Ensure this field has no more than 10000 characters.";
    public static final int TEXT_LIMIT = 10_000;

    private Messages() {
    }
}
