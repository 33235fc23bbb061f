package org.readtrack.progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.apache.tomcat.util.http.fileupload.MultipartStream;
import org.readtrack.security.CurrentUser;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.ForbiddenException;
import org.readtrack.shared.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Progress")
@RequestMapping("/api/progress")
class ImportExportController {

    static final String CREATE_MISSING_REFUSED = "Only moderators and administrators add series to the catalog:"
            + " ask for suggest_missing=true to suggest the missing ones.";

    private final ProgressImport imports;
    private final ProgressExport exports;
    private final Clock clock;

    ImportExportController(ProgressImport imports, ProgressExport exports, Clock clock) {
        this.imports = imports;
        this.exports = exports;
        this.clock = clock;
    }

    @Operation(summary = "Import a reading list", description = """
            The file as the raw body (`text/csv`, `application/xml`, `application/gzip`, `application/json`) \
            or as the `file` part of `multipart/form-data`, at most 10 MB (also once decompressed) and 20,000 \
            rows. With `format=auto`, a raw body sent as JSON is read as JSON; any other file is told by its \
            first character (`<` MAL, `{` or `[` JSON, else CSV). CSV: `,` or `;` separated, UTF-8 with or without BOM, columns recognised by their header in \
            English or French (title/name/titre/nom, last chapter/dernier chapitre lu, status/statut, \
            score/rating/note/tier, notes/commentaire, link/lien, type/category/catégorie, language/langue, \
            started/début, finished/fin, updated/mise à jour, release days/jour de sortie, tags); the headers of \
            the columns not read are listed in `ignored_columns`. A score is a number from 0 to 10, a tier, or on \
            another scale brought to 0–10 (`7/10`, `4/5`, `85%`, `★★★★☆`); an unreadable title, chapter, status or \
            score makes the row an `error`; a date or other value that cannot be read is left out with a message on \
            the row. MAL: \
            MyAnimeList's XML export, plain or gzipped. JSON: what the export writes. Titles match catalog \
            titles and `alt_titles` ignoring case, accents, punctuation and quote styles; a type column \
            narrows the match (a title found in one other category only matches there, with a message, unless the \
            catalog's editors add missing contents); of two \
            contents that match only loosely, the one whose title is written exactly as the row's is taken. An \
            entry's dates are the file's only (a list imported today was not started or finished today); a last \
            update in the future is left out. A row without a last update that takes the last chapter back gets a \
            message saying so. A date and time without an offset (a \
            spreadsheet's last update) is read on the \
            reader's clock, the `Time-Zone` header's (UTC without it). A real import is all or nothing: any \
            `error` row gives 400 with the same report, and nothing is written. Each change is recorded in the \
            entry's history as `import`.""")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/xml", schema = @Schema(type = "string")),
            @Content(mediaType = "application/json", schema = @Schema(type = "string")),
            @Content(mediaType = "application/gzip", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = ImportUpload.class),
                    encoding = @Encoding(name = "file", contentType = "application/octet-stream"))})
    @ApiResponse(responseCode = "200", description = "What was imported (or, for a dry run, would be), row by row")
    @ApiResponse(responseCode = "400", description = "A row is an `error` (the report, nothing written), the"
            + " file cannot be read (a problem naming the line), or the `Time-Zone` header names no known zone",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)),
                    @Content(mediaType = "application/problem+json")})
    @ApiResponse(responseCode = "403", description = "`create_missing` from a reader who may not edit the catalog",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "More than 10 MB or 20,000 rows",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/import", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> importFile(@AuthenticationPrincipal CurrentUser caller,
            @Parameter(schema = @Schema(allowableValues = {"auto", "csv", "mal", "json"}, defaultValue = "auto"))
            @RequestParam(required = false) String format,
            @Parameter(description = "Report what would happen; write nothing")
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
            @Parameter(description = "Create missing contents and categories, fill matched contents' empty fields."
                    + " Moderators and administrators only: 403 for other readers, who ask for `suggest_missing`")
            @RequestParam(name = "create_missing", defaultValue = "false") boolean createMissing,
            @Parameter(description = "Suggest each missing content (in an existing category) to the catalog: the"
                    + " caller tracks it at once, others see it once a moderator approves it. For moderators and"
                    + " administrators, the same as `create_missing`")
            @RequestParam(name = "suggest_missing", defaultValue = "false") boolean suggestMissing,
            @Parameter(description = "With `create_missing` or `suggest_missing`: the category, by name, of the"
                    + " contents added for rows that name none (a spreadsheet without a type column). Without it,"
                    + " `Imported` (MAL files: `Manga`); a row's own type column still wins")
            @RequestParam(name = "default_category", required = false) String defaultCategory,
            @Parameter(description = "Never move an entry back to an earlier chapter: a row whose last chapter comes"
                    + " before the entry's keeps the entry's (its other fields still apply), with a message on the"
                    + " row. For an old spreadsheet imported over a list read since")
            @RequestParam(name = "keep_progress", defaultValue = "false") boolean keepProgress,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body, CallerZone zone) {
        ImportFormat declared = ImportFormat.parse(format);
        // as long as a category's name may be: said once here, rather than in the message of every row it names
        String category = defaultCategory == null ? "" : defaultCategory.strip();
        if (category.codePointCount(0, category.length()) > 100) {
            throw FieldErrors.of("default_category", Messages.MAX_100);
        }
        // the file's dates are read on the reader's clock: an unknown zone is refused whether or not a row has one,
        // as any write refuses it, not only when a date without an offset happens to need it
        zone.zone();
        byte[] file = isMultipart(contentType) ? filePart(contentType, body) : body;
        if (declared == null && !isMultipart(contentType) && isJson(contentType)) {
            // a body sent as JSON is read as JSON: `null` or `"x"` told by its first character was taken for a
            // CSV file, and refused for its missing title column
            declared = ImportFormat.JSON;
        }
        if (createMissing && !caller.editsCatalog()) {
            throw new ForbiddenException(CREATE_MISSING_REFUSED);
        }
        ImportReport report = imports.run(caller.id(), file, new ImportOptions(declared, dryRun,
                createMissing || suggestMissing, caller.editsCatalog(), keepProgress, defaultCategory), zone);
        return ResponseEntity.status(report.hasErrors() && !dryRun ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
                .contentType(MediaType.APPLICATION_JSON).body(report);
    }

    @Operation(summary = "Export the caller's reading list", description = """
            Every entry with every field, its content's title, category and `alt_titles`, as a download. CSV and \
            JSON import back (into another account too) as they were; `mal` is MyAnimeList's XML export format. \
            A CSV cell that a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab or a \
            carriage return) is written with an apostrophe in front, which the import takes off again.""")
    @ApiResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/json", schema = @Schema(type = "string")),
            @Content(mediaType = "application/xml", schema = @Schema(type = "string"))})
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser caller,
            @Parameter(schema = @Schema(allowableValues = {"csv", "json", "mal"}, defaultValue = "json"))
            @RequestParam(required = false) String format,
            @Parameter(description = "CSV only: `semicolon` for a spreadsheet whose decimal mark is a comma (Excel"
                    + " in French, German…); decimals are then written with a comma.",
                    schema = @Schema(allowableValues = {"comma", "semicolon"}, defaultValue = "comma"))
            @RequestParam(required = false) String delimiter, CallerZone zone) {
        ImportFormat chosen = ImportFormat.ofExport(format);
        CsvSeparator separator = CsvSeparator.ofExport(delimiter, chosen);
        MediaType type = switch (chosen) {
            case CSV -> new MediaType("text", "csv", StandardCharsets.UTF_8);
            case JSON -> MediaType.APPLICATION_JSON;
            case MAL -> MediaType.APPLICATION_XML;
        };
        String name = "readtrack-" + caller.username().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + zone.today(clock) + "." + (chosen == ImportFormat.MAL ? "xml"
                : chosen.value());
        long userId = caller.id();
        String username = caller.username();
        StreamingResponseBody stream = out -> exports.write(userId, username, chosen, separator, out);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(stream);
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.getSubtype().endsWith("+json")) && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    /** The {@code file} part of a {@code multipart/form-data} body. */
    private static byte[] filePart(String contentType, byte[] body) {
        MediaType type = MediaType.parseMediaType(contentType);
        String boundary = type.getParameter("boundary");
        if (boundary == null || body == null) {
            throw FieldErrors.of("file", "A multipart body needs a boundary and a part named file.");
        }
        try {
            MultipartStream parts = new MultipartStream(new ByteArrayInputStream(body),
                    unquote(boundary).getBytes(StandardCharsets.ISO_8859_1), 8192, null);
            boolean next = parts.skipPreamble();
            while (next) {
                String headers = parts.readHeaders();
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                parts.readBodyData(data);
                if (isFilePart(headers)) {
                    return data.toByteArray();
                }
                next = parts.readBoundary();
            }
        } catch (IOException | RuntimeException e) {
            throw FieldErrors.of("file", "The multipart body could not be read.");
        }
        throw FieldErrors.of("file", "No part named file in the multipart body.");
    }

    private static boolean isFilePart(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-disposition:")) {
                try {
                    return "file".equals(ContentDisposition.parse(line.substring(line.indexOf(':') + 1).strip())
                            .getName());
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** The multipart form, for the documentation. */
    record ImportUpload(@Schema(type = "string", format = "binary") String file) {
    }
}
