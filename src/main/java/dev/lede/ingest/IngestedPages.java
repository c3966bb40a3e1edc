package dev.lede.ingest;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.resource.StoredState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprints of ingested pages as an export carries them (in its articles' meta) and as an import puts them
 * back, so that ingesting a page again after a move to another Lede still finds its article instead of a duplicate.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IngestedPages {
    /** The pages ingested into each of these articles, oldest first. */
    public Map<String, List<StoredState.IngestedPage>> ofArticles(Collection<String> articleIds) {
        Map<String, List<StoredState.IngestedPage>> pages = new HashMap<>();
        if (articleIds.isEmpty()) {
            return pages;
        }
        InLists.query(IngestedPage.getEntityManager(), "select p from IngestedPage p where p.articleId in :ids"
                        + " order by p.articleId, p.ingestedAt, p.textHash", IngestedPage.class, "ids", articleIds).getResultList()
                .forEach(page -> pages.computeIfAbsent(page.articleId, id -> new ArrayList<>())
                        .add(new StoredState.IngestedPage(page.textHash, page.url, page.ingestedAt)));
        return pages;
    }

    /** Records that these pages were ingested into the article; a page already recorded is refused (409). */
    public void restore(String articleId, List<StoredState.IngestedPage> pages) {
        for (int i = 0; i < pages.size(); i++) {
            StoredState.IngestedPage given = pages.get(i);
            String url = Fingerprints.normalisedUrl(given.url());
            if (IngestedPage.known(given.textHash(), url)) {
                throw Failure.conflictOn("meta.ingestedPages[" + i + "]", "this page was ingested into another article already");
            }
            IngestedPage.remember(new StoredState.IngestedPage(given.textHash(), url, given.ingestedAt()), articleId);
        }
    }
}
