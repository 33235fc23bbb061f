package org.readtrack.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The administrator to create at start-up ({@code READTRACK_ADMIN_USERNAME}, {@code _EMAIL}, {@code _PASSWORD}). */
@ConfigurationProperties("readtrack.admin")
record AdminProperties(String username, String email, String password) {

    boolean configured() {
        return username != null && !username.isBlank();
    }
}
