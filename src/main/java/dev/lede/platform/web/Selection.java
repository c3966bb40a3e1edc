package dev.lede.platform.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.platform.failure.Failure;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed {@code fields=} or {@code include=} parameter: comma-separated and/or repeated names, each checked
 * against the names the operation offers.
 */
public final class Selection {
    private final Set<String> names;

    private Selection(Set<String> names) {
        this.names = names;
    }

    public static Selection parse(String parameter, List<String> values, Set<String> allowed) {
        if (values == null || values.isEmpty()) {
            return new Selection(null);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            for (String name : value.split(",")) {
                String trimmed = name.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!allowed.contains(trimmed)) {
                    throw Failure.invalid(parameter, "unknown value '" + trimmed + "'; allowed: "
                            + String.join(", ", new TreeSet<>(allowed)));
                }
                names.add(trimmed);
            }
        }
        return new Selection(names);
    }

    /** True when the parameter was given at all. */
    public boolean given() {
        return names != null;
    }

    public boolean has(String name) {
        return names != null && names.contains(name);
    }

    /** Keeps only the selected top-level members (and always {@code id}); no-op when nothing was given. */
    public void retainIn(ObjectNode node) {
        if (names != null) {
            node.retain(withId());
        }
    }

    private Set<String> withId() {
        Set<String> kept = new LinkedHashSet<>(names);
        kept.add("id");
        return kept;
    }
}
