package org.readtrack.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize  larger request bodies are refused with 413 before they are read
 * @param corsOrigins  browser origins allowed to call the API ({@code READTRACK_CORS_ORIGINS}, comma-separated)
 * @param workerThreads requests served at once; 0 chooses by database (see {@link WorkerThreads})
 */
@ConfigurationProperties("readtrack.http")
public record HttpProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue List<String> corsOrigins,
        int workerThreads) {
}
