package dev.lede.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * The sources keys are entitled to, one row each (V26 {@code api_key_source}), beside the entitlements' JSON: what finds
 * the keys naming a source by index. Written only with the key's own write (create, and a source's merge or delete),
 * in its transaction, in a fixed number of statements however many keys a merge moves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class KeySourceIndex {
    @Inject EntityManager em;

    void index(String keyId, Collection<String> sources) {
        for (String source : sources.stream().distinct().toList()) {
            em.createNativeQuery("insert into api_key_source (key_id, source_id) values (?1, ?2)")
                    .setParameter(1, keyId).setParameter(2, source).executeUpdate();
        }
    }

    /** Keys indexed under the source, oldest first, in one statement (revoked ones only when asked). */
    @SuppressWarnings("unchecked") // a native query of an entity class answers that entity
    List<ApiKey> naming(String sourceId, boolean revokedToo) {
        return em.createNativeQuery("select k.* from api_key k join api_key_source ks on ks.key_id = k.id "
                + "where ks.source_id = ?1" + (revokedToo ? "" : " and k.revoked_at is null") + " order by k.id", ApiKey.class)
                .setParameter(1, sourceId).getResultList();
    }

    /** The keys' rows of {@code from} now name {@code to} (dropped where they already did): two statements. */
    void moved(String from, String to, List<String> keyIds) {
        if (keyIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from api_key_source where source_id = :from and key_id in (:keys) and key_id in "
                + "(select o.key_id from api_key_source o where o.source_id = :to)")
                .setParameter("from", from).setParameter("to", to).setParameter("keys", keyIds).executeUpdate();
        em.createNativeQuery("update api_key_source set source_id = :to where source_id = :from and key_id in (:keys)")
                .setParameter("from", from).setParameter("to", to).setParameter("keys", keyIds).executeUpdate();
    }

    void removed(String source, List<String> keyIds) {
        if (!keyIds.isEmpty()) {
            em.createNativeQuery("delete from api_key_source where source_id = :source and key_id in (:keys)")
                    .setParameter("source", source).setParameter("keys", keyIds).executeUpdate();
        }
    }
}
