package dev.lede.platform.search;

/** A feature's search index and what keeps it fed: found by readiness and the admin reindex. */
public interface FedIndex {
    /** The index's name ("articles"), as the admin API and readiness name it. */
    String name();

    SearchIndex index();

    IndexFeeder feeder();
}
