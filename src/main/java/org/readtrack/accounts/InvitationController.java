package org.readtrack.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.RequestValidator;
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

/** Invitations to register, for administrators only (enforced by the security configuration). */
@RestController
@Tag(name = "Invitations", description = "Invitations to register (administrators only)")
@RequestMapping("/api/invitations")
class InvitationController {

    private final Invitations invitations;
    private final RequestValidator validator;
    private final PublicLinks links;

    InvitationController(Invitations invitations, RequestValidator validator, PublicLinks links) {
        this.invitations = invitations;
        this.validator = validator;
        this.links = links;
    }

    @Operation(summary = "Create an invitation", description = "`expires_in_days`: 1 to 90, 7 when left out; `email`: only this address may register with it (409 when an account has it already). The answer is the only one with `token` and `url` (`{READTRACK_PUBLIC_URL}/register?invitation=<token>`): only a digest of the token is kept. An invitation works once.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InvitationResponse create(@AuthenticationPrincipal CurrentUser caller,
            @RequestBody(required = false) InvitationRequest body) {
        // every field is optional: no body at all is an invitation with the defaults
        InvitationRequest request = body == null ? new InvitationRequest(null, null) : body;
        return invitations.create(caller.id(), validator.validate(request));
    }

    @Operation(summary = "List invitations", description = "Newest first; `token` and `url` are always null here (they are shown once, at creation).")
    @GetMapping
    PageResponse<InvitationResponse> list(PageQuery page) {
        return PageResponse.of(page, invitations.list(page).map(InvitationResponse::of), links);
    }

    @Operation(summary = "Revoke an invitation", description = "It can no longer be used. Revoking it again changes nothing.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        invitations.revoke(caller.id(), id);
    }
}
