package org.readtrack.accounts;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CallerAuthentication;
import org.readtrack.security.CurrentUser;
import org.readtrack.security.DeviceCookie;
import org.readtrack.security.RefreshTokenCookie;
import org.readtrack.security.Role;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.Messages;
import org.readtrack.web.PublicLinks;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts", description = "Registration, login, tokens and the caller's own account")
@RequestMapping("/api/auth")
class AuthController {

    private static final String COOKIE = "`true`: the refresh token is set in an `HttpOnly` cookie for `/api/auth/` (what the web app uses) and left out of the body.";

    private final Accounts accounts;
    private final Tokens tokens;
    private final AuthThrottle throttle;
    private final PasswordWork passwordWork;
    private final RefreshTokenCookie refreshCookie;
    private final RegistrationPolicy registration;
    private final KnownDevices devices;
    private final PublicLinks links;

    AuthController(Accounts accounts, Tokens tokens, AuthThrottle throttle, PasswordWork passwordWork,
            RefreshTokenCookie refreshCookie, RegistrationPolicy registration, KnownDevices devices,
            PublicLinks links) {
        this.registration = registration;
        this.devices = devices;
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.passwordWork = passwordWork;
        this.refreshCookie = refreshCookie;
        this.links = links;
    }

    @Operation(summary = "Create an account", description = "The new account has the `user` role. Who may register depends on `READTRACK_REGISTRATION` (see `GET /api/config/`): `open`, anyone; `invite`, only with `invitation`, the token of an unused, unexpired, unrevoked invitation (403 without one; 400 on `invitation` when it cannot be used, on `email` when it is for another address; nothing is created); `closed`, nobody (403). A username or email address that another account has (any case, as either) is 409, and so is a username that looks the same as another's written in another alphabet (`соре`, in Cyrillic letters, beside `cope`); a username that mixes alphabets is 400. Throttled per client address, per username and for all clients together.")
    @PostMapping("/register")
    // the answer's own status is the one sent; this one is what the OpenAPI document says of it
    @ResponseStatus(HttpStatus.CREATED)
    CompletableFuture<ResponseEntity<UserResponse>> register(@RequestBody RegisterRequest body,
            HttpServletRequest request) {
        String invitation = registration.gate(body);
        // nothing is keyed on a name before it is known to be a valid one, of bounded length
        accounts.validate(body);
        registration.checkInvitation(invitation, body);
        throttle.register(request.getRemoteAddr(), body.username());
        URI location = links.path("/api/auth/me/");
        return passwordWork.submit(() -> ResponseEntity.created(location)
                .body(UserResponse.of(accounts.register(body, Role.USER, invitation))));
    }

    @Operation(summary = "Check an invitation's link", description = "200 with the address the invitation is for (`email`, null for any) and when it expires, when a registration could use it now; 400 on `invitation` saying why it cannot (not valid, used, expired or revoked), as `POST /api/auth/register/` would; 403 when registration is closed. Nothing changes. For the page an invitation's link opens, to say at once that the link no longer works, and fill in the address. Not throttled: an invitation's token cannot be guessed.")
    @PostMapping("/register/check")
    InvitationFor checkInvitation(@Valid @RequestBody InvitationLink body) {
        return registration.invitationFor(body.invitation());
    }

    @Operation(summary = "Log in", description = "`username` may also be the email address (any case). Returns an access and a refresh token. Throttled per address, per account (whether named by username or by email) and for all clients together. A successful login sets a `readtrack_device` cookie (HttpOnly, sent back to this endpoint only, valid a year): a client that sends it back logs in on a budget of its own for that account, so that failed logins from elsewhere cannot lock its owner out. Ending the account's sessions (a change or reset of its password, logging out everywhere, a deactivation) forgets the browsers known until then.")
    @PostMapping("/login")
    CompletableFuture<ResponseEntity<TokenPair>> login(@Valid @RequestBody LoginRequest body,
            @Parameter(description = COOKIE) @RequestParam(defaultValue = "false") boolean cookie,
            HttpServletRequest request) {
        boolean secure = refreshCookie.secureFor(request);
        String address = request.getRemoteAddr();
        Optional<KnownDevices.Device> device = devices.of(DeviceCookie.read(request));
        throttle.login(address, body.username(), device.isPresent());
        // before the hashing queue; the login reads the account again when its turn comes, maybe seconds later
        Optional<Account> named = accounts.named(body.username());
        Optional<Long> account = named.map(Account::id);
        throttle.loginTo(address, account, device.filter(known -> named.filter(known::knownTo).isPresent()));
        return passwordWork.submit(() -> {
            try {
                ResponseEntity<TokenPair> answer = answer(accounts.login(body.username(), body.password()), cookie,
                        secure);
                // this browser is now known to the account: its next logins keep a budget of their own
                return named.map(known -> ResponseEntity.ok().headers(answer.getHeaders())
                        .header(HttpHeaders.SET_COOKIE, DeviceCookie.holding(devices.tokenFor(known), secure))
                        .body(answer.getBody())).orElse(answer);
            } catch (BadCredentialsException e) {
                SecurityEvents.loginFailed(address, account.orElse(null));
                throw e;
            }
        });
    }

