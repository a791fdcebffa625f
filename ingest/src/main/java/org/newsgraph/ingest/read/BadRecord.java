package org.newsgraph.ingest.read;

import org.newsgraph.core.model.Source;

/** A record of a batch that could not be read; the batch goes on without it. */
public record BadRecord(Source source, String error) implements InputRecord {
}
