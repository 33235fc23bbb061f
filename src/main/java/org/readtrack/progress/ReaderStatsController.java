package org.readtrack.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.security.CurrentUser;
import org.readtrack.shared.CallerZone;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "Reading statistics: the caller's, and the site's for administrators")
class ReaderStatsController {

    private final ReaderStatistics statistics;

    ReaderStatsController(ReaderStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "The caller's reading statistics", description = """
            Entries by status, favourites, the mean score (null without scores) and how many entries have each \
            whole score, the chapters read (advances and forward changes of `last_chapter` in the history, \
            undone changes excepted) in all and on each of the last 365 days (oldest first, today the last), and \
            the categories of the tracked contents. The days are those of `time_zone`, else of the `Time-Zone` \
            header (UTC without either), so that an evening's reading counts on that evening's day.""")
    @GetMapping("/api/stats/me")
    ReaderStats me(@AuthenticationPrincipal CurrentUser caller,
            @Parameter(description = "An IANA time zone such as `Europe/Paris`", example = "Europe/Paris")
            @RequestParam(name = "time_zone", required = false) String timeZone, CallerZone zone) {
        return statistics.of(caller.id(), zone.or("time_zone", timeZone));
    }
}
