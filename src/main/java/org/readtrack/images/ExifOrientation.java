package org.readtrack.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * The EXIF orientation tag (1 to 8): how a camera says its pixels must be turned or mirrored to be seen
 * upright. Decoders ignore it and browsers honour it, so it has to be applied before it is dropped.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** The JPEG's orientation; {@link #NORMAL} when absent or unreadable, which is no reason to refuse a photo. */
    static int of(byte[] jpeg) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return NORMAL;
            }
            InputStream data = exif.get(0).data();
            data.read(); // the pad byte after "Exif\0"
            Directory tags = new TIFFReader().read(new MemoryCacheImageInputStream(data));
            Entry orientation = tags.getEntryById(TIFF.TAG_ORIENTATION);
            int value = orientation != null && orientation.getValue() instanceof Number number ? number.intValue()
                    : NORMAL;
            return value >= 1 && value <= 8 ? value : NORMAL;
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
    }

    /** Orientations 5 to 8 turn the image a quarter: its width becomes its height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image as it is meant to be seen; only called on small, already scaled images (a pixel at a time). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean swap = swapsSides(orientation);
        BufferedImage upright = new BufferedImage(swap ? height : width, swap ? width : height, image.getType());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int targetX;
                int targetY;
                switch (orientation) {
                    case 2 -> { targetX = width - 1 - x; targetY = y; } // mirrored
                    case 3 -> { targetX = width - 1 - x; targetY = height - 1 - y; } // upside down
                    case 4 -> { targetX = x; targetY = height - 1 - y; } // mirrored upside down
                    case 5 -> { targetX = y; targetY = x; } // mirrored, then a quarter turn
                    case 6 -> { targetX = height - 1 - y; targetY = x; } // a quarter turn clockwise
                    case 7 -> { targetX = height - 1 - y; targetY = width - 1 - x; }
                    default -> { targetX = y; targetY = width - 1 - x; } // 8: a quarter turn anticlockwise
                }
                upright.setRGB(targetX, targetY, image.getRGB(x, y));
            }
        }
        return upright;
    }
}
