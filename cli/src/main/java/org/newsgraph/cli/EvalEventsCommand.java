package org.newsgraph.cli;

import org.newsgraph.analysis.entity.EntityRecognizer;
import org.newsgraph.analysis.event.PloverEventExtractor;
import org.newsgraph.analysis.event.eval.EventEval;
import org.newsgraph.analysis.event.eval.EventGold;
import org.newsgraph.analysis.event.eval.EventScores;
import org.newsgraph.nlp.CoreNlpEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph eval events}: PLOVER event coding against gold sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score event type, actor and recipient against PLOVER gold sentences (JSON Lines).")
final class EvalEventsCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON Lines file.")
    Path gold;

    @Option(names = "--errors", description = "Also list the sentences whose type or actor was missed.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<EventGold> records = EventGold.read(gold);
        EventEval eval = new EventEval(CoreNlpEngine.shared(), new EntityRecognizer(), new PloverEventExtractor());
        EventScores scores = eval.evaluate(records);
        out.print(scores.format());
        if (errors) {
            out.println();
            scores.errors().forEach(out::println);
        }
        return 0;
    }
}
