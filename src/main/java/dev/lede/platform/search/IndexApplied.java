package dev.lede.platform.search;

import dev.lede.platform.changelog.ResourceType;

/**
 * Fired once an index of resources of {@code type} has applied changes, which can be after their commit (a follower
 * applies another node's write up to a second later): the response cache then drops the search pages of that type.
 */
public record IndexApplied(ResourceType type) {
}