    @Operation(summary = "Exchange a refresh token for a new pair", description = "Refresh tokens rotate: each works once. Presenting one again ends its login: its refresh tokens and the access tokens it was given stop working. The token comes from the body or, when the body has none, from the web app's cookie; an answer to a cookie's token sets the new one in the cookie.")
    @PostMapping("/refresh")
    ResponseEntity<TokenPair> refresh(@Valid @RequestBody(required = false) RefreshRequest body,
            @Parameter(description = COOKIE) @RequestParam(defaultValue = "false") boolean cookie,
            HttpServletRequest request) {
        String fromCookie = RefreshTokenCookie.read(request);
        String token = refreshToken(body, fromCookie);
        String address = request.getRemoteAddr();
        throttle.refresh(address);
        throttle.refreshOf(address, tokens.subjectOf(token));
        // for the line that a reused token's revocation logs, deep in Tokens
        try (MDC.MDCCloseable context = MDC.putCloseable(SecurityEvents.CLIENT_ADDRESS, address)) {
            return answer(tokens.rotate(token), cookie || token.equals(fromCookie), refreshCookie.secureFor(request));
        }
    }

    @Operation(summary = "Log out", description = "Ends the login of the refresh token, from the body or else the web app's cookie, which is cleared: that token, the tokens rotated from it and the access tokens of that login stop working (on other instances of a scaled-out deployment, within `READTRACK_CALLER_CACHE_TTL`).")
    @PostMapping("/logout")
    // as for register: for the OpenAPI document, the answer sets its own
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> logout(@AuthenticationPrincipal CurrentUser caller,
            @Valid @RequestBody(required = false) RefreshRequest body, HttpServletRequest request) {
        String fromCookie = RefreshTokenCookie.read(request);
        String token = refreshToken(body, fromCookie);
        if (!tokens.revoke(token, caller.id())) {
            throw FieldErrors.of("refresh", "Token is invalid or expired.");
        }
        var answer = ResponseEntity.noContent();
        if (token.equals(fromCookie)) {
            answer.header(HttpHeaders.SET_COOKIE, refreshCookie.cleared(refreshCookie.secureFor(request)));
        }
        return answer.build();
    }

    /** The body's token, else the cookie's; neither is the same 400 as an empty body has always been. */
    private static String refreshToken(RefreshRequest body, String fromCookie) {
        if (body != null && body.refresh() != null) {
            return body.refresh();
        }
        if (fromCookie != null) {
            return fromCookie;
        }
        throw FieldErrors.of("refresh", Messages.REQUIRED);
    }

    private ResponseEntity<TokenPair> answer(TokenPair pair, boolean cookie, boolean secure) {
        if (!cookie) {
            return ResponseEntity.ok(pair);
        }
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, refreshCookie.holding(pair.refresh(), secure))
                .body(pair.withoutRefresh());
    }

    @Operation(summary = "Change the password", description = "Ends every session of the account: its refresh tokens and access tokens, this one included, stop working at once. Log in again with the new password. Throttled per account, per address and for all accounts together.")
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    CompletableFuture<Void> changePassword(@AuthenticationPrincipal CurrentUser caller,
            @Valid @RequestBody PasswordChangeRequest body, HttpServletRequest request) {
        throttle.passwordChange(request.getRemoteAddr(), caller.id());
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

    @Operation(summary = "Update the caller's names or email", description = "A new `email` needs `current_password`, the account's password (400 on `current_password` when it is missing or wrong); names change without it. With a personal API token, a body that has `email` at all is refused (403). A body with `email` is throttled as password changes are.")
    @PatchMapping("/me")
    CompletableFuture<UserResponse> updateMe(@AuthenticationPrincipal CurrentUser caller,
            CallerAuthentication authentication, @Valid @RequestBody ProfileUpdate body, HttpServletRequest request) {
        if (body.email() != null) {
            // whoever found a token could otherwise take the account over through a password reset
            authentication.refuseToPersonalToken("change an email address");
        }
        if (body.email() == null) {
            return CompletableFuture.completedFuture(UserResponse.of(accounts.updateProfile(caller.id(), body)));
        }
        // each attempt checks the password: unthrottled, a stolen access token could guess it here
        throttle.passwordChange(request.getRemoteAddr(), caller.id());
        // checking the current password hashes it: on the hashing threads
        return passwordWork.submit(() -> UserResponse.of(accounts.updateProfile(caller.id(), body)));
    }

    @Operation(summary = "Delete the caller's account", description = "With `current_password`, the account's password (400 on `current_password` when it is missing or wrong): the account is deleted with its reading list and history, its sessions and API tokens, and the series it suggested that were not approved; its reviews stay. The last active administrator's account is kept (409). Refused to a personal API token (403). Throttled as password changes are.")
    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    CompletableFuture<Void> deleteMe(@AuthenticationPrincipal CurrentUser caller, CallerAuthentication authentication,
            @Valid @RequestBody AccountDeletionRequest body, HttpServletRequest request) {
        authentication.refuseToPersonalToken("delete an account");
        throttle.passwordChange(request.getRemoteAddr(), caller.id());
        // checking the password hashes it: on the hashing threads
        return passwordWork.submit(() -> {
            accounts.deleteOwn(caller.id(), body.currentPassword());
            return null;
        });
    }
}
