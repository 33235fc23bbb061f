/**
 * What every feature shares and that knows nothing of HTTP: pages of results and their order, the failures a service
 * reports (not found, forbidden, conflict, invalid input, throttled, busy) and validation with the API's
 * wording; and the address users reach the application at ({@link org.readtrack.shared.PublicUrl}), for
 * the links that features send away. The web layer alone turns these into pagination envelopes and problem
 * responses.
 *
 * <p>Depends on no other package of the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.readtrack.shared;

import org.springframework.modulith.ApplicationModule;
