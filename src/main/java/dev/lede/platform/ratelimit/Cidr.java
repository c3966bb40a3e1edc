package dev.lede.platform.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** A block of addresses ({@code 10.0.0.0/8}, {@code ::1/128}, or one address), and address literals read safely. */
record Cidr(byte[] network, int bits) {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    /** Reads configuration: a mistake there stops start-up rather than trusting the wrong proxies. */
    static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        InetAddress address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("lede.rate-limit.trusted-proxies: not an address or CIDR: " + text);
        }
        int max = address.getAddress().length * 8;
        int bits = max;
        if (slash >= 0) {
            String prefix = trimmed.substring(slash + 1);
            bits = prefix.matches("\\d{1,3}") ? Integer.parseInt(prefix) : -1;
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("lede.rate-limit.trusted-proxies: bad prefix length in " + text);
            }
        }
        return new Cidr(address.getAddress(), bits);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < bits; bit += 8) {
            int mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An IPv4 or IPv6 literal, or null: anything else (a host name, a zone id, garbage) is refused before the JDK
     * sees it, since {@link InetAddress#getByName} would look a name up in the DNS, on the IO thread, for any client
     * that asked.
     */
    static InetAddress literal(String text) {
        boolean v4 = IPV4.matcher(text).matches();
        if (!v4 && !(IPV6.matcher(text).matches() && text.indexOf(':') >= 0)) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException | RuntimeException malformed) {
            return null;
        }
    }
}
