package org.newsgraph.ingest.read;

import org.newsgraph.core.model.Source;

/** One record read from an input: a document to analyse, or a record that could not be read. */
public sealed interface InputRecord permits RawDocument, BadRecord {

    Source source();
}
