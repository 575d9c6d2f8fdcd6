package org.pedcom.adapters.json;

/**
 * Limits on a JSON document read by pedcom, so that a hostile or broken input cannot exhaust memory.
 *
 * @param maxDocumentBytes the largest document, in bytes (characters for text input)
 * @param maxNestingDepth  the deepest nesting of objects and arrays; pedcom's own documents need about ten
 */
public record JsonLimits(long maxDocumentBytes, int maxNestingDepth) {

    /** 10 MiB: a record of several years with hundreds of meetings is well under 1 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

    public JsonLimits {
        if (maxDocumentBytes < 2) {
            throw new IllegalArgumentException("maxDocumentBytes: не меньше 2 / at least 2");
        }
        if (maxNestingDepth < 4) {
            throw new IllegalArgumentException("maxNestingDepth: не меньше 4 / at least 4");
        }
    }

    public static JsonLimits defaults() {
        return new JsonLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_NESTING_DEPTH);
    }
}
