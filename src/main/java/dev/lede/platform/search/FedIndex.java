package dev.lede.platform.search;

/** A feature's search index and what keeps it fed: found by readiness and the admin reindex. */
public interface FedIndex {
    SearchIndex index();

    IndexFeeder feeder();
}
