/**
 * How Jingzhun reads JSON, inside: one deserializer per value type (every JSON form through the
 * type's one validating factory), the collector that keeps every problem of a document with its
 * path, and the translation of the parser's complaints into the user's words. Not exported.
 */
package org.jingzhun.core.json.internal;
