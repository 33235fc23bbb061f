package org.readtrack.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: 8 to 128 characters, not only digits, not one of the common
 * passwords, and not a near copy of the account's own username, email address or names.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    /**
     * What any password field accepts before anything else looks at it (longer ones are refused at once,
     * before the hashing queue): the policy's own maximum applies to new passwords only, and an existing
     * password may predate it.
     */
    static final String MAX_INPUT_MESSAGE = "Ensure this field has no more than 1024 characters.";
    static final int MAX_INPUT = 1024;
    /** Share of characters a password may have in common with an attribute of its account. */
    private static final double MAX_SIMILARITY = 0.7;

    private final CommonPasswords common = CommonPasswords.load();

    /** The account attributes a password must not resemble, by the name used in messages. */
    record Attributes(String username, String email, String firstName, String lastName) {
        Map<String, String> byLabel() {
            Map<String, String> labelled = new LinkedHashMap<>();
            labelled.put("username", username);
            labelled.put("email address", email);
            labelled.put("first name", firstName);
            labelled.put("last name", lastName);
            return labelled;
        }
    }

    /** @return the problems found, empty when the password is acceptable */
    List<String> check(String password, Attributes account) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("This password is too short. It must contain at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            problems.add("Ensure this field has no more than " + MAX_LENGTH + " characters.");
        }
        if (!password.isEmpty() && password.chars().allMatch(Character::isDigit)) {
            problems.add("This password is entirely numeric.");
        }
        if (common.contains(password)) {
            problems.add("This password is too common.");
        }
        account.byLabel().forEach((label, value) -> {
            if (resembles(password, value)) {
                problems.add("The password is too similar to the " + label + ".");
            }
        });
        return problems;
    }

    /** Compares with the whole attribute and with each of its words ("jane.doe@example.org" → jane, doe, …). */
    private static boolean resembles(String password, String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return false;
        }
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>(List.of(attribute.toLowerCase(Locale.ROOT).split("[\\W_]+")));
        parts.add(attribute.toLowerCase(Locale.ROOT));
        for (String part : parts) {
            // a short word inside a long password says little about the password
            if (part.length() >= 3 && lowerPassword.length() < 10 * part.length()
                    && sharedCharacterRatio(lowerPassword, part) >= MAX_SIMILARITY) {
                return true;
            }
        }
        return false;
    }

    /** 2 × characters in common (as multisets) / total length: 1.0 for anagrams, 0.0 for disjoint strings. */
    static double sharedCharacterRatio(String a, String b) {
        Map<Integer, Integer> counts = new HashMap<>();
        a.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int shared = 0;
        for (int c : b.codePoints().toArray()) {
            Integer left = counts.get(c);
            if (left != null && left > 0) {
                counts.put(c, left - 1);
                shared++;
            }
        }
        int total = a.codePointCount(0, a.length()) + b.codePointCount(0, b.length());
        return total == 0 ? 0 : 2.0 * shared / total;
    }
}
