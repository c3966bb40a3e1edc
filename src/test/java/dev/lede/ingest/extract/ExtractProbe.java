package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A developer's probe, not a test: prints what the extractor makes of the text file named by -Dlede.probe.file
 * (people with roles, entities with kinds, quotes with speakers). Skipped unless the property is set.
 */
class ExtractProbe {

    @Test
    @EnabledIfSystemProperty(named = "lede.probe.file", matches = ".+")
    void prints() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("lede.probe.file")), StandardCharsets.UTF_8);
        Extraction x = new NewsExtractor().extract(RawPage.ofText(text), KnownNames.empty());
        StringBuilder b = new StringBuilder("\n==== probe\nheadline: ").append(x.headline() == null ? null : x.headline().value()).append('\n');
        x.people().forEach(p -> b.append("person: ").append(p.name()).append(" | ").append(p.role()).append('\n'));
        x.entities().forEach(e -> b.append("entity: ").append(e.name()).append(" | ").append(e.kind()).append(" | ").append(e.forms()).append('\n'));
        x.quotes().forEach(q -> b.append("quote: ").append(DevSet.abbreviate(q.text())).append(" <- ").append(q.speakerName()).append('\n'));
        System.out.println(b);
    }
}
