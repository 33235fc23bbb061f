package org.readtrack.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.readtrack.database.CaseFolding;
import org.readtrack.database.Timestamps;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to register, which administrators make, list and revoke, and which registration redeems when
 * {@code READTRACK_REGISTRATION} is {@code invite}. A refused invitation is a 400 on {@code invitation} saying
 * why (unknown, used, expired or revoked): telling these apart helps the invited person and gives nothing
 * away, tokens being unguessable.
 */
@Component
class Invitations {

    private static final Logger events = LoggerFactory.getLogger("readtrack.security");

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 90;

    static final String UNKNOWN = "This invitation is not valid.";
    static final String USED = "This invitation has already been used.";
    static final String EXPIRED = "This invitation has expired.";
    static final String REVOKED = "This invitation has been revoked.";
    static final String OTHER_EMAIL = "This invitation is for another email address.";

    private final InvitationStore invitations;
    private final UserStore users;
    private final PublicUrl publicUrl;
    private final Clock clock;

    Invitations(InvitationStore invitations, UserStore users, PublicUrl publicUrl, Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** A validated request; the answer is the only one that holds the token. */
    InvitationResponse create(long adminId, InvitationRequest request) {
        if (request.email() != null && users.identifiesAny(request.email())) {
            throw ConflictException.onField("email", Accounts.EMAIL_TAKEN);
        }
        String token = SecretTokens.generate();
        Instant now = Timestamps.now(clock);
        int days = request.expiresInDays() == null ? DEFAULT_DAYS : request.expiresInDays();
        Invitation invitation = invitations.insert(SecretTokens.digest(token), request.email(), adminId, now,
                now.plus(Duration.ofDays(days)));
        events.info("event=invitation_created by={} invitation={}", adminId, invitation.id());
        return InvitationResponse.of(invitation, token, publicUrl.link("/register", "invitation", token));
    }

    Page<Invitation> list(PageQuery page) {
        return invitations.list(page);
    }

    /** Idempotent: revoking a revoked invitation changes nothing. */
    void revoke(long adminId, long id) {
        invitations.revoke(id, Timestamps.now(clock)).orElseThrow(NotFoundException::new);
        events.info("event=invitation_revoked by={} invitation={}", adminId, id);
    }

    /** The invitation of {@code token} if it may be used now, else a 400 on {@code invitation} saying why not. */
    Invitation usable(String token) {
        Invitation invitation = invitations.findByToken(SecretTokens.digest(token))
                .orElseThrow(() -> FieldErrors.of("invitation", UNKNOWN));
        String refusal = invitation.refusal(Timestamps.now(clock));
        if (refusal != null) {
            throw FieldErrors.of("invitation", refusal);
        }
        return invitation;
    }

    /**
     * Whether a registration with {@code email} may use the invitation now: checked before the password is
     * hashed, so that a refusal comes at once. {@link #redeem} settles it.
     */
    void check(String token, String email) {
        Invitation invitation = usable(token);
        if (invitation.email() != null && !CaseFolding.fold(invitation.email()).equals(CaseFolding.fold(email))) {
            throw FieldErrors.of("email", OTHER_EMAIL);
        }
    }

    /**
     * Uses the invitation up for the account just inserted, in the same transaction: when the invitation was
     * used or revoked meanwhile, the 400 rolls the account back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void redeem(String token, String email, long userId) {
        check(token, email);
        invitations.redeem(SecretTokens.digest(token), userId, Timestamps.now(clock))
                .orElseThrow(() -> FieldErrors.of("invitation", USED));
    }
}
