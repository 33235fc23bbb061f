package org.readtrack.catalog;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.PublicLinks;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Suggestions", description = "Series that readers propose for the catalog; reviewed by moderators")
@RequestMapping("/api/suggestions")
class SuggestionController {

    private final Suggestions suggestions;
    private final PublicLinks links;

    SuggestionController(Suggestions suggestions, PublicLinks links) {
        this.suggestions = suggestions;
        this.links = links;
    }

    @Operation(summary = "Suggest a missing series", description = """
            Any account. The content is created at once (validated as any content) and `content` is its id: the \
            proposer can track it straight away, and nobody else sees it (lists, search, chapters, feed, import) \
            until a moderator approves it; moderators see it while it is pending. A title (or other title) that a \
            content of the category the caller sees, or a pending suggestion, already has, compared as imports \
            compare titles → 409 with `existing`, that content's id. A caller with 100 suggestions awaiting review → \
            409 (an import's further rows are then `unmatched`).""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SuggestionResponse propose(@AuthenticationPrincipal CurrentUser caller, @RequestBody SuggestionRequest body) {
        return suggestions.propose(body, Viewer.of(caller));
    }

    @Operation(summary = "List suggestions", description = "A reader's own; moderators' and administrators', everyone's."
            + " Newest first.")
    @GetMapping
    PageResponse<SuggestionResponse> list(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(required = false) SuggestionStatus status, PageQuery page) {
        return PageResponse.of(page, suggestions.list(status, page, Viewer.of(caller)), links);
    }

    @Operation(summary = "Approve a suggestion", description = """
            Moderators. The content becomes public. The body, optional, changes content fields at the same time, \
            validated as a content PATCH; its title must then be free in its category (409 with `existing`). A \
            suggestion that is not pending → 409.""")
    @PostMapping("/{id}/approve")
    SuggestionResponse approve(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestBody(required = false) ContentPatch body) {
        return suggestions.approve(id, body, Viewer.of(caller));
    }

    @Operation(summary = "Reject a suggestion", description = """
            Moderators. The proposer keeps the content as their own private one, with their entry, and reads the \
            reason; nobody else sees it any more. A suggestion that is not pending → 409.""")
    @PostMapping("/{id}/reject")
    SuggestionResponse reject(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @Valid @RequestBody SuggestionRejection body) {
        return suggestions.reject(id, body.reason(), Viewer.of(caller));
    }

    @Operation(summary = "Merge a suggestion into an existing content", description = """
            Moderators. Readers' entries move to `into`, a public content; a reader who tracked both keeps the \
            more advanced entry (the further chapter, else the latest change), and its history records the \
            `merge`. The suggested content is then deleted, and the suggestion's `content` becomes `into`. \
            `into` being the suggestion's own content, or no public content → 400; not pending → 409.""")
    @PostMapping("/{id}/merge")
    SuggestionResponse merge(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @Valid @RequestBody SuggestionMerge body) {
        return suggestions.merge(id, body.into(), Viewer.of(caller));
    }
}
