package org.readtrack.accounts;

import jakarta.validation.Valid;

import org.readtrack.security.CurrentUser;
import org.readtrack.web.PageQuery;
import org.readtrack.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration, for administrators only (enforced by the security configuration). */
@RestController
@RequestMapping("/api/users")
class UserAdminController {

    private final Accounts accounts;

    UserAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    PageResponse<AdminUserResponse> list(@RequestParam(required = false) String search, PageQuery page) {
        return accounts.list(search, page);
    }

    @GetMapping("/{id}")
    AdminUserResponse get(@PathVariable long id) {
        return AdminUserResponse.of(accounts.get(id));
    }

    @PatchMapping("/{id}")
    AdminUserResponse update(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @Valid @RequestBody AdminUserUpdate body) {
        return AdminUserResponse.of(accounts.administer(caller.id(), id, body));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        accounts.delete(caller.id(), id);
    }
}
