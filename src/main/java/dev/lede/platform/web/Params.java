package dev.lede.platform.web;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.text.Rfc3339;
import dev.lede.platform.text.Text;
import java.time.Instant;

/**
 * Parses query parameters by hand: JAX-RS would answer a failed conversion of a typed parameter with a bare
 * 404, where clients deserve a 400 that names the parameter.
 */
public final class Params {
    private Params() {
    }

    public static int integer(String name, String raw) {
        try {
            String value = raw.trim();
            if (!value.matches("-?[0-9]{1,9}")) { // Integer.parseInt takes other scripts' digits too ("٣")
                throw new NumberFormatException(value);
            }
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw Failure.invalid(name, "expected an integer but got '" + Text.shorten(raw) + "'");
        }
    }

    public static boolean bool(String name, String raw) {
        if (raw == null) {
            return false;
        }
        return switch (raw.trim()) {
            case "true", "1", "" -> true;
            case "false", "0" -> false;
            default -> throw Failure.invalid(name, "expected true or false but got '" + Text.shorten(raw) + "'");
        };
    }

    /** An RFC 3339 date-time with an offset ({@code 2022-12-09T00:00:00Z}); a bare date is taken as midnight UTC. */
    public static Instant instant(String name, String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        try {
            return Rfc3339.dateTimeOrDate(value);
        } catch (java.time.DateTimeException e) {
            throw Failure.invalid(name, "expected an RFC 3339 date-time such as 2022-12-09T00:00:00Z but got '"
                    + Text.shorten(raw) + "'");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw.trim())) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
        }
        throw Failure.invalid(name, "unknown value '" + Text.shorten(raw) + "'; allowed: " + allowed);
    }
}
