package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad inputs get a clear message naming the input and a non-zero exit; good inputs beside them still run. */
class BadInputTest {

    @TempDir
    Path tmp;

    @Test
    void missingFile() {
        CliRun run = CliRun.of("analyze", tmp.resolve("nope.txt").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(run.err()).contains("nope.txt").contains("no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(tmp.resolve("blank.txt"), "  \n\n \n");
        CliRun run = CliRun.of("analyze", empty.toString(), blank.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(run.err()).contains("empty.txt: empty input").contains("blank.txt");
    }

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path bin = Files.write(tmp.resolve("photo.jpg"), junk);
        CliRun run = CliRun.of("analyze", bin.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(run.err()).contains("photo.jpg").contains("binary");
    }

    @Test
    void undecodableBytes() throws IOException {
        // invalid UTF-8, and 0x81/0x8D are unassigned in Windows-1252
        byte[] bytes = "Prices rose \u0081\u008D sharply.".getBytes("ISO-8859-1");
        Path bad = Files.write(tmp.resolve("odd.txt"), bytes);
        CliRun run = CliRun.of("analyze", bad.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(run.err()).contains("odd.txt").contains("cannot decode");
    }

    @Test
    void latin1TextIsDecodedWithoutMojibake() throws IOException {
        Path latin = Files.write(tmp.resolve("latin.txt"),
                "Café Owners Protest\n\nCafé owners in Zürich protested the new rent rules on Monday.".getBytes("windows-1252"));
        CliRun run = CliRun.of("analyze", "--format", "json", latin.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Café owners in Zürich").doesNotContain("Ã");
    }

    @Test
    void aBadFileDoesNotStopTheGoodOnes() throws IOException {
        Path good = Files.writeString(tmp.resolve("good.txt"), "Rains Flood Valley\n\nHeavy rains flooded the valley near Lyon on Saturday.");
        CliRun run = CliRun.of("analyze", "--format", "jsonl", tmp.resolve("missing.txt").toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_FAILED);
        assertThat(run.err()).contains("missing.txt");
        assertThat(run.out().lines().count()).isEqualTo(1);
        assertThat(run.out()).contains("Heavy rains flooded the valley");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--colour", "x.txt");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void textReportNamesTheFacts() {
        CliRun run = CliRun.of("analyze", "--no-color", "../examples/voa-us-iran-tensions.txt");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("New US-Iran Tensions Boon for IS, Other Extremist Groups\n")
                .contains("2020-01-08 (inferred)").contains("ENTITIES").contains("Islamic State")
                .doesNotContain("\u001B[");
    }
}
