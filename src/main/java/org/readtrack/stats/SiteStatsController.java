package org.readtrack.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.shared.CallerZone;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators only (see SecurityConfiguration). */
@RestController
@Tag(name = "Statistics")
class SiteStatsController {

    private final SiteStatistics statistics;

    SiteStatsController(SiteStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "The site's statistics (administrators)", description = """
            Accounts (total; active: logged in or changed an entry in the last 7 or 30 days; new each week, \
            the last 12 weeks from Monday), the catalog's size, and tracking: entries by status, changes \
            recorded on each of the last 30 days, the 10 most tracked contents. Days and weeks are those of the \
            `Time-Zone` header's zone (UTC without it).""")
    @GetMapping("/api/stats")
    SiteStats site(CallerZone zone) {
        return statistics.now(zone.zone());
    }
}
