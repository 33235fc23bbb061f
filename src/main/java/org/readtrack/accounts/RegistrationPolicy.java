package org.readtrack.accounts;

import org.readtrack.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/** Who may register under {@code READTRACK_REGISTRATION}: anyone, the holders of an invitation, or nobody. */
@Component
class RegistrationPolicy {

    static final String CLOSED = "Registration is closed on this server.";
    static final String INVITATION_NEEDED = "Registration on this server needs an invitation.";

    private final RegistrationMode mode;
    private final Invitations invitations;

    RegistrationPolicy(RegistrationProperties properties, Invitations invitations) {
        this.mode = properties.mode();
        this.invitations = invitations;
    }

    RegistrationMode mode() {
        return mode;
    }

    /**
     * Before anything is read from the details: a 403 when this request may not register at all, that is when
     * registration is closed, or needs an invitation and the request has none.
     *
     * @return the invitation that the registration must redeem; null when registration is open (an invitation
     *         sent anyway is ignored: the links of invitations made before a switch to open keep working)
     */
    String gate(RegisterRequest request) {
        return switch (mode) {
            case OPEN -> null;
            case CLOSED -> throw new ForbiddenException(CLOSED);
            case INVITE -> {
                if (request.invitation() == null || request.invitation().isEmpty()) {
                    throw new ForbiddenException(INVITATION_NEEDED);
                }
                yield request.invitation();
            }
        };
    }

    /**
     * What the link of an invitation opens to, before anything is typed: the address the invitation is for (null for
     * any), or the 400 that a registration with it would get; 403 when registration is closed.
     */
    InvitationFor invitationFor(String invitation) {
        if (mode == RegistrationMode.CLOSED) {
            throw new ForbiddenException(CLOSED);
        }
        Invitation usable = invitations.usable(invitation);
        return new InvitationFor(usable.email(), usable.expiresAt());
    }

    /** For details already validated: a 400 when the invitation cannot be used, or not with this email. */
    void checkInvitation(String invitation, RegisterRequest request) {
        if (invitation != null) {
            invitations.check(invitation, request.email());
        }
    }
}
