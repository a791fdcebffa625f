package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command. Exit codes: 0 success, 1 some input failed, 2 usage error,
 * 3 internal error.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Who said what, who did what to whom, where and when — from news articles.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class, SearchCommand.class,
                ExportCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_INPUT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main())
                .setExitCodeExceptionMapper(e -> EXIT_INTERNAL)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("newsgraph: internal error: " + e);
                    org.slf4j.LoggerFactory.getLogger(Main.class).error("internal error", e);
                    return EXIT_INTERNAL;
                });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("newsgraph: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
