package dev.lede.platform.changelog;

/**
 * What a committed write did to a resource. The names are what the change feed shows partners ({@code op}), so they
 * never change: corrected (a correction notice appended), killed (the story must be removed everywhere), taken_down
 * (a legal removal), embargo_lifted (an embargoed article went public at its time).
 */
public enum ChangeOp {
    created, updated, published, withdrawn, deleted, corrected, killed, taken_down, embargo_lifted
}
