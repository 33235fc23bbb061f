package org.readtrack.catalog;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Chapters", description = "Chapters of contents; read by any account, written by moderators")
@RequestMapping("/api/chapters")
class ChapterController {

    /**
     * One chapter, by its id in digits: a path in words (`range`) is then never taken for an id, and a method that
     * path does not take is answered 405 with the methods it does, not 404 for a chapter named so.
     */
    private static final String BY_ID = "/{id:\\d+}";

    private final Chapters chapters;
    private final PublicLinks links;

    ChapterController(Chapters chapters, PublicLinks links) {
        this.chapters = chapters;
        this.links = links;
    }

    @Operation(summary = "List chapters", description = "Ordered by content, then naturally by number (2 < 10 < 10.5 < 11, non-numbers last); `ordering=-chapter_number` turns that round, the newest first. `search` matches title or number, ignoring case, within the chapters of `content` or, without it, of the whole catalog: such a search reads every chapter, and runs one at a time (503 with `Retry-After` when another has been running for over a second).")
    @GetMapping
    PageResponse<ChapterResponse> list(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(required = false) Long content, @RequestParam(required = false) String search,
            @Parameter(schema = @Schema(allowableValues = {"chapter_number", "-chapter_number"},
                    defaultValue = "chapter_number"))
            @RequestParam(required = false) String ordering,
            PageQuery page) {
        return PageResponse.of(page, chapters.list(content, search, Chapters.newestFirst(ordering), page,
                Viewer.of(caller)), links);
    }

    @Operation(summary = "One chapter")
    @GetMapping(BY_ID)
    ChapterResponse get(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        return chapters.get(id, Viewer.of(caller));
    }

    @Operation(summary = "Create a chapter", description = "Chapter numbers are unique within a content.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChapterResponse create(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody ChapterRequest body) {
        return chapters.create(body, Viewer.of(caller));
    }

    @Operation(summary = "Create a range of chapters", description = "Chapters `from` to `to` (whole numbers, both included, at most 2,000) of one content, in one transaction: when the content already has one of these numbers, nothing is added (409 naming it), unless `skip_existing` is true: then those numbers are left out and the others added; `skipped` counts them.")
    @PostMapping("/range")
    @ResponseStatus(HttpStatus.CREATED)
    ChapterRangeResponse createRange(@AuthenticationPrincipal CurrentUser caller,
            @Valid @RequestBody ChapterRange body) {
        return chapters.createRange(body, Viewer.of(caller));
    }

    @Operation(summary = "Delete a range of chapters", description = "The chapters of `content` numbered `from` to `to`"
            + " (whole numbers, both included) and those between them (10.5 and 10a lie between 10 and 11), none after"
            + " `to` (2000.5 comes after 2000); chapters named in words are kept. The way back from a range added by"
            + " mistake, in one transaction. 200 with how many were deleted, 0 when the content had none of these"
            + " numbers.")
    @DeleteMapping("/range")
    ChapterRangeDeletion deleteRange(@AuthenticationPrincipal CurrentUser caller,
            @Parameter(description = "The content whose chapters go.") @RequestParam long content,
            @Parameter(description = "First chapter number, included.", example = "301") @RequestParam int from,
            @Parameter(description = "Last chapter number, included.", example = "2000") @RequestParam int to) {
        return new ChapterRangeDeletion(chapters.deleteRange(content, from, to, Viewer.of(caller)));
    }

    @Operation(summary = "Replace a chapter", description = "`content` and `chapter_number` are required; a field left"
            + " out keeps its value, as in the original API; an explicit null clears `title` or `release_date`.")
    @PutMapping(BY_ID)
    ChapterResponse replace(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestBody ChapterPatch body) {
        return chapters.replace(id, body, Viewer.of(caller));
    }

    @Operation(summary = "Change some fields of a chapter")
    @PatchMapping(BY_ID)
    ChapterResponse patch(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestBody ChapterPatch body) {
        return chapters.patch(id, body, Viewer.of(caller));
    }

    @Operation(summary = "Delete a chapter")
    @DeleteMapping(BY_ID)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        chapters.delete(id, Viewer.of(caller));
    }
}
