package org.readtrack.progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.InvalidInputException;
import org.readtrack.shared.TooLargeException;

/**
 * An imported file's bytes made text: gunzipped (stopping at the size limit: a small file may inflate to
 * gigabytes), decoded as UTF-8 (a byte-order mark is dropped), and its format told by its content when the
 * caller did not name it: {@code <} is MAL's XML, {@code {} or {@code [} our JSON, anything else CSV.
 */
final class ImportFile {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final String FIELD = "file";

    private ImportFile() {
    }

    /** The file as text, and the format it is in. */
    record Text(ImportFormat format, String text) {
    }

    static Text read(byte[] bytes, ImportFormat declared) {
        if (bytes == null || bytes.length == 0) {
            throw empty();
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] plain = isGzip(bytes) ? gunzip(bytes) : bytes;
        String text = decode(plain);
        if (text.isBlank()) {
            throw empty();
        }
        return new Text(declared != null ? declared : detect(text), text);
    }

    static InvalidInputException invalid(String message) {
        return FieldErrors.of(FIELD, message);
    }

    static TooLargeException tooManyRows() {
        return new TooLargeException("The file has more than " + MAX_ROWS + " rows.");
    }

    private static ImportFormat detect(String text) {
        char first = text.strip().charAt(0);
        if (first == '<') {
            return ImportFormat.MAL;
        }
        return first == '{' || first == '[' ? ImportFormat.JSON : ImportFormat.CSV;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_BYTES) {
                    throw new TooLargeException("The file is larger than " + MAX_BYTES
                            + " bytes once decompressed.");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            // the decompressor's own words (an EOF, a null) would tell the reader nothing
            throw invalid("The file is not valid gzip: it is damaged or cut short.");
        }
    }

    /** Strict UTF-8, without NUL characters: anything else is a binary file (or another encoding). */
    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("The file is not UTF-8 text (a binary file, or another encoding).");
        }
        if (text.indexOf('\0') >= 0) {
            throw invalid("The file is not text: it holds NUL characters (a binary file?).");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InvalidInputException empty() {
        return invalid("The file is empty.");
    }

    private static TooLargeException tooLarge() {
        return new TooLargeException("The file is larger than " + MAX_BYTES + " bytes.");
    }
}
