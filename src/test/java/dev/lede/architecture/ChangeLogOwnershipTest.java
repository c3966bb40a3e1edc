package dev.lede.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only platform/changelog reads or writes the change log's tables with its own queries: others ask it (head, lock,
 * events after a position). ArchUnit sees classes, not the SQL and JPQL in strings, so this reads the sources.
 */
class ChangeLogOwnershipTest {
    private static final Pattern CHANGE_LOG_QUERY = Pattern.compile("change_event|change_log_head|from ChangeEvent",
            Pattern.CASE_INSENSITIVE);
    private static final Path SOURCES = Path.of("src/main/java/dev/lede");

    @Test
    void onlyTheChangeLogPackageQueriesItsTables() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(SOURCES.resolve("platform/changelog")))
                    .filter(file -> CHANGE_LOG_QUERY.matcher(read(file)).find())
                    .map(Path::toString).toList();
            assertThat(offenders).as("classes outside platform/changelog that query the change log's tables").isEmpty();
        }
        assertThat(SOURCES.resolve("platform/changelog/ChangeEvent.java")).exists(); // the walk saw the sources
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
