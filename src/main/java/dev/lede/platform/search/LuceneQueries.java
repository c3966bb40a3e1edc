package dev.lede.platform.search;

import dev.lede.platform.failure.Failure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** A {@link SearchQuery} as Lucene's query, order and search-after position. */
final class LuceneQueries {
    static final String PARAMETER = "q";
    /** The keyword field holding a document's language as given ({@link SearchDocument#language()}), when it has one. */
    static final String LANGUAGE = "language";

    private LuceneQueries() {
    }

    /**
     * The user's text, parsed by Lucene's classic syntax over the language variants of the fields: phrases,
     * AND/OR/NOT, -term, prefix*. A leading wildcard (a scan of every term) and syntax errors are 400s naming q.
     * Only variants some document has are searched ({@link #searched}): a clause on a field nobody has matches nothing
     * and adds nothing to a score, but each cost a term lookup per segment and word (24 clauses per word before).
     */
    static Query text(SearchQuery query, Analyzer analyzer, IndexReader reader) {
        Map<String, Float> boosts = new HashMap<>();
        List<String> suffixes = languageSuffixes(query);
        query.fields().forEach((field, boost) -> Analyzers.variants(field).stream()
                .filter(variant -> suffixes == null || suffixes.contains(variant.substring(variant.lastIndexOf('_') + 1)))
                .forEach(variant -> boosts.put(variant, boost)));
        Set<String> searched = searched(boosts.keySet(), reader);
        if (!searched.isEmpty()) { // else (an empty index) every variant, so that the query is still parsed and checked
            boosts.keySet().retainAll(searched);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(boosts.keySet().toArray(String[]::new), analyzer, boosts) {
            /** A regular expression (/.../) is not part of the documented syntax, and one can cost a scan of every term. */
            @Override
            protected Query getRegexpQuery(String field, String termStr) throws ParseException {
                throw new ParseException("regular expressions (/.../) are not supported; quote a phrase with a slash in it");
            }
        };
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(query.text());
        } catch (ParseException | TokenMgrError e) {
            throw Failure.invalid(PARAMETER, "malformed query: " + firstLine(e.getMessage()));
        }
    }

    /**
     * With a filter on {@link #LANGUAGE} only documents of those languages can match, and their text is indexed under
     * their language's suffix alone (names under the standard one): the other variants are left out. Null: every one.
     */
    private static List<String> languageSuffixes(SearchQuery query) {
        for (SearchQuery.Filter filter : query.filters()) {
            if (filter.field().equals(LANGUAGE) && !filter.anyOf().isEmpty()) {
                List<String> suffixes = new ArrayList<>(List.of(Analyzers.STANDARD));
                filter.anyOf().forEach(language -> suffixes.add(Analyzers.suffix(language)));
                return suffixes;
            }
        }
        return null;
    }

    /** Those of the fields that some segment of the reader indexes. */
    private static Set<String> searched(Collection<String> fields, IndexReader reader) {
        Set<String> present = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfos infos = leaf.reader().getFieldInfos();
            fields.stream().filter(field -> infos.fieldInfo(field) != null).forEach(present::add);
        }
        return present;
    }

    /**
     * The text query restricted by the filters (which do not count toward relevance), each as the cheaper of its
     * equivalent clauses over {@code reader} ({@link FilterClauses}; null: as asked).
     */
    static Query filtered(Query text, SearchQuery query, IndexReader reader) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        for (SearchQuery.Filter filter : query.filters()) {
            FilterClauses.add(all, filter, reader);
        }
        for (SearchQuery.Range range : query.ranges()) {
            long from = range.from() == null ? Long.MIN_VALUE : range.from();
            long to = range.to() == null ? Long.MAX_VALUE : range.to() - 1;
            all.add(LongPoint.newRangeQuery(range.field(), from, to), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /** Relevance (BM25 score) or a field, ties broken by id so that a page boundary is exact. */
    static Sort sort(SearchQuery.Sort sort) {
        SortField id = new SortField(LuceneDocuments.ID, SortField.Type.STRING);
        if (sort == null) {
            return new Sort(SortField.FIELD_SCORE, id);
        }
        SortField first = sort.numeric()
                ? new SortField(sort.field(), SortField.Type.LONG, sort.descending())
                : new SortField(sort.field(), SortField.Type.STRING, sort.descending());
        if (sort.numeric()) {
            first.setMissingValue(sort.descending() ? Long.MIN_VALUE : Long.MAX_VALUE);
        } else {
            first.setMissingValue(SortField.STRING_LAST);
        }
        return new Sort(first, id);
    }

    /**
     * The position after the previous page's last hit, as search-after takes it. Its doc is the last of the reader:
     * ids are unique, so only that hit itself can tie on every sort field, and then it is not after.
     */
    static FieldDoc after(SearchQuery query, int maxDoc) {
        SearchQuery.After after = query.after();
        if (after == null) {
            return null;
        }
        try {
            Object first;
            if (query.sort() == null) {
                first = Float.parseFloat(after.value());
            } else if (query.sort().numeric()) {
                first = Long.parseLong(after.value());
            } else {
                first = after.value() == null ? null : new BytesRef(after.value());
            }
            return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {first, new BytesRef(after.id())});
        } catch (NumberFormatException | NullPointerException e) { // a cursor made by hand, without its value or id
            throw Failure.invalid("cursor", "malformed cursor; use the nextCursor value of a previous page as is");
        }
    }

    /** The sort value of a hit, as the next page's cursor carries it. */
    static String sortValue(FieldDoc hit) {
        Object first = hit.fields[0];
        return first instanceof BytesRef bytes ? bytes.utf8ToString() : first == null ? null : first.toString();
    }

    /** The names of the stored text fields, for the highlighter: every language variant of each. */
    static List<String> storedVariants(Collection<String> fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(field -> names.addAll(Analyzers.variants(field)));
        return names;
    }

    private static String firstLine(String message) {
        String line = message == null ? "cannot parse" : message.strip().split("\n")[0];
        return line.replace("Cannot parse '", "cannot parse '");
    }

    static Term idTerm(String id) {
        return new Term(LuceneDocuments.ID, id);
    }

    /**
     * The cursor's last hit with its score now: an article added since the previous page changes the collection's
     * statistics and so every score (one more document with a term lowers its weight), and a page after the old score
     * would start at the wrong place. The hit's own current score puts the next page right after it. A hit that no
     * longer matches keeps the score it had.
     */
    static FieldDoc rescored(IndexSearcher searcher, Query filtered, FieldDoc after) throws IOException {
        BytesRef id = (BytesRef) after.fields[1];
        Query self = new BooleanQuery.Builder()
                .add(filtered, BooleanClause.Occur.MUST)
                .add(new TermQuery(LuceneQueries.idTerm(id.utf8ToString())),
                        BooleanClause.Occur.FILTER).build();
        ScoreDoc[] found = searcher.search(self, 1).scoreDocs;
        return found.length == 0 ? after : new FieldDoc(after.doc, Float.NaN, new Object[] {found[0].score, id});
    }
}
