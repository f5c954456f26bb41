package dev.httpstatus.server;

/** The body formats the server can send for a status code, in order of preference on a tie. */
enum MediaKind {
    /** The code's card (success) or problem details (4xx/5xx). */
    JSON,
    /** A few plain lines: code, phrase, description. */
    TEXT,
    /** A small standalone page. */
    HTML
}
