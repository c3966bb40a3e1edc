package dev.lede.article;

/** What a person named in the byline did. */
public enum BylineRole {
    author, contributor, editor, photographer, translator, other
}
