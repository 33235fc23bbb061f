package org.readtrack.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.images.Images;
import org.readtrack.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's avatar: the image is the raw body, as a content's cover is. */
@RestController
@Tag(name = "Accounts")
@RequestMapping("/api/auth/me/avatar")
class AvatarController {

    private final Avatars avatars;

    AvatarController(Avatars avatars) {
        this.avatars = avatars;
    }

    @Operation(summary = "Set the caller's avatar", description = "The image itself is the body, sent as `image/jpeg`,"
            + " `image/png` or `image/webp`: at most 2 MB, 10,000 pixels a side and 40 megapixels (WebP: 4)."
            + " It is scaled down to fit 256 x 256 pixels (ratio kept, never enlarged) and written anew without"
            + " any metadata: as JPEG, or PNG when it has transparent pixels. The answer is the account, whose"
            + " `avatar` is the new path.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = Images.JPEG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = Images.PNG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = Images.WEBP, schema = @Schema(type = "string", format = "binary"))})
    @PutMapping(consumes = {Images.JPEG, Images.PNG, Images.WEBP})
    UserResponse replace(@AuthenticationPrincipal CurrentUser caller,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String mediaType,
            // not required: an empty body is an invalid image (400 on avatar), not a missing JSON body
            @RequestBody(required = false) byte[] image) {
        return UserResponse.of(avatars.replace(caller.id(), mediaType, image == null ? new byte[0] : image));
    }

    @Operation(summary = "Remove the caller's avatar", description = "`avatar` becomes null; nothing happens to an"
            + " account without one.")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal CurrentUser caller) {
        avatars.remove(caller.id());
    }
}
