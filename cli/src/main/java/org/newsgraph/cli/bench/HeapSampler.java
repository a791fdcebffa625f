package org.newsgraph.cli.bench;

/** Samples used heap every few milliseconds on a daemon thread and keeps the peak. */
final class HeapSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        thread = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peakBytes() {
        return peak;
    }

    void reset() {
        peak = 0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
