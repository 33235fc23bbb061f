package org.readtrack.images;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param dir where stored images live: {@code images/} in the data directory */
@ConfigurationProperties("readtrack.images")
public record ImageProperties(Path dir) {
}
