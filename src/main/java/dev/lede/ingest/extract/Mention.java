package dev.lede.ingest.extract;

/** One occurrence of a person or entity in the analysed text: [start, end) and whom it names. */
public record Mention(int start, int end, String surface, String name, String kind, boolean person) {
}
