package org.readtrack.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param mode who may register ({@code READTRACK_REGISTRATION}) */
@ConfigurationProperties("readtrack.registration")
record RegistrationProperties(RegistrationMode mode) {

    /** Any value but {@code open}, {@code invite}, {@code closed} (any case) or none stops start-up, naming them. */
    @ConstructorBinding
    RegistrationProperties(@DefaultValue("open") String mode) {
        this(RegistrationMode.parse(mode));
    }
}
