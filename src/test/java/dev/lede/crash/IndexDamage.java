package dev.lede.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** What can happen to a search index directory while the service is stopped: it is lost, or its files are garbage. */
final class IndexDamage {
    private IndexDamage() {
    }

    /** Removes the directory and everything under it. */
    static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Overwrites every file under the directory, whatever the layout inside, with random bytes of the same length
     * (at least 64: an empty file becomes garbage too); answers the number of files.
     */
    static int corrupt(Path directory, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(directory)) {
            files = paths.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            byte[] garbage = new byte[(int) Math.max(64, Files.size(file))];
            random.nextBytes(garbage);
            Files.write(file, garbage);
        }
        return files.size();
    }
}
