package org.readtrack.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.readtrack.shared.BusyException;
import org.readtrack.shared.FieldErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * Everything a request must pass before it costs more than a waiting thread, in this order:
 * <ol>
 * <li>a Content-Type with a wildcard ({@code *}{@code /*}, {@code application/*}) names no type the body could be
 * read as (415; Spring's request headers refuse it with an exception, a 500), and JSON in a charset other than
 * UTF-8 is not read as such (415), nor is a body in a content coding ({@code Content-Encoding: gzip}): it would
 * be parsed compressed, as malformed JSON (415, naming {@code identity} in {@code Accept-Encoding});</li>
 * <li>a body over the size limit (larger for images) is refused (413) when announced by Content-Length;</li>
 * <li>the body is read completely into memory, under a deadline for the whole of it (408) and a budget
 * for all the bodies held at once (503 when no room frees up in time): an announced length is reserved
 * whole before the first byte is read (bodies reserved a slice at a time starved one another: three imports
 * each half read, none complete), a chunked body a slice at a time, so that one over the limit is refused
 * (413) too. Bodies larger than the ordinary limit (images, imports) never take the last
 * {@link #SMALL_BODIES_RESERVE} ordinary bodies of the budget: clients trickling large bodies, even without an
 * account, cannot hold up logins and the other JSON requests. A slow client thus holds one of Tomcat's many
 * threads for a bounded time, never a worker permit;</li>
 * <li>query parameters that are not valid percent-encoded UTF-8 (400 naming the parameter; Tomcat would
 * throw at the first {@code getParameter} of the application, a 500), that carry NUL characters, which
 * PostgreSQL would reject as an internal error (400), or, in the API, that are given more than once (400);</li>
 * <li>a worker permit ({@link WorkLimiter}), waited for at most {@code queueTimeout} (then 503), held until
 * the controller returns: an asynchronous request (password hashing) gives it back while its work goes
 * on elsewhere. Health probes take none: an orchestrator must see a busy instance as alive.</li>
 * </ol>
 */
class RequestGuardFilter extends OncePerRequestFilter {

    /** Bodies are read in slices of this size, each reserved in the memory budget before it is allocated. */
    private static final int SLICE = 8192;

    private static final String HEALTH = "/actuator/health";

    /** Where reading lists are imported: files larger than any JSON body (see {@link HttpProperties}). */
    private static final String IMPORT = "/api/progress/import";

    private static final String API = "/api/";

    private static final String REPEATED = "Given more than once: give it once.";

    static final String UNCOMPRESSED = "The body must be sent uncompressed, without a Content-Encoding.";

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /** How many bodies of the ordinary size limit always find room, whatever the large bodies hold. */
    static final int SMALL_BODIES_RESERVE = 4;

    private final DataSize limit;
    private final DataSize imageLimit;
    private final DataSize importLimit;
    private final Duration bodyTimeout;
    private final Duration queueTimeout;
    private final int bodyMemoryBudget;
    private final Semaphore bodyMemory;
    /** The share of {@link #bodyMemory} that bodies over the ordinary limit may hold, all together. */
    private final Semaphore largeBodyMemory;
    private final WorkLimiter workers;
    private final HandlerExceptionResolver resolver;

    RequestGuardFilter(HttpProperties http, WorkLimiter workers, HandlerExceptionResolver resolver) {
        this.limit = http.maxBodySize();
        this.imageLimit = http.maxImageSize();
        this.importLimit = http.maxImportSize();
        this.bodyTimeout = http.bodyTimeout();
        this.queueTimeout = http.queueTimeout();
        // room for one body of the largest size at least beside the ordinary ones' reserve, else such a body
        // could never be accepted
        long reserve = SMALL_BODIES_RESERVE * (limit.toBytes() + SLICE);
        long budget = Math.max(http.bodyMemory().toBytes(), Math.max(limit.toBytes(),
                Math.max(imageLimit.toBytes(), importLimit.toBytes())) + SLICE + reserve);
        this.bodyMemoryBudget = (int) Math.min(Integer.MAX_VALUE, budget);
        this.bodyMemory = new Semaphore(bodyMemoryBudget, true);
        this.largeBodyMemory = new Semaphore((int) Math.min(Integer.MAX_VALUE, budget - reserve), true);
        this.workers = workers;
        this.resolver = resolver;
    }

    /** Bytes of the budget that bodies hold now: for tests that must know when a slow client's body is in. */
    long heldBodyBytes() {
        return bodyMemoryBudget - bodyMemory.availablePermits();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorResponseException badType = checkContentType(request);
        if (badType == null) {
            // before the body is read: it would be held compressed, then refused anyway
            badType = checkContentEncoding(request);
        }
        if (badType != null) {
            refuse(request, response, badType);
            return;
        }
        DataSize bodyLimit = limitFor(request);
        if (request.getContentLengthLong() > bodyLimit.toBytes()) {
            refuse(request, response, new PayloadTooLargeException(bodyLimit));
            return;
        }
        Body body = null;
        if (hasBody(request)) {
            body = new Body(bodyLimit.toBytes() > limit.toBytes());
            if (!read(request, response, body, bodyLimit)) {
                body.release();
                return;
            }
        }
        try {
            HttpServletRequest buffered = body == null ? request : new BufferedBodyRequest(request, body);
            ErrorResponseException badParameter = checkParameters(request);
            if (badParameter != null) {
                refuse(request, response, badParameter);
            } else if (request.getRequestURI().startsWith(HEALTH)) {
                chain.doFilter(buffered, response);
            } else {
                work(buffered, response, chain);
            }
        } finally {
            if (body != null) {
                body.release();
            }
        }
    }

    private void work(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean permitted;
        try {
            permitted = workers.acquire(queueTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permitted = false;
        }
        if (!permitted) {
            refuse(request, response, new BusyException(RETRY_AFTER));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            workers.release();
        }
    }

    /**
     * By the declared media type: a client that sends JSON as {@code image/png} to get the larger limit gets
     * a 415 from every JSON endpoint.
     */
    private DataSize limitFor(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(IMPORT)) {
            return importLimit;
        }
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "image/", 0, 6) ? imageLimit : limit;
    }

    /** HTTP/1.1: a request has a body when it announces a length or a transfer coding. */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** Reads the whole body into {@code body}; false when the request has been answered (or is gone). */
    private boolean read(HttpServletRequest request, HttpServletResponse response, Body body, DataSize bodyLimit)
            throws IOException {
        long announced = request.getContentLengthLong();
        long max = bodyLimit.toBytes();
        long deadline = System.nanoTime() + bodyTimeout.toNanos();
        ServletInputStream in = request.getInputStream();
        if (announced > 0 && !body.reserve((int) announced)) {
            refuse(request, response, new BusyException(RETRY_AFTER));
            return false;
        }
        try {
            while (true) {
                // one byte past the limit tells a chunked body over it from one that just fits
                long wanted = announced >= 0 ? announced - body.size : max + 1 - body.size;
                int slice = (int) Math.min(SLICE, wanted);
                if (slice <= 0) {
                    break;
                }
                if (body.reserved < body.size + slice && !body.reserve(slice)) {
                    refuse(request, response, new BusyException(RETRY_AFTER));
                    return false;
                }
                byte[] bytes = new byte[slice];
                int filled = 0;
                while (filled < slice) {
                    int n = in.read(bytes, filled, slice - filled);
                    if (n < 0) {
                        break;
                    }
                    filled += n;
                    if (System.nanoTime() - deadline > 0) {
                        refuse(request, response, new RequestTimeoutException(bodyTimeout));
                        return false;
                    }
                }
                body.add(bytes, filled);
                if (body.size > max) {
                    refuse(request, response, new PayloadTooLargeException(bodyLimit));
                    return false;
                }
                if (filled < slice) {
                    break;
                }
            }
        } catch (IOException e) {
            if (causedBy(e, SocketTimeoutException.class)) {
                // the client stalled longer than Tomcat's connection timeout
                refuse(request, response, new RequestTimeoutException(bodyTimeout));
            } else {
                refuse(request, response, new ErrorResponseException(HttpStatus.BAD_REQUEST,
                        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                                "The request body ended before it was complete."), e));
            }
            return false;
        }
        if (announced >= 0 && body.size < announced) {
            refuse(request, response, new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                            "The request body ended before its announced length."), null));
            return false;
        }
        return true;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static ErrorResponseException checkContentType(HttpServletRequest request) {
        String header = request.getContentType();
        // most requests name a plain type: only a wildcard or a parameter (a charset) needs the header parsed
        if (header == null || (header.indexOf('*') < 0 && header.indexOf(';') < 0)) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return null; // unreadable: refused where the body is read, as before
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return unsupported("Content-Type '" + header + "' is not supported.");
        }
        if (isJson(type) && type.getCharset() != null && !type.getCharset().equals(StandardCharsets.UTF_8)
                && !type.getCharset().equals(StandardCharsets.US_ASCII)) {
            // JSON is UTF-8 (RFC 8259): a UTF-8 body read as Latin-1 was stored garbled ("café" as "cafÃ©")
            return unsupported("JSON is read as UTF-8: send charset=UTF-8, or no charset.");
        }
        return null;
    }

    /** Every line of the header, each a list: {@code identity} then {@code gzip} is a compressed body too. */
    private static ErrorResponseException checkContentEncoding(HttpServletRequest request) {
        if (!hasBody(request)) {
            return null;
        }
        var lines = request.getHeaders(HttpHeaders.CONTENT_ENCODING);
        boolean compressed = false;
        while (lines != null && lines.hasMoreElements() && !compressed) {
            for (String coding : lines.nextElement().split(",")) {
                compressed |= !coding.isBlank() && !coding.strip().equalsIgnoreCase("identity");
            }
        }
        if (!compressed) {
            return null;
        }
        ErrorResponseException refused = unsupported(UNCOMPRESSED);
        refused.getHeaders().set(HttpHeaders.ACCEPT_ENCODING, "identity");
        return refused;
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
    }

    private static ErrorResponseException unsupported(String detail) {
        return new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail), null);
    }

    /**
     * Parses the query parameters here, where a failure can still be answered as the client's mistake:
     * Tomcat decodes them strictly (UTF-8, well-formed percent-escapes) and throws on the first read.
     * The body has already been taken as a stream, so Tomcat parses no form body (the API reads none).
     */
    private static ErrorResponseException checkParameters(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException e) {
            String name = badlyEncodedParameter(query);
            return Problems.of(FieldErrors.of(name, name.equals("query")
                    ? "The query string is not valid percent-encoded UTF-8."
                    : "Not valid percent-encoded UTF-8."));
        }
        // the decoded path: Spring would take `/%61pi/…` for the API too
        if (UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith(API)) {
            // no parameter of the API takes several values: Spring would keep the first one of a yes/no or a
            // number (`dry_run=false&dry_run=true` imported for real) and join texts with commas
            for (var parameter : parameters.entrySet()) {
                if (parameter.getValue().length > 1) {
                    return Problems.of(FieldErrors.of(parameter.getKey(), REPEATED));
                }
            }
        }
        if (query.contains("%00") || query.indexOf('\0') >= 0) {
            for (var parameter : parameters.entrySet()) {
                if (Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf('\0') >= 0)) {
                    return Problems.of(FieldErrors.of(parameter.getKey(), StrictStringsModule.NUL_MESSAGE));
                }
            }
        }
        return null;
    }

    /**
     * Names the parameter Tomcat could not decode, for the problem's {@code errors}: the first
     * {@code name=value} pair that does not decode strictly, by its name when that decodes, else
     * {@code query}. Only runs for a request already being refused.
     */
    static String badlyEncodedParameter(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String decodedName = strictlyDecoded(name);
            if (decodedName == null) {
                return "query";
            }
            if (equals >= 0 && strictlyDecoded(pair.substring(equals + 1)) == null) {
                return decodedName.isEmpty() ? "query" : decodedName;
            }
        }
        return "query";
    }

    /** Percent-decoded UTF-8, or null when malformed (bad escape or bad UTF-8). */
    private static String strictlyDecoded(String encoded) {
        try {
            byte[] bytes = java.net.URLDecoder.decode(encoded, StandardCharsets.ISO_8859_1)
                    .getBytes(StandardCharsets.ISO_8859_1);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Exception problem) {
        if (!response.isCommitted()) {
            resolver.resolveException(request, response, null, problem);
        }
    }

    /** A body held in memory, in slices, and the share of the budget it holds. */
    private final class Body {
        private final List<byte[]> slices = new ArrayList<>();
        private final boolean large;
        private long size;
        private long reserved;

        Body(boolean large) {
            this.large = large;
        }

        /** Waits for room up to the queue timeout, as a request waits for a worker. */
        boolean reserve(int bytes) {
            long deadline = System.nanoTime() + queueTimeout.toNanos();
            boolean heldLarge = false;
            try {
                if (large) {
                    heldLarge = largeBodyMemory.tryAcquire(bytes, queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
                    if (!heldLarge) {
                        return false;
                    }
                }
                if (bodyMemory.tryAcquire(bytes, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    reserved += bytes;
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (heldLarge) {
                largeBodyMemory.release(bytes);
            }
            return false;
        }

        void add(byte[] bytes, int length) {
            slices.add(length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
            size += length;
        }

        void release() {
            if (reserved > 0) {
                bodyMemory.release((int) reserved);
                if (large) {
                    largeBodyMemory.release((int) reserved);
                }
                reserved = 0;
            }
        }
    }

    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
        private final BodyStream stream;
        private BufferedReader reader;

        BufferedBodyRequest(HttpServletRequest request, Body body) {
            super(request);
            this.stream = new BodyStream(body.slices);
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(stream, charset));
            }
            return reader;
        }
    }

    /** Reads the slices in order; lets go of each as soon as it has been read. */
    private static final class BodyStream extends ServletInputStream {
        private final List<byte[]> slices;
        private int slice;
        private int position;

        BodyStream(List<byte[]> slices) {
            this.slices = slices;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (slice < slices.size() && position == slices.get(slice).length) {
                slices.set(slice++, null);
                position = 0;
            }
            if (slice == slices.size()) {
                return -1;
            }
            byte[] current = slices.get(slice);
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            for (int i = slice; i < slices.size(); i++) {
                if (slices.get(i).length > (i == slice ? position : 0)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
