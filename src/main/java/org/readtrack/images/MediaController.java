package org.readtrack.images;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored images, to anyone: browsers fetch them for {@code <img>} tags, which carry no token (security
 * permits {@code /media/**}). Their names are content hashes, so a response may be cached forever.
 */
@RestController
@Tag(name = "Media", description = "Uploaded images, served without a token")
class MediaController {

    static final String COVERS = "/media/covers/";
    static final String AVATARS = "/media/avatars/";
    private static final String FOREVER = "public, max-age=31536000, immutable";

    private final Images images;

    MediaController(Images images) {
        this.images = images;
    }

    @Operation(summary = "A cover image",
            description = "The path is the `cover` of a content. No token needed; cacheable for good"
                    + " (`immutable`): the name is the hash of the bytes. The ETag allows revalidation.")
    @ApiResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = Images.JPEG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = Images.PNG, schema = @Schema(type = "string", format = "binary"))})
    @GetMapping(COVERS + "{name}")
    ResponseEntity<byte[]> cover(@PathVariable String name) {
        return served(name);
    }

    @Operation(summary = "An avatar image",
            description = "The path is the `avatar` of an account. No token needed; cacheable for good"
                    + " (`immutable`): the name is the hash of the bytes. The ETag allows revalidation.")
    @ApiResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = Images.JPEG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = Images.PNG, schema = @Schema(type = "string", format = "binary"))})
    @GetMapping(AVATARS + "{name}")
    ResponseEntity<byte[]> avatar(@PathVariable String name) {
        return served(name);
    }

    private ResponseEntity<byte[]> served(String name) {
        Images.StoredImage image = images.find(name).orElseThrow(NotFoundException::new);
        // with an ETag Spring answers a matching If-None-Match with 304 by itself
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, FOREVER)
                .eTag(name.substring(0, name.indexOf('.')))
                .body(image.bytes());
    }
}
