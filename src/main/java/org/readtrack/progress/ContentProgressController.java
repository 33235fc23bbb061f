package org.readtrack.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.readtrack.shared.CallerZone;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's entry for one content, addressed by the content: what tracker apps call after each chapter. */
@RestController
@Tag(name = "Progress")
@RequestMapping("/api/contents/{contentId}/progress")
class ContentProgressController {

    private final ReadingProgress progress;

    ContentProgressController(ReadingProgress progress) {
        this.progress = progress;
    }

    @Operation(summary = "The caller's entry for a content")
    @GetMapping
    ProgressResponse get(@AuthenticationPrincipal CurrentUser caller, @PathVariable long contentId) {
        return progress.getForContent(caller.id(), contentId);
    }

    /** 201 when this created the entry, 200 when it updated it; the same body twice leaves the same state. */
    @Operation(summary = "Record progress on a content", description = "Creates the entry (201) or updates it (200). Fields left out keep their value; null clears a score, a date, a text. Safe to repeat.")
    @ApiResponse(responseCode = "200", description = "The entry, updated", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "The entry, created", useReturnTypeSchema = true)
    @PutMapping
    ResponseEntity<ProgressResponse> upsert(@AuthenticationPrincipal CurrentUser caller,
            @PathVariable long contentId, @RequestBody ProgressUpdate body, CallerZone zone) {
        Upserted<ProgressResponse> result = progress.upsert(caller.id(), contentId, body.asPatch(), zone);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.entry());
    }

    @Operation(summary = "Stop tracking a content")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable long contentId) {
        progress.deleteForContent(caller.id(), contentId);
    }
}
