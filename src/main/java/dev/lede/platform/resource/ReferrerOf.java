package dev.lede.platform.resource;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Times;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A {@link Referrer} of one type of resource through one kind of link (people through their affiliations, child
 * entities through their parent): it counts the resources that link to a given one, and detaching unlinks each,
 * which is then a write of its own (a new {@code updatedAt} and an "updated" change event).
 *
 * @param <R> the resource that holds the links
 */
public abstract class ReferrerOf<R extends StoredResource> implements Referrer {
    @Inject
    ChangeLog changeLog;

    private final String name;
    private final ResourceType refersTo;
    private final Link<R> link;

    /**
     * @param name     the name under which counts are reported
     * @param refersTo the type of resource linked to
     */
    protected ReferrerOf(String name, ResourceType refersTo, Link<R> link) {
        this.name = name;
        this.refersTo = refersTo;
        this.link = link;
    }

    /**
     * How resources of type {@code R} link to another, by its id.
     *
     * @param count     how many resources link to it
     * @param referring the resources that link to it
     * @param unlink    removes a resource's links to it
     * @param relink     makes a resource's links to it (the first id) point at another (the second id)
     */
    public record Link<R>(Function<String, Long> count, Function<String, List<R>> referring, BiConsumer<R, String> unlink,
                          Relink<R> relink) {
    }

    /** Makes a resource's links to one id point at another. */
    @FunctionalInterface
    public interface Relink<R> {
        void relink(R resource, String fromId, String toId);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long count(ResourceType type, String id) {
        return type == refersTo ? link.count().apply(id) : 0;
    }

    @Override
    public void detach(ResourceType type, String id) {
        if (type != refersTo) {
            return;
        }
        for (R resource : link.referring().apply(id)) {
            link.unlink().accept(resource, id);
            resource.updatedAt = Times.now();
            changeLog.append(resource, ChangeOp.updated);
        }
    }

    /** The resource merged into ({@code toId}) is not relinked to itself: its merge settles its own fields. */
    @Override
    public void reassign(ResourceType type, String fromId, String toId) {
        if (type != refersTo) {
            return;
        }
        for (R resource : link.referring().apply(fromId)) {
            if (resource.id.equals(toId)) {
                continue;
            }
            link.relink().relink(resource, fromId, toId);
            resource.updatedAt = Times.now();
            changeLog.append(resource, ChangeOp.updated);
        }
    }
}
