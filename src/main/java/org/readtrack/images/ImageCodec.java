package org.readtrack.images;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Uploaded bytes in, a small clean image out: the size is read from the header and checked before
 * anything is decoded, the pixels are decoded (subsampled when large), scaled down, and written anew as
 * JPEG, or PNG when some pixels are transparent. Nothing of the original file but its pixels survives:
 * no EXIF, no comments, no ICC profile (ImageIO converts to sRGB while decoding). A JPEG's EXIF orientation
 * is applied to the pixels first, or a phone's photo would lose the turn its viewer gave it.
 */
final class ImageCodec {

    /**
     * Larger claims are refused before decoding: a small file can announce a bitmap of gigabytes. The area
     * allowed depends on the format's decoder ({@link ImageFormat#maxPixels}).
     */
    static final int MAX_SIDE = 10_000;
    /**
     * Pixels decoded at most, about 8 MB at 4 bytes a pixel: the heap is 88 MB in production. Larger images
     * are subsampled by the decoder itself (every n-th pixel of every n-th row), which still leaves more
     * than the target size for the smooth scaling that follows.
     */
    static final long DECODE_BUDGET = 2_000_000L;
    static final float JPEG_QUALITY = 0.85f;

    /** Why the upload cannot be used, in words for the client. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    record Encoded(byte[] bytes, ImageFormat format) {
    }

    private ImageCodec() {
    }

    static Encoded reencode(byte[] data, ImageFormat format, int maxWidth, int maxHeight) throws Rejected {
        int orientation = format == ImageFormat.JPEG ? ExifOrientation.of(data) : ExifOrientation.NORMAL;
        // a photo stored on its side is scaled into the box turned the same way, then turned upright
        boolean turned = ExifOrientation.swapsSides(orientation);
        int boxWidth = turned ? maxHeight : maxWidth;
        int boxHeight = turned ? maxWidth : maxHeight;
        BufferedImage decoded = decode(data, format, boxWidth, boxHeight);
        return encode(ExifOrientation.upright(scale(decoded, boxWidth, boxHeight), orientation));
    }

    private static BufferedImage decode(byte[] data, ImageFormat format, int maxWidth, int maxHeight)
            throws Rejected {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = reader(format, input);
            try {
                // metadata ignored: it is dropped anyway, and reading it is work (and attack surface) for nothing
                reader.setInput(input, false, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSize(width, height, format);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height, maxWidth, maxHeight);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a truncated or corrupt file surfaces as IIOException or, from some decoders, as a runtime failure
            throw notA(format);
        }
    }

    /** A reader of this format that recognises the bytes (by their signature); else they are not this format. */
    private static ImageReader reader(ImageFormat format, ImageInputStream input) throws IOException, Rejected {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getOriginatingProvider().canDecodeInput(input)) {
                return reader;
            }
            reader.dispose();
        }
        throw notA(format);
    }

    static void checkSize(int width, int height, ImageFormat format) throws Rejected {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > format.maxPixels) {
            throw new Rejected("The image is " + width + " x " + height + " pixels: a " + format.name()
                    + " image may have at most " + MAX_SIDE + " pixels a side and " + format.maxPixels / 1_000_000
                    + " megapixels.");
        }
    }

    /** The decoder's step: within the budget, but never below the size the image is scaled to. */
    static int subsampling(int width, int height, int maxWidth, int maxHeight) {
        int withinBudget = (int) Math.ceil(Math.sqrt((double) width * height / DECODE_BUDGET));
        int atMost = Math.max(1, (int) Math.floor(1 / scale(width, height, maxWidth, maxHeight)));
        return Math.max(1, Math.min(withinBudget, atMost));
    }

    private static double scale(int width, int height, int maxWidth, int maxHeight) {
        return Math.min(1.0, Math.min((double) maxWidth / width, (double) maxHeight / height));
    }

    /**
     * Fits the image into the box, ratio kept, never enlarged. Halving steps before the last one: a single
     * bilinear step of more than 2:1 skips pixels and aliases. Every image comes out as plain RGB or
     * (premultiplied) ARGB, whatever the decoder gave (grey, indexed, 16 bits).
     */
    static BufferedImage scale(BufferedImage source, int maxWidth, int maxHeight) {
        double scale = scale(source.getWidth(), source.getHeight(), maxWidth, maxHeight);
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        do {
            current = draw(current, Math.max(targetWidth, current.getWidth() / 2),
                    Math.max(targetHeight, current.getHeight() / 2), type);
        } while (current.getWidth() != targetWidth || current.getHeight() != targetHeight);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** PNG keeps transparency; anything opaque is a JPEG, several times smaller. */
    static Encoded encode(BufferedImage image) {
        if (image.getColorModel().hasAlpha() && !opaque(image)) {
            // PNG stores straight alpha: undo the premultiplication of the scaling steps
            return new Encoded(write(draw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB),
                    ImageFormat.PNG, null), ImageFormat.PNG);
        }
        BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB ? image
                : draw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        return new Encoded(write(rgb, ImageFormat.JPEG, JPEG_QUALITY), ImageFormat.JPEG);
    }

    /** Whether every pixel of an image that {@link #scale} made (an int per pixel) is fully opaque. */
    private static boolean opaque(BufferedImage image) {
        for (int pixel : ((DataBufferInt) image.getRaster().getDataBuffer()).getData()) {
            if (pixel >>> 24 != 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Written with no metadata at all: the writers add only what the format requires (JFIF for JPEG). */
    private static byte[] write(BufferedImage image, ImageFormat format, Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: not the client's fault
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Rejected notA(ImageFormat format) {
        return new Rejected("This file is not a valid " + format.name() + " image.");
    }
}
