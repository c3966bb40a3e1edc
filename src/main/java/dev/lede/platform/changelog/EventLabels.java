package dev.lede.platform.changelog;

import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * The labels an event carries ({@link Tracked#labels}) as one column (V22): each label hex-encoded between bars,
 * {@code |<hex>|<hex>|}. Hex makes a label's text harmless in a LIKE pattern (no wildcard, no escape) and keeps one
 * label from forging another (a tag holding a bar and a section's text would otherwise read as two labels). A write
 * that carries more labels than the column holds keeps those that fit: fewer labels only hide an event from a limited
 * reader, never show it to one.
 */
final class EventLabels {
    static final int MAX_LENGTH = 100_000;
    private static final HexFormat HEX = HexFormat.of();

    private EventLabels() {
    }

    /** The column's value: null for no labels at all (every reader sees the event), else at least "|". */
    static String encode(List<String> labels) {
        if (labels == null) {
            return null;
        }
        StringBuilder encoded = new StringBuilder("|");
        for (String label : labels) {
            String one = of(label).substring(1);
            if (encoded.length() + one.length() > MAX_LENGTH) {
                break;
            }
            encoded.append(one);
        }
        return encoded.toString();
    }

    /** The JPQL condition (with a leading " and ") that a reader limited to {@code groups} sees an event; "" for none. */
    static String condition(String alias, List<List<String>> groups) {
        if (groups.isEmpty()) {
            return "";
        }
        StringBuilder condition = new StringBuilder(" and (" + alias + ".labels is null or (");
        for (int g = 0; g < groups.size(); g++) {
            condition.append(g == 0 ? "(" : " and (");
            for (int l = 0; l < groups.get(g).size(); l++) {
                condition.append(l == 0 ? "" : " or ").append(alias).append(".labels like :label").append(g).append('_').append(l);
            }
            condition.append(')');
        }
        return condition.append("))").toString();
    }

    /** Binds the parameters of {@link #condition} to the patterns of each label. */
    static void bind(Query query, List<List<String>> groups) {
        for (int g = 0; g < groups.size(); g++) {
            for (int l = 0; l < groups.get(g).size(); l++) {
                query.setParameter("label" + g + "_" + l, "%" + of(groups.get(g).get(l)) + "%");
            }
        }
    }

    /** What {@link #condition} says of one event's column value, in memory. */
    static boolean matches(String encoded, List<List<String>> groups) {
        if (encoded == null) {
            return true;
        }
        return groups.stream().allMatch(group -> group.stream().anyMatch(label -> encoded.contains(of(label))));
    }

    private static String of(String label) {
        return "|" + HEX.formatHex(label.getBytes(StandardCharsets.UTF_8)) + "|";
    }
}
