package org.readtrack.progress;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Progress")
@RequestMapping("/api/progress/tags")
class TagsController {

    private final ReaderTags tags;

    TagsController(ReaderTags tags) {
        this.tags = tags;
    }

    @Operation(summary = "The caller's tags, the most used first", description = """
            Each tag once whatever its case, with how many of the caller's entries have it; private entries count \
            too. The whole list at once, not a page: a reader's tags are a few dozen, and a client offers them all. \
            Entries with a tag are listed by `GET /api/progress/?tag=`.""")
    @GetMapping
    TagList list(@AuthenticationPrincipal CurrentUser caller) {
        return tags.list(caller.id());
    }

    @Operation(summary = "Rename a tag on every entry that has it", description = """
            `from` is found whatever its case; a 400 on `from` when no entry of the caller has it. An entry that has `to` already keeps it once, so renaming a tag to \
            another merges them; `to` is then written as given on every entry with either tag. Each entry changed \
            gets an `update` in its history; all are changed or none.""")
    @ApiResponse(responseCode = "200", description = "The entries changed")
    @ApiResponse(responseCode = "409", description = "The entries kept changing meanwhile", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/rename")
    TagChanges rename(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody TagRename body) {
        return tags.rename(caller.id(), body);
    }

    @Operation(summary = "Remove a tag from every entry that has it", description = """
            `tag` is found whatever its case; a 400 on `tag` when no entry of the caller has it. Each entry changed gets an `update` in its history; all are changed \
            or none.""")
    @ApiResponse(responseCode = "200", description = "The entries changed")
    @ApiResponse(responseCode = "409", description = "The entries kept changing meanwhile", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/remove")
    TagChanges remove(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody TagRemoval body) {
        return tags.remove(caller.id(), body);
    }
}
