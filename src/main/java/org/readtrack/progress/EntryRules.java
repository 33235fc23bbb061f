package org.readtrack.progress;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Messages;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;

/**
 * The rules an entry follows whatever wrote it: the field constraints, the rules between fields, and the
 * dates a tracker fills in by itself.
 */
@Component
class EntryRules {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 50;

    /** The port at the end of an address's authority ({@code host:8443}, {@code [::1]:8080}). */
    private static final Pattern PORT = Pattern.compile(":(\\d+)$");
    private static final int HIGHEST_PORT = 65_535;

    private final RequestValidator validator;

    EntryRules(RequestValidator validator) {
        this.validator = validator;
    }

    /**
     * {@code request} if it is a valid entry, its last chapter as the number it is ({@link TypedChapter}); else
     * every problem at once, by field.
     */
    ProgressRequest validate(ProgressRequest given) {
        String lastChapter = TypedChapter.canonical(given.lastChapter());
        ProgressRequest request = lastChapter.equals(given.lastChapter()) ? given : given.withLastChapter(lastChapter);
        FieldErrors errors = validator.errorsOf(request);
        if (request.startedOn() != null && request.finishedOn() != null
                && request.finishedOn().isBefore(request.startedOn())) {
            errors.add("finished_on", "Ensure this date is on or after the start date.");
        }
        if (!errors.has("reading_url") && !request.readingUrl().isEmpty() && !isWebAddress(request.readingUrl())) {
            errors.add("reading_url", "Enter a valid http or https URL.");
        }
        checkTags(request, errors);
        errors.throwIfAny();
        return request;
    }

    /**
     * {@code after} with the dates a tracker sets by itself, unless the reader set them: {@code started_on}
     * is today when the entry first gets a chapter or the status {@code reading}, {@code finished_on} when it
     * becomes {@code completed}, today being the reader's ({@link org.readtrack.shared.CallerZone}).
     * {@code before} is null for a new entry. A date that would come after a date the reader gave is left out
     * rather than break their order.
     */
    ProgressRequest withAutomaticDates(ProgressRequest before, ProgressRequest after, LocalDate today) {
        LocalDate started = after.startedOn();
        LocalDate finished = after.finishedOn();
        boolean firstChapter = !after.lastChapter().isEmpty() && (before == null || before.lastChapter().isEmpty());
        boolean nowReading = after.status() == ReadingStatus.READING
                && (before == null || before.status() != ReadingStatus.READING);
        if (started == null && (firstChapter || nowReading) && (finished == null || !finished.isBefore(today))) {
            started = today;
        }
        boolean nowCompleted = after.status() == ReadingStatus.COMPLETED
                && (before == null || before.status() != ReadingStatus.COMPLETED);
        if (finished == null && nowCompleted && (started == null || !started.isAfter(today))) {
            finished = today;
        }
        return started == after.startedOn() && finished == after.finishedOn() ? after : after.withDates(started, finished);
    }

    /**
     * As {@link #withAutomaticDates(ProgressRequest, ProgressRequest, LocalDate)}, for a stored entry changed by
     * {@code patch}: a date the patch gives is the reader's word, even a null one (a start date cleared while the
     * status goes back to {@code reading} stays cleared).
     */
    ProgressRequest withAutomaticDates(ProgressRequest before, ProgressRequest after, LocalDate today,
            ProgressPatch patch) {
        ProgressRequest dated = withAutomaticDates(before, after, today);
        LocalDate started = patch.startedOn() != null ? after.startedOn() : dated.startedOn();
        LocalDate finished = patch.finishedOn() != null ? after.finishedOn() : dated.finishedOn();
        return started == dated.startedOn() && finished == dated.finishedOn() ? dated : dated.withDates(started, finished);
    }

    /** What tells two tags apart: not their case ("Manhwa" and "manhwa" are one tag). */
    static String tagKey(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    private static void checkTags(ProgressRequest request, FieldErrors errors) {
        if (request.tags().size() > MAX_TAGS) {
            return; // too many is what is wrong with them; each of thousands would not be said apart
        }
        Set<String> seen = new HashSet<>();
        for (String tag : request.tags()) {
            if (!tag.matches(Messages.NOT_BLANK_PATTERN)) {
                errors.add("tags", "A tag may not be blank.");
            } else if (tag.codePointCount(0, tag.length()) > MAX_TAG_LENGTH) {
                errors.add("tags", "Ensure each tag has no more than " + MAX_TAG_LENGTH + " characters.");
            } else if (!seen.add(tagKey(tag))) {
                errors.add("tags", "The tag \"" + tag + "\" is given twice.");
            }
        }
    }

    /** An absolute http or https address with a host: a link a browser may follow, never {@code javascript:}. */
    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && hasHost(uri) && portInRange(uri);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** No port, or one a connection can have: {@link URI} takes 99999 as readily as 8443. */
    private static boolean portInRange(URI uri) {
        Matcher port = PORT.matcher(uri.getRawAuthority() == null ? "" : uri.getRawAuthority());
        return !port.find() || (port.group(1).length() <= 5 && Integer.parseInt(port.group(1)) <= HIGHEST_PORT);
    }

    /** A host name, internationalised ones ({@code 例え.jp}, which {@link URI} leaves unparsed) included. */
    private static boolean hasHost(URI uri) {
        if (uri.getHost() != null) {
            return true;
        }
        String authority = uri.getAuthority();
        if (authority == null) {
            return false;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
        try {
            return !host.isEmpty() && URI.create("http://" + IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES)).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
