package dev.lede.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Numbers for the values of a keyword field that hold across a reader's segments (Lucene's {@link OrdinalMap}), kept
 * per reader: a refresh makes a new reader and its numbers are built on its first facet count, once, then shared by
 * every count on it. With them a facet count is one array increment per value of a hit, and only the values shown are
 * turned into strings; counting by value per segment turned every value of every segment into a string per request.
 * Global ordinals follow the values' UTF-8 byte order, so ordering by ordinal is ordering by value (the same as
 * String order for every value below U+E000, which covers the ids, codes, slugs and months faceted on).
 */
final class GlobalOrdinals {
    private final Map<IndexReader.CacheKey, Map<String, Field>> byReader = new ConcurrentHashMap<>();

    /** One field's ordinals over one reader's segments. */
    static final class Field {
        private final String name;
        private final List<LeafReaderContext> leaves;
        private final OrdinalMap map;

        private Field(String name, List<LeafReaderContext> leaves, OrdinalMap map) {
            this.name = name;
            this.leaves = leaves;
            this.map = map;
        }

        int valueCount() {
            return Math.toIntExact(map.getValueCount());
        }

        String name() {
            return name;
        }

        /** The global ordinal of each ordinal of the segment {@code leaf}. */
        LongValues toGlobal(LeafReaderContext leaf) {
            return map.getGlobalOrds(leaf.ord);
        }

        /** Turns global ordinals into values; one per thread and call (doc values are not shared across threads). */
        Values values() {
            return new Values(this);
        }
    }

    /** Looks values up in the segment that first holds each, opening each segment's doc values once. */
    static final class Values {
        private final Field field;
        private final SortedSetDocValues[] bySegment;

        private Values(Field field) {
            this.field = field;
            this.bySegment = new SortedSetDocValues[field.leaves.size()];
        }

        /** The value with this global ordinal. */
        String of(long ordinal) throws IOException {
            int segment = field.map.getFirstSegmentNumber(ordinal);
            if (bySegment[segment] == null) {
                bySegment[segment] = DocValues.getSortedSet(field.leaves.get(segment).reader(), field.name);
            }
            return bySegment[segment].lookupOrd(field.map.getFirstSegmentOrd(ordinal)).utf8ToString();
        }
    }

    /** The ordinals of {@code field} over {@code reader}'s segments, built on first use and kept while it is open. */
    Field of(IndexReader reader, String field) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader, field, null);
        }
        Map<String, Field> fields = byReader.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(byReader::remove);
            return new ConcurrentHashMap<>();
        });
        return fields.computeIfAbsent(field, name -> build(reader, name, helper.getKey()));
    }

    private static Field build(IndexReader reader, String field, IndexReader.CacheKey owner) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
            }
            return new Field(field, leaves, OrdinalMap.build(owner, values, PackedInts.DEFAULT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
