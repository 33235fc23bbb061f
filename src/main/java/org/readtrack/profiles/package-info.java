/**
 * Public profiles: what a reader shows to the others when they made their profile public, their bio, avatar,
 * the entries they did not mark private and statistics over those. A profile that is private, of an inactive
 * account or of nobody answers 404 alike; the owner always sees their own, as the others would.
 *
 * <p>Puts together what accounts ({@link org.readtrack.accounts.PublicProfiles}) and progress
 * ({@link org.readtrack.progress.PublicReading}) allow to be seen; neither knows of it.
 */
@ApplicationModule(allowedDependencies = {"shared", "web", "security", "accounts", "progress"})
package org.readtrack.profiles;

import org.springframework.modulith.ApplicationModule;
