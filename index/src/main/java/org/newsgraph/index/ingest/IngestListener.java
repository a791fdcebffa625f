package org.newsgraph.index.ingest;

/** Hears about an ingest's progress, on the ingest's thread, after every record. */
public interface IngestListener {

    /**
     * @param done  records finished (stored, duplicate, skipped or failed)
     * @param total records in all sources, or -1 while they are still being counted
     * @param stored articles stored so far in this run
     */
    void progress(long done, long total, long stored);

    IngestListener NONE = (done, total, stored) -> { };
}
