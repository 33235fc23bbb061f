/**
 * Reading progress: each user's own entries, one per content at most. A user never sees another user's
 * entries; asking for one answers 404, as if it did not exist.
 */
package org.readtrack.progress;
