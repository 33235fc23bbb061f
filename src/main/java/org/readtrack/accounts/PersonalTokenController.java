package org.readtrack.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.PublicLinks;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal API tokens; a personal token itself may not use these (the security configuration). */
@RestController
@Tag(name = "API tokens", description = "Personal API tokens: long-lived bearer tokens for scripts and other clients")
@RequestMapping("/api/auth/tokens")
class PersonalTokenController {

    private final PersonalTokens tokens;
    private final PublicLinks links;

    PersonalTokenController(PersonalTokens tokens, PublicLinks links) {
        this.tokens = tokens;
        this.links = links;
    }

    @Operation(summary = "Create a personal API token", description = """
            Answers the token's secret in `token`, this once: only its hash is kept. Send it as \
            `Authorization: Bearer <token>`, like an access token. A `read` token may only GET; a `write` token \
            may do whatever the account's role allows. No personal token may change the password or the email \
            address, manage tokens, refresh or end sessions (403). It keeps working after a password change or \
            a logout from everywhere, until it expires or is revoked. At most 50 per account (409).""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedPersonalToken create(@AuthenticationPrincipal CurrentUser caller, @RequestBody PersonalTokenRequest body) {
        return tokens.create(caller.id(), body);
    }

    @Operation(summary = "The caller's personal API tokens", description = "Newest first, expired ones included, without their secrets. `last_used_at` is accurate to the minute.")
    @GetMapping
    PageResponse<PersonalTokenResponse> list(@AuthenticationPrincipal CurrentUser caller, PageQuery page) {
        return PageResponse.of(page, tokens.list(caller.id(), page).map(PersonalTokenResponse::of), links);
    }

    @Operation(summary = "Revoke a personal API token", description = "It stops working at once. Another account's token is a 404.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        tokens.revoke(caller.id(), id);
    }
}
