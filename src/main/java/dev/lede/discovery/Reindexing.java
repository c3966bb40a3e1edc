package dev.lede.discovery;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.search.FedIndex;
import dev.lede.platform.search.IndexStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.stream.Stream;

/** Online rebuilds of the search indexes, and where each one stands. */
@ApplicationScoped
public class Reindexing {
    private final Instance<FedIndex> indexes;

    public Reindexing(Instance<FedIndex> indexes) {
        this.indexes = indexes;
    }

    /** Starts a rebuild of the named index (all when null) unless one is running; returns where each stands. */
    public List<IndexStatus> start(String name) {
        List<FedIndex> chosen = chosen(name).toList();
        chosen.forEach(index -> index.feeder().rebuildInBackground());
        return chosen.stream().map(index -> index.feeder().status()).toList();
    }

    public List<IndexStatus> status(String name) {
        return chosen(name).map(index -> index.feeder().status()).toList();
    }

    private Stream<FedIndex> chosen(String name) {
        List<FedIndex> all = indexes.stream().toList();
        if (name == null) {
            return all.stream();
        }
        List<FedIndex> named = all.stream().filter(index -> index.name().equals(name)).toList();
        if (named.isEmpty()) {
            throw Failure.invalid("index", "no index '" + name + "'; the indexes are "
                    + String.join(", ", all.stream().map(FedIndex::name).sorted().toList()));
        }
        return named.stream();
    }
}
