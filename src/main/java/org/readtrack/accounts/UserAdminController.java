package org.readtrack.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CallerAuthentication;
import org.readtrack.security.CurrentUser;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.PublicLinks;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration, for administrators only (enforced by the security configuration). */
@RestController
@Tag(name = "Users", description = "Account administration (administrators only)")
@RequestMapping("/api/users")
class UserAdminController {

    private final UserAdministration administration;
    private final PasswordResets resets;
    private final PublicLinks links;

    UserAdminController(UserAdministration administration, PasswordResets resets, PublicLinks links) {
        this.administration = administration;
        this.resets = resets;
        this.links = links;
    }

    @Operation(summary = "List accounts", description = "`search` matches username, email or names, case-insensitively;"
            + " `ordering` takes `id` (the order accounts were created in; the default) or `-id`.")
    @GetMapping
    PageResponse<AdminUserResponse> list(@RequestParam(required = false) String search,
            @RequestParam(required = false) String ordering, PageQuery page) {
        return PageResponse.of(page, administration.list(search, ordering, page).map(AdminUserResponse::of), links);
    }

    @Operation(summary = "One account")
    @GetMapping("/{id}")
    AdminUserResponse get(@PathVariable long id) {
        return AdminUserResponse.of(administration.get(id));
    }

    @Operation(summary = "Change an account: role, active state, names, email", description = "Administrators cannot demote, deactivate or delete themselves. With a personal API token, a body that has `email` is refused (403). Deactivating an account ends its sessions and revokes its personal API tokens.")
    @PatchMapping("/{id}")
    AdminUserResponse update(@AuthenticationPrincipal CurrentUser caller, CallerAuthentication authentication,
            @PathVariable long id, @RequestBody AdminUserUpdate body) {
        if (body.email() != null) {
            authentication.refuseToPersonalToken("change an email address");
        }
        return AdminUserResponse.of(administration.administer(caller.id(), id, body));
    }

    @Operation(summary = "Make a password reset link for an account",
            description = "For the owner of an account who cannot sign in, when reset by mail is off or its mail does"
                    + " not come: the administrator gives them the link by other means. `url` is"
                    + " `{READTRACK_PUBLIC_URL}/reset-password?token=<token>`, shown in this answer only, valid for"
                    + " 24 hours and once, and void as soon as the account's password or email address changes, like"
                    + " a mailed one. 409 for a blocked account; refused (403) to personal API tokens.")
    @PostMapping("/{id}/password-reset")
    @ResponseStatus(HttpStatus.CREATED)
    PasswordResets.ResetLink resetLink(@AuthenticationPrincipal CurrentUser caller,
            CallerAuthentication authentication, @PathVariable long id) {
        authentication.refuseToPersonalToken("make a password reset link");
        return resets.linkFor(caller.id(), id);
    }

    @Operation(summary = "Delete an account and its progress")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        administration.delete(caller.id(), id);
    }
}
