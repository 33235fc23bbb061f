package org.readtrack.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Weekday names as {@link ReleaseDay} spells them. Taken as text rather than as the enum so that an unknown
 * day is reported on the field itself, with every other invalid field of the request, rather than by the
 * JSON reader on {@code release_days[2]} alone. A day given twice counts once.
 */
@Documented
@Constraint(validatedBy = ReleaseDays.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface ReleaseDays {

    String message() default "Invalid release days.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ReleaseDays, List<String>> {

        @Override
        public boolean isValid(List<String> days, ConstraintValidatorContext context) {
            if (days == null) {
                return true;
            }
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                if (days.get(i) == null || ReleaseDay.parse(days.get(i)).isEmpty()) {
                    problems.add("Item " + (i + 1) + ": not a valid choice; use mon, tue, wed, thu, fri, sat or sun.");
                }
            }
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            problems.forEach(problem -> context.buildConstraintViolationWithTemplate(problem).addConstraintViolation());
            return false;
        }
    }
}
