package org.readtrack.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize       larger request bodies are refused with 413 before they are read
 * @param corsOrigins       browser origins allowed to call the API ({@code READTRACK_CORS_ORIGINS}, comma-separated)
 * @param workerThreads     requests worked on at once; 0 chooses by database (see {@link WorkerThreads})
 * @param connectionThreads Tomcat's threads: they wait for request bodies to arrive, which costs no CPU, so
 *                          there are many more of them than {@code workerThreads}
 * @param bodyTimeout       a request body must have arrived in full this long after the headers, else 408
 * @param bodyMemory        request bodies held in memory at once, all requests together; a body that finds
 *                          no room within {@code queueTimeout} gets 503
 * @param queueTimeout      how long a request waits for a worker (or its body for memory) before a 503
 * @param maxImageSize      the limit instead of {@code maxBodySize} for bodies sent as {@code image/*} (covers,
 *                          avatars): a photo is larger than any JSON the API takes
 * @param maxImportSize     the limit instead of {@code maxBodySize} for a reading list sent to
 *                          {@code /api/progress/import/} (a spreadsheet or a MyAnimeList export)
 */
@ConfigurationProperties("readtrack.http")
public record HttpProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue List<String> corsOrigins,
        int workerThreads, @DefaultValue("200") int connectionThreads, @DefaultValue("20s") Duration bodyTimeout,
        @DefaultValue("16MB") DataSize bodyMemory, @DefaultValue("3s") Duration queueTimeout,
        @DefaultValue("2MB") DataSize maxImageSize, @DefaultValue("10MB") DataSize maxImportSize) {
}
