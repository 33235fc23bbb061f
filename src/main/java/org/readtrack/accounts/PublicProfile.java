package org.readtrack.accounts;

/**
 * What any reader may see of an account whose profile they may see (see {@link PublicProfiles}): never its
 * email, names or preferences. {@code avatar} is where the image is served, or null.
 */
public record PublicProfile(long id, String username, String bio, String avatar) {
}
