package org.readtrack.catalog;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.images.Images;
import org.readtrack.security.CurrentUser;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.PublicLinks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contents", description = "Catalog contents; read by any account, written by moderators")
@RequestMapping("/api/contents")
class ContentController {

    private final Contents contents;
    private final Covers covers;
    private final PublicLinks links;

    ContentController(Contents contents, Covers covers, PublicLinks links) {
        this.contents = contents;
        this.covers = covers;
        this.links = links;
    }

    @Operation(summary = "List contents", description = "Filters combine; `search` is a part of the title, an alternative title or the author, case, accents and punctuation ignored (`pokemon` finds Pokémon, `re zero` Re:Zero; nothing but punctuation is no search); `ordering` takes `title` (alphabetical: case, accents and punctuation ignored; the default), `created_at`, `updated_at`, `-` for descending, comma-separated.")
    @GetMapping
    PageResponse<ContentResponse> list(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "feature_category", required = false) Long featureCategory,
            @RequestParam(required = false) ContentStatus status,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String ordering,
            PageQuery page) {
        ContentFilter filter = ContentFilter.of(featureCategory, status, language, search, ordering);
        return PageResponse.of(page, contents.list(filter, page, Viewer.of(caller)), links);
    }

    @Operation(summary = "One content", description = "A suggested content that is not public yet is found only by"
            + " its proposer (and moderators while it awaits review); anyone else gets 404.")
    @GetMapping("/{id}")
    ContentResponse get(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        return contents.get(id, Viewer.of(caller));
    }

    @Operation(summary = "Create a content", description = "Titles are unique within a category.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ContentResponse create(@Valid @RequestBody ContentRequest body) {
        return contents.create(body);
    }

    @Operation(summary = "Replace a content", description = "`title` and `feature_category` are required; a field left"
            + " out keeps its value, as in the original API (a client that knows nothing of `alt_titles` or"
            + " `release_days` leaves them as they are); an explicit null clears a field that may be empty.")
    @PutMapping("/{id}")
    ContentResponse replace(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestBody ContentPatch body) {
        return contents.replace(id, body, Viewer.of(caller));
    }

    @Operation(summary = "Change some fields of a content")
    @PatchMapping("/{id}")
    ContentResponse patch(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @RequestBody ContentPatch body) {
        return contents.patch(id, body, Viewer.of(caller));
    }

    @Operation(summary = "Set a content's cover", description = "The image itself is the body, sent as `image/jpeg`,"
            + " `image/png` or `image/webp`: at most 2 MB, 10,000 pixels a side and 40 megapixels (WebP: 4)."
            + " It is scaled down to fit 600 x 1200 pixels (ratio kept, never enlarged) and written anew without"
            + " any metadata: as JPEG, or PNG when it has transparent pixels. The answer is the content, whose"
            + " `cover` is the new path.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = Images.JPEG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = Images.PNG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = Images.WEBP, schema = @Schema(type = "string", format = "binary"))})
    @PutMapping(path = "/{id}/cover", consumes = {Images.JPEG, Images.PNG, Images.WEBP})
    ContentResponse replaceCover(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String mediaType,
            // not required: an empty body is an invalid image (400 on cover), not a missing JSON body
            @RequestBody(required = false) byte[] image) {
        return covers.replace(id, mediaType, image == null ? new byte[0] : image, Viewer.of(caller));
    }

    @Operation(summary = "Remove a content's cover", description = "Its `cover` becomes null; nothing happens to a"
            + " content without one.")
    @DeleteMapping("/{id}/cover")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeCover(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        covers.remove(id, Viewer.of(caller));
    }

    @Operation(summary = "Delete a content, its chapters and all progress on it")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser caller, @PathVariable long id) {
        contents.delete(id, Viewer.of(caller));
    }
}
