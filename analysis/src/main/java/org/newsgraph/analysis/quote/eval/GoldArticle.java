package org.newsgraph.analysis.quote.eval;

import java.util.List;

/** One annotated article of a PolNeAR-format gold file (offsets already in UTF-16 units). */
public record GoldArticle(String docId, String annotator, String title, String text,
                          List<GoldAttribution> attributions) {
}
