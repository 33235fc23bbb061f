package org.readtrack.images;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the stored images that no {@link ImageOwners owner} names any more: replaced or removed covers and
 * avatars, those of deleted contents and accounts, and uploads left half-written by a crash. Without it the
 * image folder only ever grows.
 *
 * <p>An image is stored before the record that names it is saved, so a file younger than {@link #GRACE} is
 * left alone whatever the records say; {@link Images} makes a file young again when an upload reuses it.
 * Several instances sharing the folder may sweep it at once: each deletion is one that any would make.
 */
@Component
class UnusedImages {

    private static final Logger log = LoggerFactory.getLogger(UnusedImages.class);

    /** Far longer than any upload takes from storing its file to saving its record. */
    static final Duration GRACE = Duration.ofHours(1);

    private final Path dir;
    private final List<ImageOwners> owners;
    private final Clock clock;

    UnusedImages(ImageProperties properties, List<ImageOwners> owners, Clock clock) {
        this.dir = properties.dir();
        this.owners = owners;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT15M")
    void sweepNow() {
        int deleted = sweep();
        if (deleted > 0) {
            log.info("Deleted {} stored images that nothing shows any more", deleted);
        }
    }

    /** Deletes the unused images older than {@link #GRACE}; answers how many files it deleted. */
    int sweep() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        InUse inUse = InUse.of(owners);
        Instant storedBefore = clock.instant().minus(GRACE);
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean unused = Images.isStoredName(name) ? !inUse.contains(name) : Images.isPartialUpload(name);
                if (unused && Files.getLastModifiedTime(file).toInstant().isBefore(storedBefore)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            // the next sweep tries again; nothing a reader sees depends on this one
            log.warn("Could not finish deleting unused images in {}", dir, e);
        }
        return deleted;
    }

    /**
     * The names in use, each kept as the first 64 bits of its SHA-256 (8 bytes a name, so that a catalog of
     * 100,000 covers costs under a megabyte of heap). Two names sharing those bits would only keep a file.
     */
    private record InUse(long[] sortedKeys) {

        static InUse of(List<ImageOwners> owners) {
            LongStream.Builder keys = LongStream.builder();
            for (ImageOwners owner : owners) {
                owner.imagesInUse(name -> {
                    if (Images.isStoredName(name)) {
                        keys.add(key(name));
                    }
                });
            }
            return new InUse(keys.build().sorted().distinct().toArray());
        }

        boolean contains(String name) {
            return Arrays.binarySearch(sortedKeys, key(name)) >= 0;
        }

        private static long key(String name) {
            return Long.parseUnsignedLong(name, 0, 16, 16);
        }
    }
}
