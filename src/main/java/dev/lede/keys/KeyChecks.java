package dev.lede.keys;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.security.Roles;
import dev.lede.platform.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a new key must be, every problem naming its field ({@code name}, {@code scopes[1]},
 * {@code entitlements.sources[0]}). Names are restricted to letters, digits and a few marks: a name is written into
 * revisions, the change log and logs, so it must not carry a line break or markup. "admin" and "system" are the
 * configured key's and the background writers' names in those records, so no key may take them.
 */
final class KeyChecks {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._:@/-]{0,99}");
    private static final Set<String> RESERVED = Set.of("admin", "system");
    private static final int MAX_VALUES = 100;
    private static final int MAX_VALUE_LENGTH = 100;

    private final List<FieldError> errors = new ArrayList<>();

    /** The key's name, trimmed; a problem is recorded when it is not one a key may have. */
    String name(String raw) {
        String name = raw == null ? "" : Text.nfc(raw).strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "is required"));
        } else if (!NAME.matcher(name).matches()) {
            errors.add(new FieldError("name", "must be 1 to 100 letters, digits, spaces or . _ : @ / - and start with a letter or digit"));
        } else if (RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            errors.add(new FieldError("name", "'" + name + "' is reserved"));
        }
        return name;
    }

    /** The scopes without repeats, in the order given. */
    List<String> scopes(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            errors.add(new FieldError("scopes", "name at least one of " + String.join(", ", Roles.SCOPES)));
            return List.of();
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String scope = raw.get(i);
            if (scope == null || !Roles.SCOPES.contains(scope)) {
                errors.add(new FieldError("scopes[" + i + "]", "unknown scope '" + Text.shorten(String.valueOf(scope))
                        + "'; the scopes are " + String.join(", ", Roles.SCOPES)));
            } else {
                scopes.add(scope);
            }
        }
        return List.copyOf(scopes);
    }

    /** The entitlements with each source as its id ({@code sourceId} resolves an id or slug, null when unknown). */
    Entitlements entitlements(Entitlements raw, Function<String, String> sourceId) {
        if (raw == null) {
            return Entitlements.ALL;
        }
        List<String> sources = values("entitlements.sources", raw.sources());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String id = sourceId.apply(sources.get(i));
            if (id == null) {
                errors.add(new FieldError("entitlements.sources[" + i + "]", "no source '" + Text.shorten(sources.get(i)) + "'"));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return new Entitlements(ids, values("entitlements.sections", raw.sections()), values("entitlements.tags", raw.tags()));
    }

    private List<String> values(String field, List<String> raw) {
        if (raw.size() > MAX_VALUES) {
            errors.add(new FieldError(field, "at most " + MAX_VALUES + " values"));
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i) == null ? "" : Text.nfc(raw.get(i)).strip();
            if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
                errors.add(new FieldError(field + "[" + i + "]", "must be 1 to " + MAX_VALUE_LENGTH + " characters"));
            } else {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** Throws the recorded problems, if any. */
    void done() {
        if (!errors.isEmpty()) {
            throw Failure.invalidFields(errors);
        }
    }
}
