package org.newsgraph.index.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small news-like text articles written for the tests, composed from a pool of sentences. */
final class CorpusFixtures {

    static final String[] SENTENCES = {
        "The city council of Harwick approved a new budget on Tuesday after a long debate.",
        "Mayor Elena Torres said the plan would fund three new schools and repair the old bridge.",
        "Opposition councillor David Brennan called the spending reckless and promised to fight it.",
        "Farmers in the Dorran valley say the drought has cut their wheat harvest by a third.",
        "The regional water authority announced limits on irrigation starting next month.",
        "Prime Minister Anna Kowalski met the leaders of the farmers' union in Warsaw on Friday.",
        "Police in Lisbon arrested four men suspected of smuggling cigarettes through the port.",
        "A spokesman for the Portuguese customs service said the cargo was worth two million euros.",
        "The United Nations warned that fighting in the north had forced thousands from their homes.",
        "Aid workers described crowded camps with little clean water and few doctors.",
        "Shares in Northwind Airlines fell sharply after the company cut its profit forecast.",
        "Chief executive Mark Oyelaran blamed higher fuel prices and a strike by baggage handlers.",
        "The European Commission opened an investigation into the merger of two rail freight companies.",
        "Officials in Brussels said the deal could raise prices for steel makers in central Europe.",
        "Scientists at the University of Bergen reported that the glacier had retreated faster than expected.",
        "The researchers measured the ice with drones over five summers.",
        "Germany and France agreed to build a joint hydrogen pipeline by the end of the decade.",
        "Energy ministers from both countries signed the agreement at a ceremony in Strasbourg.",
        "The football club Atletico Rivera sacked its manager after a run of seven defeats.",
        "Supporters had protested outside the stadium before Sunday's game against Valverde.",
        "Health officials in Kenya began a vaccination campaign against measles in Nairobi.",
        "The ministry said two million children would receive the vaccine within a month.",
        "Flooding closed the main highway between Dhaka and Chittagong for a second day.",
        "Engineers said repairs to the damaged embankment would take at least a week.",
    };

    private CorpusFixtures() {
    }

    /** Body of article {@code i}: six sentences from the pool, in two paragraphs. */
    static String article(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            if (k == 3) {
                sb.append("\n\n");
            } else if (k > 0) {
                sb.append(' ');
            }
            sb.append(SENTENCES[(5 * i + 7 * k) % SENTENCES.length]);
        }
        return sb.toString();
    }

    /** Writes {@code n} articles as text files {@code a00.txt…} into {@code dir}; returns their paths. */
    static List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("a%02d.txt", i));
            Files.writeString(p, article(i) + "\n");
            out.add(p);
        }
        return out;
    }
}
