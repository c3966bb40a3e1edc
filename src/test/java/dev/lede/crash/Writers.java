package dev.lede.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The writer threads, and the gate that holds them while the kill loop kills, restarts and verifies: a writer holds
 * the read lock for one operation, the kill loop takes the write lock.
 */
final class Writers {
    private static final int COUNT = 3;

    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final CrashApp app;
    private volatile boolean stopping;

    /** Writer {@code w} draws from {@code new Random(seed * 31 + w)}: the seed fixes what each writer writes. */
    Writers(long seed, CrashApp app, WriteClient client, Journal journal, List<Template> templates) {
        this.app = app;
        Writer.Shared shared = new Writer.Shared(app, client, journal, templates);
        for (int w = 1; w <= COUNT; w++) {
            Writer writer = new Writer(w, new Random(seed * 31 + w), shared);
            Thread thread = new Thread(() -> writeUntilStopped(writer), "crash-writer-" + w);
            thread.setDaemon(true);
            threads.add(thread);
        }
    }

    /** Starts the threads, held at the gate until {@link #release()}. */
    void startHeld() {
        gate.writeLock().lock();
        threads.forEach(Thread::start);
    }

    void release() {
        gate.writeLock().unlock();
    }

    /** Waits for each writer's current operation (after a kill its requests fail at once) and holds them. */
    void hold() {
        gate.writeLock().lock();
    }

    /** Lets the held writers finish and waits for them. */
    void stop() throws InterruptedException {
        stopping = true;
        gate.writeLock().unlock();
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    /** After a failure: lets the writers (daemon threads) end without waiting for them. */
    void abandon() {
        stopping = true;
        if (gate.isWriteLockedByCurrentThread()) {
            gate.writeLock().unlock();
        }
    }

    /** The first error that ended a writer, or null. */
    Throwable firstError() {
        return errors.isEmpty() ? null : errors.get(0);
    }

    private void writeUntilStopped(Writer writer) {
        try {
            while (!stopping) {
                int seen;
                Outcome last;
                gate.readLock().lock();
                try {
                    if (stopping) {
                        return;
                    }
                    seen = app.generation();
                    last = writer.step();
                } finally {
                    gate.readLock().unlock();
                }
                if (last == Outcome.UNKNOWN || last == Outcome.NOT_SENT) {
                    // The process is gone (or going): wait for the next run instead of knocking on a closed port.
                    while (!stopping && app.generation() == seen) {
                        Thread.sleep(10);
                    }
                }
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }
}
