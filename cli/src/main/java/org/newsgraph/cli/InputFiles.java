package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line inputs: a directory stands for the regular files below it, in name order. */
final class InputFiles {

    private InputFiles() {
    }

    static List<String> expand(List<String> inputs) {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (!input.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .map(Path::toString).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(input);
            }
        }
        return out;
    }
}
