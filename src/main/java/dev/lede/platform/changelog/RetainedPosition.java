package dev.lede.platform.changelog;

import java.util.OptionalLong;

/**
 * A reader of the change log that must see every event after its position (a webhook subscription's cursor): the
 * retention's pruning removes nothing numbered after the lowest position any of these beans gives.
 */
public interface RetainedPosition {
    /** The seq after which every event must be kept, or empty when nothing is held. Called in a transaction. */
    OptionalLong lowest();
}
