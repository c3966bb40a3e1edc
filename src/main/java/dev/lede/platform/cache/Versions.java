package dev.lede.platform.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * For every id (or list marker) a committed write changed, the generation of its last change, for the
 * {@link ResponseCache}: an entry is current while every version it recorded still is.
 *
 * <p>Bounded: past {@code maxTracked} ids the map is emptied and the floor rises to the current generation, the
 * version of every id it no longer holds. As versions only grow, an entry that recorded an id's version sees a larger
 * one after a change, whether the id is still held or forgotten; a forgotten id costs at most a needless miss. (A map
 * that only grew held every id ever written: it grew by one entry per new resource for as long as the process ran.)
 */
final class Versions {
    static final int MAX_TRACKED = 50_000;

    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int maxTracked;
    private volatile long floor;
    /** When a version or the generation last moved (wall clock): what Last-Modified is checked against. */
    private volatile long lastChangeMillis;
    /**
     * Bumps update the map under the read lock (many at once); forgetting empties it under the write lock, so that
     * no bump lands in a part of the map the clearing has not reached yet and is then wiped with it.
     */
    private final ReadWriteLock forgetting = new ReentrantReadWriteLock();

    Versions(int maxTracked) {
        this.maxTracked = maxTracked;
    }

    long generation() {
        return generation.get();
    }

    /** Moves the generation without changing a version (a clear of the whole cache). */
    long nextGeneration() {
        lastChangeMillis = System.currentTimeMillis(); // before the move: whoever sees the move sees the time
        return generation.incrementAndGet();
    }

    void bump(String id) {
        lastChangeMillis = System.currentTimeMillis(); // before the move: whoever sees the move sees the time
        forgetting.readLock().lock();
        try {
            // The generation moves before the version: a store that read the old state sees the move and skips.
            versions.merge(id, generation.incrementAndGet(), Math::max);
        } finally {
            forgetting.readLock().unlock();
        }
        if (versions.size() > maxTracked) {
            forget();
        }
    }

    long lastChangeMillis() {
        return lastChangeMillis;
    }

    long of(String id) {
        Long version = versions.get(id);
        return version == null ? floor : version;
    }

    int tracked() {
        return versions.size();
    }

    /**
     * Raises the floor before emptying the map, with no bump in progress: a reader in between sees an id's version or
     * the floor, which is at least as large.
     */
    private void forget() {
        forgetting.writeLock().lock();
        try {
            if (versions.size() > maxTracked) {
                floor = generation.get();
                versions.clear();
            }
        } finally {
            forgetting.writeLock().unlock();
        }
    }
}
