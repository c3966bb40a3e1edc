package dev.lede.platform.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The address an anonymous caller is counted by: the peer's, unless the peer is a trusted proxy
 * ({@code lede.rate-limit.trusted-proxies}); then the right-most address of the header those proxies write
 * ({@code lede.rate-limit.forwarded-header}: {@code X-Forwarded-For} by default, or RFC 7239 {@code Forwarded}; the
 * other is ignored, as a proxy passes it through as the client wrote it) that is not itself a trusted proxy. Everything left of that was written by
 * the client and proves nothing. A right-most entry that does not parse counts as the proxy that sent it. IPv6
 * clients are counted by their /64, the block one subscriber usually holds, so that a client cannot take a fresh
 * bucket per address.
 */
@Singleton
public class ClientAddress {
    /** At most this many hops are read from the right: a long header costs nothing more. */
    static final int MAX_HOPS = 32;

    private final List<Cidr> trusted;
    private final boolean rfc7239;

    public ClientAddress(RateLimitConfig config) {
        this.trusted = config.trustedProxies().orElse(List.of()).stream()
                .filter(text -> !text.isBlank()).map(Cidr::parse).toList();
        this.rfc7239 = config.forwardedHeader() == RateLimitConfig.ForwardedHeader.FORWARDED;
    }

    /** Never throws, whatever the headers say. */
    String of(HttpServerRequest request) {
        SocketAddress peerSocket = request.remoteAddress();
        String peerText = peerSocket == null ? null : peerSocket.hostAddress();
        if (peerText != null && trusted.isEmpty() && peerText.indexOf(':') < 0) {
            return peerText; // the common case, an IPv4 peer and no proxy, costs no parsing
        }
        InetAddress peer = peerText == null ? null : Cidr.literal(peerText);
        if (peer == null) {
            return "unknown";
        }
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return key(peer);
        }
        List<String> hops = hops(request);
        InetAddress last = peer;
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            InetAddress hop = Cidr.literal(bare(hops.get(i)));
            if (hop == null) {
                return key(last);
            }
            if (!isTrusted(hop)) {
                return key(hop);
            }
            last = hop;
        }
        return key(last);
    }

    private boolean isTrusted(InetAddress address) {
        for (Cidr cidr : trusted) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The hops as the proxies listed them, from Forwarded's {@code for=} parameters or X-Forwarded-For. */
    private List<String> hops(HttpServerRequest request) {
        List<String> hops = new ArrayList<>();
        if (rfc7239) {
            for (String element : String.join(",", request.headers().getAll("Forwarded")).split(",")) {
                hops.add(forParameter(element));
            }
            return hops;
        }
        for (String line : request.headers().getAll("X-Forwarded-For")) {
            hops.addAll(Arrays.asList(line.split(",")));
        }
        return hops;
    }

    /** An element's {@code for=} value, or "" (which does not parse) when it has none. */
    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            String trimmed = pair.trim();
            if (trimmed.length() > 4 && trimmed.substring(0, 4).toLowerCase(Locale.ROOT).equals("for=")) {
                return trimmed.substring(4);
            }
        }
        return "";
    }

    /** The address of a hop written {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code "[2001:db8::1]:4711"}... */
    static String bare(String hop) {
        String text = hop.trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            return end < 0 ? "" : text.substring(1, end);
        }
        int colon = text.indexOf(':');
        if (colon >= 0 && colon == text.lastIndexOf(':')) { // IPv4 with a port; IPv6 has several colons
            return text.substring(0, colon);
        }
        return text;
    }

    private static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }
}
