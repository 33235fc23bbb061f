package org.readtrack.accounts;

import org.readtrack.security.CallerAuthentication;
import org.readtrack.security.CurrentUser;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token into the caller. The account is read on every request, so a deactivated
 * or deleted account stops working at once and a role change applies to tokens already issued.
 */
@Component
class CallerFromToken implements Converter<Jwt, AbstractAuthenticationToken> {

    private final UserRepository users;

    CallerFromToken(UserRepository users) {
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        long id;
        try {
            id = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw new InvalidBearerTokenException("The token names no account.");
        }
        UserRepository.Caller caller = users.findCaller(id)
                .filter(UserRepository.Caller::active)
                .orElseThrow(() -> new InvalidBearerTokenException("The account is inactive or gone."));
        return new CallerAuthentication(new CurrentUser(id, caller.username(), caller.role() == Role.ADMIN), jwt);
    }
}
