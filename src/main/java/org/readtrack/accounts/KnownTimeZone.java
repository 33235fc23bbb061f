package org.readtrack.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A time zone named as the IANA database names it ({@code Europe/Paris}, {@code UTC}), exactly as browsers'
 * {@code Intl} gives it; null passes. Offsets such as {@code +02:00} are refused: they know nothing of summer
 * time, so dates shown with one would be an hour off half the year.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownTimeZone.Check.class)
@interface KnownTimeZone {

    String message() default "Not a known time zone: use an IANA name such as Europe/Paris or UTC.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownTimeZone, String> {

        /** The region ids of the Java runtime's time zone database: the IANA names and their old aliases. */
        private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ZONES.contains(value);
        }
    }
}
