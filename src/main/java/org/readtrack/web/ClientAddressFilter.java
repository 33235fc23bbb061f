package org.readtrack.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.bouncycastle.util.IPAddress;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides who the client is, before anything reads {@code getRemoteAddr()} (the access log, the throttles).
 * Forwarding headers are believed only when the connection comes from a proxy the operator listed
 * ({@link ProxyProperties}); from anyone else they are dropped, so no later code can be fooled by them.
 * <p>
 * Behind a trusted proxy the client is the right-most {@code X-Forwarded-For} address that is not itself a
 * trusted proxy: each proxy appends the address it saw, so everything to the left of the last one a trusted
 * proxy wrote is the client's own say and may be forged. Scheme, host and port (for the links the API
 * builds) come from Spring's {@link ForwardedHeaderFilter}, applied to trusted requests only.
 */
class ClientAddressFilter extends OncePerRequestFilter {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    /** Null when no proxy is trusted: then nothing is matched on the way (the usual, benchmarked case). */
    private final InetAddressMatcher trusted;
    private final ForwardedHeaderFilter forwarded = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter removeForwarded = new ForwardedHeaderFilter();

    ClientAddressFilter(ProxyProperties properties) {
        trusted = properties.trusted().isEmpty() ? null
                : InetAddressMatchers.builder().includeAddresses(properties.trusted()).build();
        removeForwarded.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InetAddress peer = trusted == null ? null : literal(request.getRemoteAddr());
        if (peer == null || !trusted.matches(peer)) {
            // only wraps the request when it carries forwarding headers at all
            removeForwarded.doFilter(request, response, chain);
            return;
        }
        String client = client(peer, request);
        forwarded.doFilter(request, response,
                (forwardedRequest, forwardedResponse) -> chain.doFilter(
                        new ClientRequest((HttpServletRequest) forwardedRequest, client), forwardedResponse));
    }

    /** Walks {@code X-Forwarded-For} from the right, past the trusted proxies; {@code peer} is trusted. */
    private String client(InetAddress peer, HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            Collections.addAll(hops, StringUtils.commaDelimitedListToStringArray(header));
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                // not an address: whoever passed it on (the last hop believed) is held responsible
                break;
            }
            client = hop;
            if (!trusted.matches(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /**
     * An IP address written literally, or null. Anything else is refused before {@link InetAddress} sees it:
     * given a name (or something that only looks like a number, such as 300.1.1.1) it would ask the DNS.
     */
    static InetAddress literal(String text) {
        String address = text.strip();
        if (address.length() > 2 && address.charAt(0) == '[' && address.charAt(address.length() - 1) == ']') {
            address = address.substring(1, address.length() - 1);
        }
        if (!IPAddress.isValid(address)) {
            return null;
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The request as its client made it; its host name is never looked up. */
    private static final class ClientRequest extends HttpServletRequestWrapper {

        private final String client;

        ClientRequest(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
