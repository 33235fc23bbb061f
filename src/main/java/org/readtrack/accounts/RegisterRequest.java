package org.readtrack.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hibernate.validator.constraints.CodePointLength;

import org.readtrack.shared.Messages;

record RegisterRequest(
        @NotNull(message = Messages.REQUIRED)
        @Schema(minLength = 1)
        @CodePointLength(max = 150, message = Messages.MAX_150)
        @Pattern(regexp = USERNAME_PATTERN, message = USERNAME_MESSAGE)
        String username,

        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = Messages.NOT_BLANK_PATTERN, message = Messages.NOT_BLANK)
        @CodePointLength(max = 254, message = Messages.MAX_254)
        @Email(message = "Enter a valid email address.")
        String email,

        @NotNull(message = Messages.REQUIRED)
        @CodePointLength(max = PasswordPolicy.MAX_INPUT, message = PasswordPolicy.MAX_INPUT_MESSAGE)
        String password,

        @CodePointLength(max = 150, message = Messages.MAX_150)
        String firstName,

        @CodePointLength(max = 150, message = Messages.MAX_150)
        String lastName,

        @Schema(description = "The token of an invitation (from its link's `invitation` parameter): needed when"
                + " registration is by invitation (`GET /api/config/`), ignored when it is open.")
        @CodePointLength(max = 100, message = Messages.MAX_100)
        String invitation) {

    /**
     * Empty is allowed here, to be refused as blank ({@link Accounts#validate}, as DRF does) rather than as made of
     * wrong characters.
     */
    static final String USERNAME_PATTERN = "^[\\p{L}\\p{N}@.+\\-_]*$";
    /**
     * "." and ".." are steps of a path, not names: a profile's address ({@code /profiles/..}) could not reach them.
     * Checked beside the constraints ({@link Accounts#validate}): a second pattern would hide the first from the
     * OpenAPI schema.
     */
    static final String PATH_STEP_MESSAGE = "Enter a valid username. \".\" and \"..\" cannot be used.";
    /** See {@link UsernameScripts}. */
    static final String MIXED_SCRIPTS_MESSAGE =
            "Enter a valid username. Letters of different alphabets cannot be mixed (such as Latin and Cyrillic).";
    static final String USERNAME_MESSAGE =
            "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.";

    RegisterRequest {
        // like DRF, surrounding white space is not part of a value; passwords are taken exactly as typed
        username = strip(username);
        email = strip(email);
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        invitation = strip(invitation);
    }

    /** Without an invitation: an administrator created outside the API. */
    RegisterRequest(String username, String email, String password, String firstName, String lastName) {
        this(username, email, password, firstName, lastName, null);
    }

    boolean usernameIsBlank() {
        return "".equals(username);
    }

    boolean usernameIsAPathStep() {
        return ".".equals(username) || "..".equals(username);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
