package org.readtrack.accounts;

import java.util.Collections;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.shared.RequestValidator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password reset, for whoever forgot their password (no token). Asking for a mail answers 202 always, as the contract
 * gives it, also when no mail server is configured: then no mail goes out, and {@code GET /api/config/} told
 * clients beforehand ({@code password_reset: false}); a token still sets a password then, from a link an
 * administrator made ({@link UserAdminController}).
 */
@RestController
@Tag(name = "Accounts", description = "Registration, login, tokens and the caller's own account")
@RequestMapping("/api/auth/password/reset")
class PasswordResetController {

    private final PasswordResets resets;
    private final AuthThrottle throttle;
    private final MailWork mailWork;
    private final PasswordWork passwordWork;
    private final RequestValidator validator;

    PasswordResetController(PasswordResets resets, AuthThrottle throttle, MailWork mailWork,
            PasswordWork passwordWork, RequestValidator validator) {
        this.resets = resets;
        this.throttle = throttle;
        this.mailWork = mailWork;
        this.passwordWork = passwordWork;
        this.validator = validator;
    }

    @Operation(summary = "Ask for a password-reset mail", description = "Always 202 for a valid address, whether an account has it or not (the mail, if any, goes out afterwards); the mail is in the account's chosen language, else that of `Accept-Language` (English or French, else English) and links to `{READTRACK_PUBLIC_URL}/reset-password?token=…`, valid for one hour. Also 202 when reset by mail is off (`GET /api/config/` says `password_reset: false`): then no mail goes out. Throttled per client address, per email address and for all clients together.")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    void request(@RequestBody PasswordResetRequest body, HttpServletRequest request) {
        // nothing is keyed on an address before it is known to be a valid one, of bounded length
        validator.validate(body);
        throttle.passwordReset(request.getRemoteAddr(), body.email());
        if (resets.enabled()) {
            var language = ResetMail.language(Collections.list(request.getLocales()));
            mailWork.submit(() -> resets.mailLink(body.email(), language));
        }
    }

    @Operation(summary = "Check a reset token", description = "204 when `POST /api/auth/password/reset/confirm/` would take the token, 400 on `token` when it would not (unknown, used, expired, or made before the password or email address last changed); nothing changes either way. For the page a mailed link opens, to say at once that the link no longer works. Not throttled: nothing is hashed, and a token cannot be guessed.")
    @PostMapping("/check")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void check(@RequestBody PasswordResetCheck body) {
        validator.validate(body);
        resets.check(body.token());
    }

    @Operation(summary = "Set a new password with a reset token", description = "204: the password is changed, every session of the account ends (log in again) and its personal API tokens are revoked. A token that is unknown, used, expired or made before the password or email address last changed is a 400 on `token`; a new password the policy refuses, a 400 on `new_password`. Works with reset by mail off too, for a link an administrator made (`POST /api/users/{id}/password-reset/`). Throttled per client address and for all clients together.")
    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    CompletableFuture<Void> confirm(@RequestBody PasswordResetConfirmation body, HttpServletRequest request) {
        validator.validate(body);
        throttle.passwordResetConfirm(request.getRemoteAddr());
        return passwordWork.submit(() -> {
            resets.confirm(body.token(), body.newPassword());
            return null;
        });
    }
}
