package dev.lede.article;

/**
 * What a correction notice says of the article: a fact was wrong (correction), something was unclear or incomplete
 * (clarification), or the story does not stand (retraction). The names are what partners read; they never change.
 */
public enum CorrectionType {
    correction, clarification, retraction
}
