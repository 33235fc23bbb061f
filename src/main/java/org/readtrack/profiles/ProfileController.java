package org.readtrack.profiles;

import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.accounts.PublicProfile;
import org.readtrack.accounts.PublicProfiles;
import org.readtrack.progress.PublicEntry;
import org.readtrack.progress.PublicReading;
import org.readtrack.security.CurrentUser;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.PublicLinks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Profiles", description = "Readers' public profiles")
@RequestMapping("/api/profiles/{username}")
class ProfileController {

    private static final String WHO = " The username matches in any case. A private profile, an inactive account"
            + " and an unknown name answer 404 alike; the caller's own profile is always found, and shows what the"
            + " others see.";

    private final PublicProfiles profiles;
    private final PublicReading reading;
    private final PublicLinks links;

    ProfileController(PublicProfiles profiles, PublicReading reading, PublicLinks links) {
        this.profiles = profiles;
        this.reading = reading;
        this.links = links;
    }

    @Operation(summary = "A reader's public profile", description = "The bio, the avatar and the reader's"
            + " statistics, counted over the entries that are not private, their days those of `time_zone`, else of"
            + " the `Time-Zone` header (UTC without either): the visitor's own zone shows when the reader read in the"
            + " visitor's days." + WHO)
    @GetMapping
    ProfileResponse profile(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username,
            @Parameter(description = "An IANA time zone such as `Europe/Paris`", example = "Europe/Paris")
            @RequestParam(name = "time_zone", required = false) String timeZone, CallerZone zone) {
        ZoneId days = zone.or("time_zone", timeZone);
        PublicProfile profile = visible(caller, username);
        return ProfileResponse.of(profile, reading.statistics(profile.id(), days));
    }

    @Operation(summary = "A reader's entries that are not private", description = "Most recently changed first;"
            + " without the notes, tags and reading address, which stay the reader's." + WHO)
    @GetMapping("/entries")
    PageResponse<PublicEntry> entries(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username,
            PageQuery page) {
        return PageResponse.of(page, reading.entries(visible(caller, username).id(), page), links);
    }

    private PublicProfile visible(CurrentUser caller, String username) {
        return profiles.visibleTo(username, caller.id()).orElseThrow(NotFoundException::new);
    }
}
