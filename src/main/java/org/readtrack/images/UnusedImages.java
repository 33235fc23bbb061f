package org.readtrack.images;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 * left alone whatever the records say; {@link Images} makes a file young again when an upload reuses it. A file
 * is moved aside before it is deleted and checked again there, so that an upload reusing it at that moment either
 * finds it young or writes it anew. Several instances sharing the folder may sweep it at once: a file another
 * deleted first is passed over.
 */
@Component
class UnusedImages {

    private static final Logger log = LoggerFactory.getLogger(UnusedImages.class);

    /** Far longer than any upload takes from storing its file to saving its record. */
    static final Duration GRACE = Duration.ofHours(1);

    private static final String ASIDE = ".deleting-";

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
        if (inUse.isEmpty()) {
            // more likely a database that is not this folder's (a wrong URL, one not restored yet) than a
            // catalog and accounts without a single image: leave the files
            log.debug("No content or account shows an image: stored images left as they are");
            return 0;
        }
        Instant storedBefore = clock.instant().minus(GRACE);
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean unused = Images.isStoredName(name) ? !inUse.contains(name)
                        : Images.isPartialUpload(name) || name.startsWith(ASIDE);
                if (unused && deleteIfOld(file, storedBefore)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not list the stored images in {}", dir, e);
        }
        return deleted;
    }

    /** One file: a failure only passes it over, until the next sweep. */
    private boolean deleteIfOld(Path file, Instant storedBefore) {
        try {
            if (!isOld(file, storedBefore)) {
                return false;
            }
            String name = file.getFileName().toString();
            if (name.startsWith(ASIDE)) {
                Files.delete(file); // left aside by a sweep that stopped midway
                return true;
            }
            Path aside = file.resolveSibling(ASIDE + name);
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            if (!isOld(aside, storedBefore)) {
                // reused by an upload just before it was moved: back in place (the same bytes, if written again)
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return false;
            }
            Files.delete(aside);
            return true;
        } catch (NoSuchFileException e) {
            return false; // another instance's sweep was first
        } catch (IOException e) {
            log.warn("Could not delete the unused image {}", file, e);
            return false;
        }
    }

    /** A plain file (never a link or a folder) last written before {@code storedBefore}. */
    private static boolean isOld(Path file, Instant storedBefore) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(storedBefore);
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
            long[] sorted = keys.build().toArray();
            Arrays.sort(sorted); // repeats are harmless to a binary search
            return new InUse(sorted);
        }

        boolean isEmpty() {
            return sortedKeys.length == 0;
        }

        boolean contains(String name) {
            return Arrays.binarySearch(sortedKeys, key(name)) >= 0;
        }

        private static long key(String name) {
            return Long.parseUnsignedLong(name, 0, 16, 16);
        }
    }
}
