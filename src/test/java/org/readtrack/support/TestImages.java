package org.readtrack.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/** Images made on the spot for upload tests, hostile ones included; WebP comes from fixtures (no writer). */
public final class TestImages {

    private TestImages() {
    }

    /** Colours that change across the image, so that scaling and re-encoding have something to do. */
    public static BufferedImage gradient(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = transparent && x < width / 2 ? 0x40 : 0xFF;
                image.setRGB(x, y, alpha << 24 | (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        return image;
    }

    /** Random pixels: the PNG encoder cannot shrink them, so the file is about 3 bytes a pixel. */
    public static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] resource(String path) {
        try (InputStream in = TestImages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an EXIF segment (APP1) after its JFIF header: an image description holding {@code text}
     * (a camera's serial number or a place, as far as a test is concerned) and an orientation (1 to 8).
     */
    public static byte[] withExif(byte[] jpeg, String text, int orientation) {
        if ((jpeg[2] & 0xFF) != 0xFF || (jpeg[3] & 0xFF) != 0xE0) {
            throw new IllegalArgumentException("expected a JFIF header first");
        }
        byte[] value = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        int directory = 2 + 2 * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(8 + directory + value.length);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8); // big-endian header
        tiff.putShort((short) 2); // entries in tag order; the description's text follows the directory
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(value.length).putInt(8 + directory);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no further directory
        tiff.put(value);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        int length = exif.length + 2;
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, exif);
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        return concat(concat(java.util.Arrays.copyOfRange(jpeg, 0, afterJfif), segment),
                java.util.Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
    }

    /** Left half red, right half blue: where each half ends up shows how the image was turned. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x < width / 2 ? 0xFF0000 : 0x0000FF);
            }
        }
        return image;
    }

    /**
     * A greyscale PNG of these dimensions whose pixels are all black, written row by row: the file stays small
     * (zeros compress about a thousandfold) whatever bitmap its header announces.
     */
    public static byte[] blackPng(int width, int height, int bitDepth) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        long rowBytes = ((long) width * bitDepth + 7) / 8;
        byte[] row = new byte[(int) Math.min(rowBytes + 1, 1 << 20)];
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            for (int y = 0; y < height; y++) {
                for (long left = rowBytes + 1; left > 0; left -= row.length) {
                    deflate.write(row, 0, (int) Math.min(left, row.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png(width, height, bitDepth, compressed.toByteArray());
    }

    /** Only a header and a few bytes of pixels, whatever size the header claims. */
    public static byte[] pngHeaderOnly(int width, int height) {
        return png(width, height, 8, new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    }

    private static byte[] png(int width, int height, int bitDepth, byte[] idat) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) bitDepth).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
