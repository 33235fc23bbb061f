package org.readtrack.progress;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
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
@Tag(name = "Progress", description = "The caller's reading progress; other users' entries do not exist for the caller")
@RequestMapping("/api/progress")
class ProgressController {

    private final ReadingProgress progress;

    ProgressController(ReadingProgress progress) {
        this.progress = progress;
    }

    @Operation(summary = "List the caller's entries", description = "Most recently updated first.")
    @GetMapping
    PageResponse<ProgressResponse> list(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(required = false) Long content, PageQuery page) {
        return PageResponse.of(page, progress.list(caller.id(), content, page));
    }

    @Operation(summary = "One of the caller's entries")
    @GetMapping("/{id}")
    ProgressResponse get(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        return progress.get(caller.id(), id);
    }

    @Operation(summary = "Start tracking a content", description = "A content already tracked gives 409 with `existing_id`.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProgressResponse create(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody ProgressRequest body) {
        return progress.create(caller.id(), body);
    }

    @Operation(summary = "Replace an entry")
    @PutMapping("/{id}")
    ProgressResponse replace(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @Valid @RequestBody ProgressRequest body) {
        return progress.replace(caller.id(), id, body);
    }

    @Operation(summary = "Change some fields of an entry")
    @PatchMapping("/{id}")
    ProgressResponse patch(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestBody ProgressPatch body) {
        return progress.patch(caller.id(), id, body);
    }

    @Operation(summary = "Stop tracking")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        progress.delete(caller.id(), id);
    }
}
