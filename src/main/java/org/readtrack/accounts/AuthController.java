package org.readtrack.accounts;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.readtrack.web.FieldErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Accounts", description = "Registration, login, tokens and the caller's own account")
@RequestMapping("/api/auth")
class AuthController {

    private final Accounts accounts;
    private final Tokens tokens;
    private final AuthThrottle throttle;
    private final PasswordWork passwordWork;

    AuthController(Accounts accounts, Tokens tokens, AuthThrottle throttle, PasswordWork passwordWork) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.passwordWork = passwordWork;
    }

    @Operation(summary = "Create an account", description = "Anyone may register; the new account has the `user` role. Throttled per client address.")
    @PostMapping("/register")
    CompletableFuture<ResponseEntity<UserResponse>> register(@RequestBody RegisterRequest body,
            HttpServletRequest request) {
        throttle.register(request.getRemoteAddr(), body.username());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/auth/me/").build().toUri();
        return passwordWork.submit(() -> ResponseEntity.created(location)
                .body(UserResponse.of(accounts.register(body, Role.USER))));
    }

    @Operation(summary = "Log in", description = "`username` may also be the email address (any case). Returns an access and a refresh token. Throttled per address and per account, whether named by username or by email.")
    @PostMapping("/login")
    CompletableFuture<TokenPair> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        throttle.login(request.getRemoteAddr(), body.username());
        // before the hashing queue; the login reads the account again when its turn comes, maybe seconds later
        accounts.idOf(body.username()).ifPresent(throttle::loginTo);
        return passwordWork.submit(() -> accounts.login(body.username(), body.password()));
    }

    @Operation(summary = "Exchange a refresh token for a new pair", description = "Refresh tokens rotate: each works once. Presenting one again revokes every token of its login.")
    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        throttle.refresh(request.getRemoteAddr());
        throttle.refreshOf(tokens.subjectOf(body.refresh()));
        return tokens.rotate(body.refresh());
    }

    @Operation(summary = "Log out", description = "Revokes the refresh token (and the tokens rotated from the same login).")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody RefreshRequest body) {
        if (!tokens.revoke(body.refresh(), caller.id())) {
            throw FieldErrors.of("refresh", "Token is invalid or expired.");
        }
    }

    @Operation(summary = "Change the password", description = "Ends every session of the account: its refresh tokens and access tokens, this one included, stop working at once. Log in again with the new password.")
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    CompletableFuture<Void> changePassword(@AuthenticationPrincipal CurrentUser caller,
            @Valid @RequestBody PasswordChangeRequest body) {
        return passwordWork.submit(() -> {
            accounts.changePassword(caller.id(), body.oldPassword(), body.newPassword());
            return null;
        });
    }

    @Operation(summary = "Log out everywhere", description = "Ends every session of the account: every refresh token and every access token issued until now, this one included, stop working at once (on other instances of a scaled-out deployment, within `READTRACK_CALLER_CACHE_TTL`). Logging in again works at once.")
    @PostMapping("/logout-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logoutEverywhere(@AuthenticationPrincipal CurrentUser caller) {
        accounts.logoutEverywhere(caller.id());
    }

    @Operation(summary = "The caller's account")
    @GetMapping("/me")
    UserResponse me(@AuthenticationPrincipal CurrentUser caller) {
        return UserResponse.of(accounts.get(caller.id()));
    }

    @Operation(summary = "Update the caller's names or email", description = "A new `email` needs `current_password`, the account's password (400 on `current_password` when it is missing or wrong); names change without it.")
    @PatchMapping("/me")
    CompletableFuture<UserResponse> updateMe(@AuthenticationPrincipal CurrentUser caller,
            @Valid @RequestBody ProfileUpdate body) {
        if (body.email() == null) {
            return CompletableFuture.completedFuture(UserResponse.of(accounts.updateProfile(caller.id(), body)));
        }
        // checking the current password hashes it: on the hashing threads
        return passwordWork.submit(() -> UserResponse.of(accounts.updateProfile(caller.id(), body)));
    }
}
