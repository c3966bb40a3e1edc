package dev.lede.platform.web;

import java.util.List;
import java.util.Locale;

/**
 * The formats a client can ask for by {@code Accept} at a URL that answers JSON by default (an article as IPTC ninjs
 * or as schema.org JSON-LD). One rule decides which one a request gets, used both by the resources that render them
 * and by the response cache, which keeps each format of a URL apart: so the two cannot disagree.
 */
public final class AlternateFormats {
    public static final String NINJS = "application/ninjs+json";
    public static final String JSON_LD = "application/ld+json";
    /** In the order a tie is broken: the first listed wins. */
    public static final List<String> TYPES = List.of(NINJS, JSON_LD);

    private AlternateFormats() {
    }

    /**
     * The alternate format this Accept prefers to JSON, or null for JSON (no Accept, {@code *}{@code /*},
     * {@code application/json}, anything else). An alternate format wins when the Accept names it with a q above 0
     * and at least the q it gives {@code application/json} itself; wildcards do not count for JSON here, so
     * {@code application/ninjs+json, *}{@code /*;q=0.1} asks for ninjs. A q that does not parse counts as 0.
     */
    public static String preferred(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        double json = 0;
        String best = null;
        double bestQ = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            if (type.equals("application/json")) {
                json = Math.max(json, q);
            } else if (TYPES.contains(type) && q > 0 && (best == null || q > bestQ
                    || q == bestQ && TYPES.indexOf(type) < TYPES.indexOf(best))) {
                best = type;
                bestQ = q;
            }
        }
        return best != null && bestQ >= json ? best : null;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
