package org.readtrack.web;

import java.util.List;

import org.bouncycastle.util.IPAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trusted reverse proxies ({@code READTRACK_TRUSTED_PROXIES}: addresses and CIDR ranges, IPv4 or IPv6)
 *                whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto}/{@code -Host}/{@code -Port} are
 *                believed; with none, only the connection counts
 */
@ConfigurationProperties("readtrack.proxies")
record ProxyProperties(@DefaultValue List<String> trusted) {

    ProxyProperties {
        trusted = trusted.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        trusted.forEach(ProxyProperties::check);
    }

    /**
     * Host names are refused rather than resolved: a proxy list that depends on DNS at start-up, and a
     * matcher that could look names up, are both worse than a clear message now.
     */
    private static void check(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        boolean valid = IPAddress.isValid(address);
        if (valid && slash >= 0) {
            String bits = entry.substring(slash + 1);
            int max = IPAddress.isValidIPv4(address) ? 32 : 128;
            valid = !bits.isEmpty() && bits.length() <= 3 && bits.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(bits) <= max;
        }
        if (!valid) {
            throw new IllegalArgumentException("READTRACK_TRUSTED_PROXIES: '" + entry + "' is not an IP address or"
                    + " CIDR range (such as 172.17.0.1, 10.0.0.0/8 or fd00::/8); host names are not accepted");
        }
    }
}
