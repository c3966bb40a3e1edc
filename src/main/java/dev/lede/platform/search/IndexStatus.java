package dev.lede.platform.search;

/**
 * Where one index stands.
 *
 * @param index the index's name
 * @param complete whether the index searches read holds every document (false while a missing one is first rebuilt)
 * @param rebuilding whether a rebuild is running
 * @param progress how far that rebuild has gone, null when none runs
 * @param position the change-log position up to which every change is applied
 */
public record IndexStatus(String index, boolean complete, boolean rebuilding, Progress progress, long position) {
    /** {@code done} of {@code total} documents written to the replacement. */
    public record Progress(long done, long total) {
    }
}
