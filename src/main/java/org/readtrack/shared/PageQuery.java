package org.readtrack.shared;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * {@code ?page=} (1-based) and {@code ?page_size=} of a list request, validated. Declare it as a
 * controller method parameter; the web layer fills it in.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final Pattern LARGE_POSITIVE = Pattern.compile("\\+?0*[1-9][0-9]{9,}");

    public long offset() {
        return (long) (page - 1) * size;
    }

    /**
     * How many rows to ask for: one more than the page holds. The extra row is not shown; it tells a page
     * that ends the list (the usual first page of a short list) from one that has more after it.
     */
    public int fetchSize() {
        return size + 1;
    }

    /** The page's items among the {@link #fetchSize()} rows fetched. */
    public <T> List<T> items(List<T> fetched) {
        return fetched.size() > size ? fetched.subList(0, size) : fetched;
    }

    /**
     * The total of a list of which {@link #fetchSize()} rows from {@link #offset()} gave {@code fetched}. A
     * page that ends the list tells it without asking the database again; one with more after it, or (past
     * page 1) an empty one, needs {@code count}.
     */
    public long total(int fetched, LongSupplier count) {
        return fetched <= size && (fetched > 0 || page == 1) ? offset() + fetched : count.getAsLong();
    }

    public static PageQuery parse(String page, String pageSize) {
        FieldErrors errors = new FieldErrors();
        int number = parsePositive(page, 1, "page", errors);
        int size = parsePositive(pageSize, DEFAULT_SIZE, "page_size", errors);
        errors.throwIfAny();
        // like DRF, an oversized page_size is capped rather than refused
        PageQuery query = new PageQuery(number, Math.min(size, MAX_SIZE));
        // no list is that long
        if (query.offset() > Integer.MAX_VALUE) {
            throw new NotFoundException("Invalid page.");
        }
        return query;
    }

    private static int parsePositive(String raw, int fallback, String name, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String text = raw.strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // A positive number too large for an int is still a well-formed request: a page past the end
            // (404, as page 999 of a short list is) or a page size above the cap (capped, as 101 is).
            if (LARGE_POSITIVE.matcher(text).matches()) {
                return Integer.MAX_VALUE;
            }
        }
        errors.add(name, "A positive integer is required.");
        return fallback;
    }
}
