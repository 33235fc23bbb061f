package org.readtrack.progress;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.catalog.ReleaseDay;
import org.readtrack.security.CurrentUser;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.PublicLinks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Progress", description = "The caller's reading progress; other users' entries do not exist for the caller")
@RequestMapping("/api/progress")
class ProgressController {

    /**
     * One entry, by its id in digits: a path in words (`import`, `export` and `history`) is then never taken for an
     * id, and a method that path does not take is answered 405 with the methods it does, not 404 for an entry named
     * so.
     */
    private static final String BY_ID = "/{id:\\d+}";

    private final ReadingProgress progress;
    private final RecentChanges recentChanges;
    private final PublicLinks links;

    ProgressController(ReadingProgress progress, RecentChanges recentChanges, PublicLinks links) {
        this.progress = progress;
        this.recentChanges = recentChanges;
        this.links = links;
    }

    @Operation(summary = "List the caller's entries", description = """
            Filters combine. `status`: one or several, comma-separated (`reading,on_hold`). `tag`: entries with \
            this tag, whatever its case. `has_unread`: whether the catalog has chapters after the last one read. \
            `search`: a part of the content's title, other titles or author, case, accents and punctuation \
            ignored (nothing but punctuation is no search). `release_day`: contents released on that day. \
            `ordering`: `updated_at` (default `-updated_at`), `title`, `score`, `unread_count`, `started_on` or \
            `finished_on`, `-` first for descending; entries without a score or date come last either way.""")
    @GetMapping
    PageResponse<ProgressResponse> list(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(required = false) Long content,
            @Parameter(description = "reading, completed, on_hold, dropped, plan_to_read; comma-separated")
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean favorite,
            @RequestParam(required = false) String tag,
            @RequestParam(name = "has_unread", required = false) Boolean hasUnread,
            @RequestParam(required = false) String search,
            @Parameter(description = "Contents that release on this day: mon, tue, wed, thu, fri, sat or sun")
            @RequestParam(name = "release_day", required = false) ReleaseDay releaseDay,
            @RequestParam(required = false) String ordering,
            PageQuery page) {
        ProgressFilter filter = ProgressFilter.of(content, status, favorite, tag, hasUnread, search,
                releaseDay == null ? null : releaseDay.bit(), ordering);
        return PageResponse.of(page, progress.list(caller.id(), filter, page), links);
    }

    @Operation(summary = "One of the caller's entries")
    @GetMapping(BY_ID)
    ProgressResponse get(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        return progress.get(caller.id(), id);
    }

    @Operation(summary = "Start tracking a content", description = "A content already tracked gives 409 with `existing_id`.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProgressResponse create(@AuthenticationPrincipal CurrentUser caller, @RequestBody ProgressRequest body,
            CallerZone zone) {
        return progress.create(caller.id(), body, zone);
    }

    @Operation(summary = "Update an entry", description = "`content` is required; a field left out keeps its"
            + " value, as in the original API (so a client that knows only `last_chapter` and `notes` leaves the"
            + " status, score, tags and privacy as they are); an explicit null clears a field that may be empty.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProgressRequest.class)))
    @PutMapping(BY_ID)
    ProgressResponse replace(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestBody ProgressPatch body, CallerZone zone) {
        return progress.replace(caller.id(), id, body, zone);
    }

    @Operation(summary = "Change some fields of an entry")
    @PatchMapping(BY_ID)
    ProgressResponse patch(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestBody ProgressPatch body, CallerZone zone) {
        return progress.patch(caller.id(), id, body, zone);
    }

    @Operation(summary = "Move to the next chapter", description = """
            `last_chapter` becomes the content's next catalog chapter; past the catalog's last chapter, a \
            numeric last chapter goes to the next whole number (`12` → `13`, `12.5` → `13`); otherwise 409. \
            A `plan_to_read` entry becomes `reading`; reaching the last chapter of a completed content completes the \
            entry. With `from`, the entry advances only if its last chapter is still that one (empty: none yet); \
            otherwise 409 with the current \
            `last_chapter` in the problem, so that a tap sent late (queued offline) never skips a chapter. \
            With `to`, the entry moves up to that chapter, which must come after its last one (else 409): every \
            chapter passed counts as read in the statistics, the first ones too, unlike an edit of `last_chapter` \
            (which takes a first chapter for where the reader started).""")
    @ApiResponse(responseCode = "200", description = "The entry, advanced")
    @ApiResponse(responseCode = "400", description = "`to` blank, longer than 50 characters or holding a control character", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "No next chapter, `to` not after the last chapter, or the entry is no longer at `from`", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/advance")
    ProgressResponse advance(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestParam Optional<String> from,
            @Parameter(description = "The chapter read up to: a chapter number, as `last_chapter` takes it")
            @RequestParam Optional<String> to, CallerZone zone) {
        return progress.advance(caller.id(), id, from, to, zone);
    }

    @Operation(summary = "The caller's changes to all their entries, newest first", description = """
            What `/api/progress/{id}/history/` gives for one entry, for all of them at once, each with its \
            entry's id and its content's id, title and cover: a change made lately is found without knowing which \
            series it was made to. A deleted entry's changes go with it.""")
    @GetMapping("/history")
    PageResponse<RecentChange> recentChanges(@AuthenticationPrincipal CurrentUser caller, PageQuery page) {
        return PageResponse.of(page, recentChanges.page(caller.id(), page), links);
    }

    @Operation(summary = "The entry's changes, newest first", description = """
            Every change to the entry's fields: `changes` maps each field that changed to [before, after]; \
            `undone` once an undo has reverted the change.""")
    @GetMapping("/{id}/history")
    PageResponse<HistoryResponse> history(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            PageQuery page) {
        return PageResponse.of(page, progress.history(caller.id(), id, page), links);
    }

    @Operation(summary = "Revert the latest change", description = """
            Reverts the latest change not reverted yet and records that as an `undo`; repeated calls go \
            further back. The creation is never undone: 409 when nothing else is left. Nor is a merge of the \
            series into another by a moderator (an `update` of `content` in the history): 409 there too.""")
    @ApiResponse(responseCode = "200", description = "The entry, as it was before that change")
    @ApiResponse(responseCode = "409", description = "Nothing left to undo", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/undo")
    ProgressResponse undo(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        return progress.undo(caller.id(), id);
    }

    @Operation(summary = "Stop tracking")
    @DeleteMapping(BY_ID)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        progress.delete(caller.id(), id);
    }
}
