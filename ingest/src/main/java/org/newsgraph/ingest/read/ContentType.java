package org.newsgraph.ingest.read;

/** What an input's decoded content is. */
public enum ContentType {
    TEXT, HTML
}
