package org.readtrack.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.readtrack.database.CaseFolding;
import org.readtrack.shared.Messages;

/**
 * A content's other titles (already trimmed): at most {@value #MAX_COUNT}, each of 1 to {@value #MAX_LENGTH}
 * characters on one line (they are stored one per line), no two alike ignoring case. Each broken rule is a
 * message on the field that names the title by its position, counted from 1; the client's text is never
 * part of a message (Bean Validation would interpret it as a template).
 */
@Documented
@Constraint(validatedBy = AltTitles.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface AltTitles {

    int MAX_COUNT = 20;
    int MAX_LENGTH = 200;

    String message() default "Invalid alternative titles.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AltTitles, List<String>> {

        private static final Pattern VISIBLE = Pattern.compile(Messages.NOT_BLANK_PATTERN);

        @Override
        public boolean isValid(List<String> titles, ConstraintValidatorContext context) {
            List<String> problems = titles == null ? List.of() : problems(titles);
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            problems.forEach(problem -> context.buildConstraintViolationWithTemplate(problem).addConstraintViolation());
            return false;
        }

        static List<String> problems(List<String> titles) {
            List<String> problems = new ArrayList<>();
            if (titles.size() > MAX_COUNT) {
                problems.add("Ensure this field has no more than " + MAX_COUNT + " elements.");
                return problems;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < titles.size(); i++) {
                String title = titles.get(i);
                String item = "Item " + (i + 1) + ": ";
                if (title == null) {
                    problems.add(item + "This field may not be null.");
                } else if (!VISIBLE.matcher(title).matches()) {
                    problems.add(item + Messages.NOT_BLANK);
                } else if (title.codePointCount(0, title.length()) > MAX_LENGTH) {
                    problems.add(item + Messages.MAX_200);
                } else if (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
                    problems.add(item + "Line breaks are not allowed.");
                } else {
                    Integer first = seen.putIfAbsent(CaseFolding.fold(title), i + 1);
                    if (first != null) {
                        problems.add(item + "The same title as item " + first + " (case is ignored).");
                    }
                }
            }
            return problems;
        }
    }
}
