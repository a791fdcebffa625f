package org.newsgraph.cli;

import picocli.CommandLine.Command;

/** {@code newsgraph eval}: accuracy against gold sets. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure accuracy against gold data.",
        subcommands = {EvalExtractionCommand.class, EvalQuotesCommand.class, EvalEventsCommand.class})
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
