package org.readtrack.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.readtrack.shared.MemoryHeavyWork;
import org.readtrack.shared.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * Stores uploaded images and finds them again. A stored image is named after the SHA-256 of its encoded
 * bytes: the same picture uploaded twice is one file, a name never changes meaning, and so it can be cached
 * for good. An owner that lets go of its image leaves the file, which another may still show;
 * {@link UnusedImages} deletes the files no owner names any more.
 */
@Component
public class Images {

    /** The media types an upload may be sent as. */
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(jpg|png)");
    private static final String PARTIAL_PREFIX = ".upload-";
    private static final String PARTIAL_SUFFIX = ".part";

    private final Path dir;
    private final Clock clock;
    /** A decoded image is the largest object this application makes: one at a time, the others wait. */
    private final MemoryHeavyWork decoding;

    Images(ImageProperties properties, Clock clock, MemoryHeavyWork decoding) {
        this.dir = properties.dir();
        this.clock = clock;
        this.decoding = decoding;
        // ImageIO looks for plug-ins once, with the class loader of the thread that first uses it: scan now,
        // with the application's, so that the WebP reader is found whatever thread decodes first
        ImageIO.scanForPlugins();
        for (ImageFormat format : ImageFormat.values()) {
            if (!ImageIO.getImageReadersByFormatName(format.imageIoName).hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + format.mediaType + " on the class path");
            }
        }
    }

    /**
     * Checks, scales down and re-encodes the image, stores it and answers its name. An image that cannot be
     * used is refused with a message on {@code use}'s field.
     *
     * @param mediaType what the client said the bytes are: {@link #JPEG}, {@link #PNG} or {@link #WEBP}
     */
    public String store(ImageUse use, String mediaType, byte[] data) {
        ImageFormat format = ImageFormat.ofMediaType(mediaType).orElseThrow(() -> FieldErrors.of(use.field(),
                "Send the image as " + JPEG + ", " + PNG + " or " + WEBP + "."));
        ImageCodec.Encoded encoded = reencode(use, format, data);
        String name = sha256(encoded.bytes()) + "." + encoded.format().extension;
        write(name, encoded.bytes());
        return name;
    }

    private ImageCodec.Encoded reencode(ImageUse use, ImageFormat format, byte[] data) {
        return decoding.run(() -> {
            try {
                return ImageCodec.reencode(data, format, use.maxWidth(), use.maxHeight());
            } catch (ImageCodec.Rejected e) {
                throw FieldErrors.of(use.field(), e.getMessage());
            }
        });
    }

    /**
     * Written under a temporary name and moved into place: a reader never sees half a file. Its time is the
     * application clock's now, also when the same bytes were stored before: {@link UnusedImages} leaves young
     * files alone, so a file that had no owner left is not deleted before its new owner is saved.
     */
    private void write(String name, byte[] bytes) {
        Path target = dir.resolve(name);
        if (Files.exists(target) && madeYoung(target)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, PARTIAL_PREFIX, PARTIAL_SUFFIX);
            try {
                Files.write(partial, bytes);
                Files.setLastModifiedTime(partial, FileTime.from(clock.instant()));
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE); // replaces one of the same bytes
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store image " + name, e);
        }
    }

    /**
     * False when the file cannot be touched: deleted meanwhile by the sweep, or another user's (a folder
     * restored from elsewhere), in which cases it is written anew.
     */
    private boolean madeYoung(Path stored) {
        try {
            Files.setLastModifiedTime(stored, FileTime.from(clock.instant()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this is the name of a stored image (and so never a path outside the store). */
    static boolean isStoredName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Whether this is the temporary name of an upload being written (or left half-written by a crash). */
    static boolean isPartialUpload(String name) {
        return name.startsWith(PARTIAL_PREFIX) && name.endsWith(PARTIAL_SUFFIX);
    }

    /** A stored image by name; empty for a name this store never gives (and so never a path outside it). */
    Optional<StoredImage> find(String name) {
        if (!isStoredName(name)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            return Optional.of(new StoredImage(bytes, ImageFormat.ofStoredName(name).orElseThrow().mediaType));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record StoredImage(byte[] bytes, String mediaType) {
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
