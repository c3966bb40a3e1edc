package dev.lede.platform.changelog;

/** What a committed write did to a resource. */
public enum ChangeOp {
    created, updated, published, withdrawn, deleted
}
