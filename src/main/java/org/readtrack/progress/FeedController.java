package org.readtrack.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.PublicLinks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Progress")
class FeedController {

    private final NewChapters newChapters;
    private final PublicLinks links;

    FeedController(NewChapters newChapters, PublicLinks links) {
        this.newChapters = newChapters;
        this.links = links;
    }

    @Operation(summary = "New chapters of what the caller follows", description = """
            The chapters of the contents the caller tracks with status `reading` or `on_hold`, newest release \
            first (release date, else when the chapter was added); `read` when the caller's last chapter is at \
            or past it. A chapter announced for a later day than the caller's today (the `Time-Zone` header's; \
            UTC without it) is left out until that day.""")
    @GetMapping("/api/feed")
    PageResponse<FeedItem> feed(@AuthenticationPrincipal CurrentUser caller, PageQuery page, CallerZone zone) {
        return PageResponse.of(page, newChapters.page(caller.id(), zone, page), links);
    }

    @Operation(summary = "New chapters of what the caller follows, by content and day", description = """
            The same chapters as `/api/feed/`, one item per content and day (release date, else the day the \
            chapter was added, UTC): newest day first, then the content with the chapter added last. A back \
            catalogue added at once is one item, with how many chapters it holds, how many of them are past the \
            caller's last chapter, and the first and last of them in natural order.""")
    @GetMapping("/api/feed/releases")
    PageResponse<FeedRelease> releases(@AuthenticationPrincipal CurrentUser caller, PageQuery page,
            CallerZone zone) {
        return PageResponse.of(page, newChapters.releases(caller.id(), zone, page), links);
    }
}
