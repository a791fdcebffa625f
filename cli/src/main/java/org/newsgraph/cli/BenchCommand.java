package org.newsgraph.cli;

import picocli.CommandLine.Command;

/** {@code newsgraph bench}: throughput and memory. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput and memory.")
final class BenchCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("not yet");
    }
}
