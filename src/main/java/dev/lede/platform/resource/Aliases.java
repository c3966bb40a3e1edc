package dev.lede.platform.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The names a resource goes by when another is folded into it (a merge). */
final class Aliases {
    /** As many aliases as a write model accepts: a merge never leaves a resource that a PUT of itself would refuse. */
    private static final int MAX = 50;

    private Aliases() {
    }

    /** The duplicate's name, then its aliases, become aliases of the survivor unless it has them already (any case). */
    static void folded(NamedResource survivor, NamedResource duplicate) {
        List<String> known = new ArrayList<>(survivor.aliases);
        known.add(survivor.name);
        Stream.concat(Stream.of(duplicate.name), duplicate.aliases.stream()).forEach(name -> {
            if (known.stream().noneMatch(name::equalsIgnoreCase) && survivor.aliases.size() < MAX) {
                known.add(name);
                survivor.aliases.add(name);
            }
        });
    }
}
