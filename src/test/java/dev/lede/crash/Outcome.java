package dev.lede.crash;

/** What the answer to a write promises, and so what the verification may find of it. */
enum Outcome {
    /** Sent, not answered yet. */
    PENDING,
    /** A 2xx came back: present and whole, forever after (also after later kills). */
    ACKED,
    /** A 4xx or 5xx came back: absent. */
    REFUSED,
    /** The connection was refused (the process was gone): absent. */
    NOT_SENT,
    /** The process died before answering: absent, or present and whole; never half there. */
    UNKNOWN
}
