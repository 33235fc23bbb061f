package org.readtrack.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (DESIGN.md B2): the files an import refuses, each a 4xx problem that names the line or the
 * reason, never a 5xx, and nothing written.
 */
class ImportRefusalsTest extends ImportTestSupport {

    private Session reader;

    @BeforeEach
    void catalogAndReader() {
        reader = user("reader");
        var catalog = fixtures(admin("curator"));
        catalog.content(catalog.category("Manga"), "Naruto");
    }

    @Test
    void anEmptyFileIsRefused() {
        importFile(reader, "", "text/csv", new byte[0]).expectInvalid("file");
        importCsv(reader, "", "\uFEFF  \n\n").expectInvalid("file");
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Reply reply = importFile(reader, "", "application/octet-stream", png).expectInvalid("file");
        assertThat(reply.errors().get("file").get(0)).contains("not");
    }

    @Test
    void brokenQuotingIsRefusedNamingTheLineItStartsOn() {
        Reply reply = importCsv(reader, "", "title,chapter\nNaruto,1\n\"Naruto,2\nNaruto,3\nBleach,4\n\n")
                .expectInvalid("file");
        assertThat(reply.errors().get("file").get(0)).startsWith("Line 3: ").contains("quot");
        assertThat(entries(reader)).isEmpty();

        Reply textAfterQuote = importCsv(reader, "", "title,chapter\r\n\r\n\"Berserk\"x,1\r\nNaruto,2\r\n")
                .expectInvalid("file");
        assertThat(textAfterQuote.errors().get("file").get(0)).startsWith("Line 3: ");
    }

    @Test
    void aRowIsNamedByTheLineItStartsOnAfterQuotedLineBreaksAndEmptyLines() {
        Reply reply = importCsv(reader, "dry_run=true",
                "title,notes\nBerserk,\"a\nb\nc\"\nOne Piece,x\n\n\nNaruto,y\n\r\nBleach,z").expect(200);

        assertThat(reply.results("row")).containsExactly(2, 5, 8, 10);
    }

    @Test
    void anOptionGivenTwiceIsRefusedAndNothingIsWritten() {
        Reply reply = importCsv(reader, "dry_run=false&dry_run=true", "title,last chapter\nNaruto,5\n")
                .expectInvalid("dry_run");

        assertThat(reply.errors().get("dry_run")).containsExactly("Given more than once: give it once.");
        assertThat(entries(reader)).isEmpty();
    }

    @Test
    void xmlWithADoctypeOrAnExternalEntityIsRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE myanimelist [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <myanimelist><manga><series_title>&xxe;</series_title></manga></myanimelist>
                """;
        Reply reply = importFile(reader, "", "application/xml", xxe.getBytes(StandardCharsets.UTF_8))
                .expectInvalid("file");
        assertThat(reply.raw()).doesNotContain("root:");
        String entityOnly = "<myanimelist><manga><series_title>&xxe;</series_title></manga></myanimelist>";
        reply = importFile(reader, "format=mal", "application/xml", entityOnly.getBytes(StandardCharsets.UTF_8))
                .expectInvalid("file");
        assertThat(reply.raw()).doesNotContain("root:");
        assertThat(entries(reader)).isEmpty();
    }

    @Test
    void malformedXmlAndJsonAreRefusedNamingTheLine() {
        Reply xml = importFile(reader, "", "application/xml",
                "<myanimelist>\n<manga>\n<series_title>Naruto</manga>\n".getBytes(StandardCharsets.UTF_8))
                .expectInvalid("file");
        assertThat(xml.errors().get("file").get(0)).startsWith("Line 3");
        Reply json = importFile(reader, "", "application/json",
                "{\"entries\": [\n{\"title\": \"Naruto\",}\n".getBytes(StandardCharsets.UTF_8)).expectInvalid("file");
        assertThat(json.errors().get("file").get(0)).startsWith("Line 2");
        importFile(reader, "", "application/xml", "<html><body/></html>".getBytes(StandardCharsets.UTF_8))
                .expectInvalid("file");
        // nested past the parser's limit: there is no line to name ("Line 0")
        Reply deep = importFile(reader, "", "application/json",
                "[".repeat(2_000).getBytes(StandardCharsets.UTF_8)).expectInvalid("file");
        assertThat(deep.errors().get("file")).containsExactly("Not valid JSON.");
    }

    @Test
    void moreThanTwentyThousandRowsIsTooLarge() {
        StringBuilder csv = new StringBuilder("title,chapter\n");
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            csv.append("Naruto,").append(i).append('\n');
        }
        importCsv(reader, "", csv.toString()).expectProblem(413);
        assertThat(entries(reader)).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesIsTooLargeButOneOverTheJsonLimitIsRead() throws Exception {
        // the announced length is refused before a byte of the body is read: no need to send 10 MB
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/progress/import/ HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + reader.bearer() + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + (ImportFile.MAX_BYTES + 1) + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }

        String padded = "title,ignored\nNaruto," + "x".repeat(3 * 1024 * 1024) + "\n";
        importCsv(reader, "", padded).expect(200);
    }

    @Test
    void aGzipBombStopsAtTheLimitWhileDecompressing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(1 << 20);

        Reply reply = importFile(reader, "", "application/gzip", bytes.toByteArray()).expectProblem(413);
        assertThat(reply.string("detail")).contains("decompressed");
    }

    @Test
    void aCorruptGzipIsRefused() {
        byte[] corrupt = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7};
        importFile(reader, "", "application/gzip", corrupt).expectInvalid("file");
    }
}
