package dev.lede.platform.persistence;

/** A page of a list as asked for: its size, the cursor it starts after (null for the first) and whether to count all. */
public record PageRequest(int limit, String cursor, boolean includeTotal) {
}
