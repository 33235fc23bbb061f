package org.readtrack.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Configuration", description = "The server's settings that clients adapt to")
@RequestMapping("/api/config")
class ConfigController {

    private final RegistrationPolicy registration;
    private final PasswordResets resets;

    ConfigController(RegistrationPolicy registration, PasswordResets resets) {
        this.registration = registration;
        this.resets = resets;
    }

    @Operation(summary = "The server's settings for sign-up and sign-in", description = "No token needed. `registration`: `open` (anyone), `invite` (registering needs an invitation) or `closed`; `password_reset`: whether reset by mail is on.")
    @GetMapping
    ServerConfig config() {
        return new ServerConfig(registration.mode(), resets.enabled());
    }
}
