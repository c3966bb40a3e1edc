package dev.lede.webhook;

import dev.lede.platform.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may be sent: https (http when {@code lede.webhooks.allow-http}), and a host whose every address is
 * public, unless {@code lede.webhooks.allow-private}. Checked when subscribing and again at each delivery, on the
 * addresses the delivery then connects to (so a DNS answer that changes in between cannot point it inside).
 */
@ApplicationScoped
class ReceiverGuard {
    /** Why a receiver's address is not one to send to. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final WebhookConfig config;

    ReceiverGuard(WebhookConfig config) {
        this.config = config;
    }

    /** The URL a subscription gives, or a 400 naming {@code field}. */
    URI checkedUrl(String field, String url) {
        URI uri = parse(field, url);
        try {
            address(uri);
        } catch (Refused refused) {
            throw Failure.invalid(field, refused.getMessage());
        }
        return uri;
    }

    /** The address to connect to for this URL, resolved now; refused when any address of the host is not allowed. */
    InetAddress address(URI uri) throws Refused {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("the host " + uri.getHost() + " cannot be resolved");
        }
        if (!config.allowPrivate()) {
            for (InetAddress address : addresses) {
                if (internal(address)) {
                    throw new Refused("the host resolves to " + address.getHostAddress() + ", a loopback, private, "
                            + "link-local, multicast or metadata address (allowed only with lede.webhooks.allow-private)");
                }
            }
        }
        return addresses[0];
    }

    private URI parse(String field, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw Failure.invalid(field, "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && config.allowHttp())) {
            throw Failure.invalid(field, config.allowHttp() ? "expected an https or http URL" : "expected an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw Failure.invalid(field, "expected an absolute URL with a host, without user info or fragment");
        }
        return uri;
    }

    /** Loopback, unspecified, link-local (169.254.169.254 included), private, unique-local (fd00:ec2::254 included), multicast, shared. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return address instanceof Inet4Address && (first == 0 || (first == 100 && second >= 64 && second < 128)
                || (first == 198 && (second == 18 || second == 19)) || first >= 240);
    }
}
