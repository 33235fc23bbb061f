/**
 * The catalog that administrators curate: categories, the contents in them and their chapters. Any
 * account may read it. Other features use {@link org.readtrack.catalog.ContentCatalog} to check and
 * show contents.
 */
package org.readtrack.catalog;
