package org.readtrack.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.catalog.Viewer;
import org.readtrack.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics")
class ContentReadersController {

    private final SeriesReaders readers;

    ContentReadersController(SeriesReaders readers) {
        this.readers = readers;
    }

    @Operation(summary = "How many readers follow a content", description = """
            Counts only, no reader named: how many readers have the content in their list (private entries \
            counted), and the mean of the scores their public profiles show, from three such scores on. Deleting \
            the content deletes all these entries.""")
    @ApiResponse(responseCode = "200", description = "The counts")
    @ApiResponse(responseCode = "404", description = "No such content, or one the caller may not see",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/contents/{id}/readers")
    ContentReaders readers(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        return readers.of(id, Viewer.of(caller));
    }
}
