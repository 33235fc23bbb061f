/**
 * HTTP conventions shared by every feature: RFC 9457 problem responses, the pagination envelope,
 * optional trailing slashes and request guards.
 */
package org.readtrack.web;
