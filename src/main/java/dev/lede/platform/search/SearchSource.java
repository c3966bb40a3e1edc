package dev.lede.platform.search;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ResourceType;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What an {@link IndexFeeder} needs from a feature to keep its index: which changes matter, and the documents. Every
 * method but {@link #name()}, {@link #follows} and {@link #batch()} is called inside a transaction of its own.
 */
public interface SearchSource {
    /** The index's name in logs, health and the admin API ("articles"). */
    String name();

    /** Whether a change to a resource of this type can change what some documents hold. */
    boolean follows(ResourceType type);

    /** The ids of the documents these committed events change (deleted ones included). */
    Set<String> affected(List<ChangeEvent> events);

    /** The documents of those of these ids that still exist (at most {@link #batch()} ids). */
    List<SearchDocument> documents(Collection<String> ids);

    /** Up to {@code limit} ids of every document, in id order, after {@code after} ("" for the first). */
    List<String> idsAfter(String after, int limit);

    /** How many documents the index holds when complete. */
    long count();

    /** How many documents are read per statement batch. */
    int batch();
}
