package org.readtrack.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator named by {@code READTRACK_ADMIN_*} when it does not exist yet. An existing
 * account of that name is left exactly as it is, so restarts never reset a password.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminProperties admin;
    private final Administrators administrators;

    AdminBootstrap(AdminProperties admin, Administrators administrators) {
        this.admin = admin;
        this.administrators = administrators;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.configured() || administrators.exists(admin.username())) {
            return;
        }
        if (admin.email() == null || admin.password() == null) {
            throw new IllegalStateException(
                    "READTRACK_ADMIN_USERNAME is set: READTRACK_ADMIN_EMAIL and READTRACK_ADMIN_PASSWORD are needed too");
        }
        try {
            administrators.create(admin.username(), admin.email(), admin.password());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot create the administrator from READTRACK_ADMIN_*: " + e.getMessage());
        }
        log.info("Created administrator '{}'", admin.username());
    }
}
