package dev.lede.crash;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the test expects to read back for each resource it wrote: the values it sent, the write that created the
 * resource, and for a field that later writes change, the {@link History} of those writes.
 */
final class Models {
    private Models() {
    }

    /** The values a field was given by successive writes; what may be read back after a crash. */
    static final class History<T> {
        final List<Write> writes = new ArrayList<>();
        final List<T> values = new ArrayList<>();

        synchronized void add(Write write, T value) {
            writes.add(write);
            values.add(value);
        }

        /** The value of the last acknowledged write, or of a write after it that got no answer. */
        synchronized Set<T> acceptable() {
            int last = -1;
            for (int i = 0; i < writes.size(); i++) {
                if (writes.get(i).outcome == Outcome.ACKED) {
                    last = i;
                }
            }
            Set<T> acceptable = new LinkedHashSet<>();
            if (last >= 0) {
                acceptable.add(values.get(last));
            }
            for (int i = last + 1; i < writes.size(); i++) {
                if (writes.get(i).outcome == Outcome.UNKNOWN) {
                    acceptable.add(values.get(i));
                }
            }
            return acceptable;
        }

        synchronized Write lastAcknowledged() {
            Write last = null;
            for (Write write : writes) {
                last = write.outcome == Outcome.ACKED ? write : last;
            }
            return last;
        }

        synchronized String describe() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                parts.add("#" + writes.get(i).number + " " + writes.get(i).outcome + " " + values.get(i));
            }
            return parts.toString();
        }
    }

    /** A person created on its own; its description is patched later. */
    static final class PersonModel {
        final String slug;
        final String name;
        final List<String> aliases;
        final Write create;
        final History<String> description = new History<>();

        PersonModel(String slug, String name, List<String> aliases, Write create) {
            this.slug = slug;
            this.name = name;
            this.aliases = aliases;
            this.create = create;
        }
    }

    record SourceModel(String slug, String name, String kind, String url, Write create) {
    }

    /**
     * A draft article created on its own; its status changes when it is published. Its id, known only once the
     * create is acknowledged, is kept by the writer that publishes it.
     */
    record ArticleModel(String slug, String headline, List<String> body, List<String> people, String publisher,
                        Write create, History<String> status) {
        ArticleModel(String slug, String headline, List<String> body, List<String> people, String publisher, Write create) {
            this(slug, headline, body, people, publisher, create, new History<>());
        }
    }

    /** A person on line {@code line} of a bulk request. */
    record BulkPerson(int line, String slug, String name) {
    }

    /** A published article on line {@code line} of a bulk request, followed by one line for each of its quotes. */
    record BulkArticle(int line, String slug, String headline, List<String> body, List<String> people,
                       Map<String, String> quotes, List<Integer> quoteLines) {
        BulkArticle(int line, String slug, String headline, List<String> body, List<String> people, Map<String, String> quotes) {
            this(line, slug, headline, body, people, quotes, new ArrayList<>());
        }
    }

    /** One bulk request (one transaction): its lines, and those the acknowledged answer said it refused. */
    static final class BulkModel {
        final String prefix;
        final List<BulkPerson> people = new ArrayList<>();
        final List<BulkArticle> articles = new ArrayList<>();
        final Set<Integer> refusedLines = new HashSet<>();
        int lines;
        Write write;

        BulkModel(String prefix) {
            this.prefix = prefix;
        }
    }

    /** One ingest of {@code template}, tagged {@code tag}, quoting the new person {@code speaker}. */
    record IngestModel(Template template, String tag, String speaker, Write write) {
    }
}
