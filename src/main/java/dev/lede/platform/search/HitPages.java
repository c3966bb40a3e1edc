package dev.lede.platform.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopFieldDocs;

/** A page of hits read from one searcher: ids in order, their sort values, snippets and views, the total, the facets. */
final class HitPages {
    private HitPages() {
    }

    /** The page {@code query} asks for of what {@code filtered} matches, with snippets of {@code text}'s matches and facets. */
    static SearchHits page(IndexSearcher searcher, SearchQuery query, Query text, Query filtered, Analyzer analyzer,
                           List<String> highlighted, ResultFacets resultFacets) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        if (maxDoc == 0) {
            return new SearchHits(List.of(), query.countTotal() ? 0 : -1, Map.of());
        }
        FieldDoc after = LuceneQueries.after(query, maxDoc);
        if (after != null && query.sort() == null) {
            after = LuceneQueries.rescored(searcher, filtered, after);
        }
        // No doc scores: a hit's score is its first sort value already (what the cursor carries); asking for them
        // scored the page's hits a second time, with a second weight of the whole query.
        TopFieldDocs page = searcher.searchAfter(after, filtered, query.limit(), LuceneQueries.sort(query.sort()), false);
        List<List<String>> snippets = query.highlight() && page.scoreDocs.length > 0
                ? Snippets.of(searcher, analyzer, text, page, highlighted) : null;
        List<SearchHits.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.scoreDocs.length; i++) {
            FieldDoc hit = (FieldDoc) page.scoreDocs[i];
            String id = LuceneDocuments.id(searcher, hit.doc);
            hits.add(new SearchHits.Hit(id, LuceneQueries.sortValue(hit), snippets == null ? List.of() : snippets.get(i),
                    query.views() ? StoredViews.of(searcher, hit.doc) : null));
        }
        if (query.facets().isEmpty()) {
            return new SearchHits(hits, query.countTotal() ? searcher.count(filtered) : -1, Map.of());
        }
        MatchedDocs matches = MatchedDocs.of(searcher, filtered);
        Query passing = LuceneQueries.filtered(new MatchAllDocsQuery(), query, searcher.getIndexReader());
        return new SearchHits(hits, query.countTotal() ? matches.count() : -1,
                resultFacets.top(searcher, matches, passing, query.facets(), query.facetLimit()));
    }
}
