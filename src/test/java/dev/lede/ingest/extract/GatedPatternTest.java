package dev.lede.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@link GatedPattern}'s needles are hand copies of its regex's words: a needle misspelt or an alternative added
 * to the regex without its needle would silently hide matches. Over the labeled pages and the extractor tests' own
 * sentences (their source files, read as text), every match of each regex, ungated, must hold one of its needles,
 * and each regex must match somewhere, so that the check is not vacuous.
 */
class GatedPatternTest {

    private static final List<Class<?>> HOLDERS = List.of(DescribedEntities.class, NamedByKind.class, PlaceFinder.class);

    @Test
    void everyMatchOfEveryGatedRegexHoldsOneOfItsNeedles() throws Exception {
        List<String> corpus = corpus();
        int patterns = 0;
        for (Class<?> holder : HOLDERS) {
            for (Field f : holder.getDeclaredFields()) {
                if (f.getType() != GatedPattern.class || !Modifier.isStatic(f.getModifiers())) continue;
                patterns++;
                f.setAccessible(true);
                GatedPattern gated = (GatedPattern) f.get(null);
                Pattern regex = (Pattern) field(gated, "pattern");
                String[] needles = (String[]) field(gated, "needles");
                int matches = 0;
                for (String text : corpus) {
                    Matcher m = regex.matcher(text);
                    while (m.find()) {
                        matches++;
                        String around = text.substring(Math.max(0, m.start() - 2), Math.min(text.length(), m.end() + 2));
                        boolean held = false;
                        for (String n : needles) held |= around.contains(n);
                        assertTrue(held, holder.getSimpleName() + "." + f.getName() + " matched '" + m.group() + "' holding none of " + List.of(needles));
                    }
                }
                assertTrue(matches > 0, holder.getSimpleName() + "." + f.getName() + " matched nothing in the corpus: the check says nothing of it");
            }
        }
        assertTrue(patterns >= 7, "found " + patterns + " gated patterns");
    }

    private static Object field(GatedPattern g, String name) throws ReflectiveOperationException {
        Field f = GatedPattern.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(g);
    }

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(DevSet.PAGES, Path.of("src/test/java/dev/lede/ingest/extract"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".java")).toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
