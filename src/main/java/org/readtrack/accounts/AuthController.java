package org.readtrack.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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
@RequestMapping("/api/auth")
class AuthController {

    private final Accounts accounts;
    private final Tokens tokens;
    private final AuthThrottle throttle;

    AuthController(Accounts accounts, Tokens tokens, AuthThrottle throttle) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @PostMapping("/register")
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request) {
        throttle.register(request.getRemoteAddr());
        User user = accounts.register(body, Role.USER);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/auth/me/").build().toUri())
                .body(UserResponse.of(user));
    }

    @PostMapping("/login")
    Tokens.Pair login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        throttle.login(request.getRemoteAddr(), body.username());
        return accounts.login(body.username(), body.password());
    }

    @PostMapping("/refresh")
    Tokens.Pair refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        throttle.refresh(request.getRemoteAddr());
        return tokens.rotate(body.refresh());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody RefreshRequest body) {
        if (!tokens.revoke(body.refresh(), caller.id())) {
            throw FieldErrors.of("refresh", "Token is invalid or expired.");
        }
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody PasswordChangeRequest body) {
        accounts.changePassword(caller.id(), body.oldPassword(), body.newPassword());
    }

    @GetMapping("/me")
    UserResponse me(@AuthenticationPrincipal CurrentUser caller) {
        return UserResponse.of(accounts.get(caller.id()));
    }

    @PatchMapping("/me")
    UserResponse updateMe(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody ProfileUpdate body) {
        return UserResponse.of(accounts.updateProfile(caller.id(), body));
    }
}
