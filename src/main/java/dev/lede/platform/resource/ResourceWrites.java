package dev.lede.platform.resource;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.Ids;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.slug.Slugger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The write steps every resource shares, in the order that keeps them safe: check the expected version before touching
 * anything, apply the change, remember a renamed slug, and append to the change log last (an event names the
 * version the write produces; it is numbered when the transaction commits).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResourceWrites {
    private final ChangeLog changeLog;
    private final Slugger slugger;
    private final Referrers referrers;
    private final EntityManager em;

    public ResourceWrites(ChangeLog changeLog, Slugger slugger, Referrers referrers, EntityManager em) {
        this.changeLog = changeLog;
        this.slugger = slugger;
        this.referrers = referrers;
        this.em = em;
    }

    /**
     * Gives a new resource its id (unless the writer gave it one from {@link Ids#newId()} ahead: a batch that needs its
     * resources' ids before writing them) and creation time, applies the input, stores it and logs "created".
     */
    public <E extends StoredResource> E create(E resource, Consumer<E> apply) {
        if (resource.id == null) {
            resource.id = Ids.newId();
        }
        resource.createdAt = Times.now();
        apply.accept(resource);
        resource.persist();
        changeLog.append(resource, ChangeOp.created);
        return resource;
    }

    /**
     * {@link #create} followed in the same transaction by a change that counts as a write of its own (publishing a
     * new article): the resource is stored once, in its final state at version 1 (one INSERT instead of an INSERT
     * and an UPDATE), and the change log gets what the two writes would have appended, "created" at version 0 and
     * {@code op} at version 1. Readers cannot tell: neither write is visible before the commit.
     */
    public <E extends StoredResource> E createThen(E resource, Consumer<E> apply, ChangeOp op, Consumer<E> change) {
        resource.id = Ids.newId();
        resource.createdAt = Times.now();
        apply.accept(resource);
        change.accept(resource);
        resource.version = 1; // Hibernate keeps a preset version on persist (it seeds only a missing one)
        resource.persist();
        changeLog.append(resource, ChangeOp.created, 0);
        changeLog.append(resource, op, 1);
        return resource;
    }

    /**
     * {@link #create} for an import: the resource keeps the id, timestamps, version and old slugs that an export
     * carried ({@code state}), and the change log gets "created" at that version. An id in use is refused (a conflict).
     * {@code slugInUse} tells whether a slug is the current one of another resource of the type.
     */
    public <E extends StoredResource> E restore(E resource, StoredState state, Consumer<E> apply, Predicate<String> slugInUse) {
        if (em.find(resource.getClass(), state.id()) != null) {
            throw Failure.conflictOn("meta.id", "a " + resource.resourceType() + " with id " + state.id() + " exists already");
        }
        resource.id = state.id();
        resource.createdAt = state.createdAt() != null ? Times.stored(state.createdAt()) : Times.now();
        apply.accept(resource);
        resource.updatedAt = state.updatedAt() != null ? Times.stored(state.updatedAt()) : resource.createdAt;
        resource.version = state.versionOrZero(); // Hibernate keeps a preset version on persist
        resource.persist();
        slugger.restoreRedirects(resource.resourceType(), resource.id, state.oldSlugsOrNone(), slugInUse);
        changeLog.append(resource, ChangeOp.created, resource.version);
        return resource;
    }

    /** Replaces a resource at the version the client expects, and logs "updated". */
    public <E extends StoredResource> E replace(Supplier<E> resolve, ExpectedVersion expected, Consumer<E> apply) {
        E resource = resolve.get();
        expected.check(resource.version);
        return write(resource, apply);
    }

    /**
     * Changes a resource from its current write model, in the caller's one transaction: the version check, then the
     * change (a merge patch, which validates its result like a PUT body), then the same write as a replace. Nothing
     * the change sees can move between reading and writing.
     */
    public <E extends StoredResource, I> E patch(Supplier<E> resolve, ExpectedVersion expected, Function<E, I> current,
                                                 UnaryOperator<I> change, BiConsumer<E, I> apply) {
        E resource = resolve.get();
        expected.check(resource.version);
        I changed = change.apply(current.apply(resource));
        return write(resource, entity -> apply.accept(entity, changed));
    }

    private <E extends StoredResource> E write(E resource, Consumer<E> apply) {
        String oldSlug = resource.slug;
        apply.accept(resource);
        slugger.renamed(resource.resourceType(), resource.id, oldSlug, resource.slug);
        changeLog.append(resource, ChangeOp.updated);
        return resource;
    }

    /**
     * Folds a duplicate into a resource of its type (a merge), in the caller's transaction, at the version the client
     * expects of the survivor: every reference to the duplicate moves to the survivor (each referrer logs what it
     * changed), the survivor takes what was the duplicate's own ({@code absorb}), the duplicate's slugs redirect to the
     * survivor, and the duplicate is deleted ("deleted") while the survivor is logged "updated". Nothing refers to the
     * duplicate when it goes. A duplicate that is not found, or is the survivor, is refused naming {@code duplicate}.
     */
    public <E extends StoredResource> E merge(Supplier<E> resolve, ExpectedVersion expected, String duplicateKey,
                                              Function<String, Optional<E>> find, BiConsumer<E, E> absorb) {
        E survivor = resolve.get();
        expected.check(survivor.version);
        E duplicate = find.apply(duplicateKey == null ? null : duplicateKey.trim()).orElseThrow(() -> Failure.invalid("duplicate",
                "no " + survivor.resourceType() + " '" + duplicateKey + "'"));
        if (duplicate.id.equals(survivor.id)) {
            throw Failure.invalid("duplicate", "a " + survivor.resourceType() + " cannot be merged into itself");
        }
        referrers.reassign(survivor.resourceType(), duplicate.id, survivor.id);
        absorb.accept(survivor, duplicate);
        survivor.updatedAt = Times.now();
        slugger.folded(survivor.resourceType(), duplicate.id, duplicate.slug, survivor.id);
        duplicate.delete();
        changeLog.append(duplicate, ChangeOp.deleted);
        changeLog.append(survivor, ChangeOp.updated);
        return survivor;
    }

    /** Deletes a resource (a conflict while referenced, unless force detaches it) and logs "deleted". */
    public <E extends StoredResource> void delete(Supplier<E> resolve, ExpectedVersion expected, boolean force) {
        E resource = resolve.get();
        expected.check(resource.version);
        referrers.releaseOrRefuse(resource.resourceType(), resource.id, resource.slug, force);
        slugger.forget(resource.id);
        resource.delete();
        changeLog.append(resource, ChangeOp.deleted);
    }
}
