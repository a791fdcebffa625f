package org.newsgraph.analysis.quote;

import org.newsgraph.analysis.entity.EntitySet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.time.DateMention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribution of one article, sentence by sentence in text order so that the speaker
 * tracker sees speakers in the order a reader does: first the direct quotes ending in the
 * sentence ({@link DirectQuotes}), then every cue outside quotations (reported speech,
 * {@link ReportedSpeech} and {@link ClosingAttribution}; {@code according to} and nouns of
 * statement, {@link PhraseCues}; "seems to" and "is said to", {@link ImpersonalAttribution}; "took
 * issue with" and other verb phrases, {@link VerbPhraseCue}; nouns and adjectives of stance,
 * {@link NominalCue}), then the partial quotes not inside reported speech ({@link PartialQuotes});
 * quotes framed by a whole sentence come from {@link SentenceFrames}.
 * Quotes split by their attribution stay separate quotes sharing speaker and cue. The steps share
 * an {@link AttributionContext}; the speaker of a cue comes from {@link CueSpeaker}. Not
 * thread-safe; one per article.
 */
final class ArticleAttribution {

    /** Sentences per article the token mode may parse for a subject its patterns miss (speed budget). */
    static final int SUBJECT_PARSES = Integer.getInteger("newsgraph.quotes.subjectParses", 1);

    private final AnnotatedText text;
    private final CueLexicon cues;
    private final List<Quotation> quotations;
    private final int[] quotationOf;
    private final int[] qFirst;
    private final int[] qEnd;
    private final int[] qCloseToken;
    private final boolean[] direct;
    private final CueSites cueSites;
    private final TokenRanges ranges;
    private final FoundQuotes found;
    private final Set<Integer> usedCues = new HashSet<>();
    private final boolean useParse;
    private final SentenceFrames frames;
    private final DirectQuotes directQuotes;
    private final ReportedSpeech reportedSpeech;
    private final PhraseCues phrases;
    private final PartialQuotes partials;
    private final ImpersonalAttribution impersonal;
    private final VerbPhraseCue verbPhrases;
    private final NominalCue nominals;
    private final NonReportingUse nonReporting;

    /**
     * @param timex    the time expressions of the text's body, as the analysis found them
     * @param useParse read dependency parses of the candidate sentences (more accurate on unusual
     *                 syntax, several times slower); without, token patterns alone
     */
    ArticleAttribution(AnnotatedText text, EntitySet entities, CueLexicon cues, List<Quotation> quotations,
                       RoleFinder.Roles roles, List<DateMention> timex, boolean useParse) {
        this.useParse = useParse;
        this.text = text;
        this.cues = cues;
        this.quotations = quotations;
        QuotationTokens marks = new QuotationTokens(text, quotations);
        this.quotationOf = marks.quotationOf;
        this.qFirst = marks.first;
        this.qEnd = marks.end;
        this.qCloseToken = marks.close;
        this.direct = marks.direct;
        Paragraphs paragraphs = new Paragraphs(text.body());
        SpeakerTracker tracker = new SpeakerTracker(text, entities, roles, paragraphs, marks.quoted);
        SubjectFinder subjects = new SubjectFinder(text, cues, quotationOf);
        this.cueSites = new CueSites(text, cues);
        this.ranges = new TokenRanges(text, marks, cueSites);
        this.found = new FoundQuotes(text, quotations, tracker, subjects);
        AttributionContext c = new AttributionContext(text, cues, quotations, marks, paragraphs, tracker, subjects,
                new ContentFinder(text, subjects, quotationOf, direct), new TranscriptTurns(text, paragraphs),
                cueSites, ranges, new CueSpeaker(text, subjects, tracker, cueSites, quotationOf, useParse ? 0 : SUBJECT_PARSES),
                found, usedCues, new ClauseEnd(text, ranges, quotationOf, cueSites::isCueAt, new TimeTokens(text, timex)), useParse);
        this.frames = new SentenceFrames(c);
        this.directQuotes = new DirectQuotes(c);
        this.reportedSpeech = new ReportedSpeech(c);
        this.phrases = new PhraseCues(c);
        this.partials = new PartialQuotes(c);
        this.impersonal = new ImpersonalAttribution(c);
        this.verbPhrases = new VerbPhraseCue(c);
        this.nominals = new NominalCue(c);
        this.nonReporting = new NonReportingUse(text);
        for (int i = 0; i < quotations.size(); i++) {
            direct[i] = directQuotes.isDirect(i);
        }
    }

    List<Quote> run() {
        for (Sentence s : text.sentences()) {
            attribute(s);
        }
        directQuotes.backfillContinuedQuotes();
        new OpenQuotationEnd(quotations).close(found);
        new QuotedComplementAfter(text, quotations).extend(found);
        return found.toQuotes();
    }

    private void attribute(Sentence s) {
        List<Integer> directHere = new ArrayList<>();
        List<Integer> partialHere = new ArrayList<>();
        for (int i = 0; i < quotations.size(); i++) {
            if (qEnd[i] <= qFirst[i]) {
                continue;
            }
            int endSentence = text.token(Math.max(qCloseToken[i], qEnd[i] - 1)).sentence();
            if (direct[i] && endSentence == s.index()) {
                directHere.add(i);
            } else if (!direct[i] && text.token(qFirst[i]).sentence() == s.index()) {
                partialHere.add(i);
            }
        }
        frames.transcriptTurn(s);
        frames.headlineTurn(s);
        frames.documentFrame(s);
        frames.titleCaseHeadline(s);
        boolean needsParse = !directHere.isEmpty() || !partialHere.isEmpty();
        for (int t = s.firstToken(); t < s.endToken() && !needsParse; t++) {
            needsParse = quotationOf[t] < 0 && (cueSites.isCueAt(t) || cueSites.isAccording(t) || closingNounCue(t, s)
                    || cues.isNounCue(text.token(t)) || cueSites.isViewAt(t) || impersonal.isAt(t)
                    || verbPhrases.isAt(t) || nominals.isCueAt(t));
        }
        if (!needsParse) {
            return;
        }
        DependencyGraph g = useParse ? text.parse(s.index()) : null;
        for (int q : directHere) {
            directQuotes.attributeDirect(q, g);
        }
        int before = found.size();
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (quotationOf[t] >= 0 && direct[quotationOf[t]]) {
                continue;
            }
            if (impersonal.isAt(t) && impersonal.attribute(t)) {
                continue; // "seems to …", "is said to …": no one is named
            }
            if (verbPhrases.attribute(t, g)) {
                continue; // "took issue with …", "made clear that …"
            }
            if (cueSites.isAccording(t)) {
                phrases.according(s, t, g);
            } else if (quotationOf[t] < 0 && cues.isNounCue(text.token(t)) && !closingNounCue(t, s)) {
                // "…, experts charge." is a verb the tagger took for a noun: the closing attribution below
                if (!nonReporting.channelOfUsedCue(t, usedCues)) {
                    phrases.nounCue(s, t);
                }
            } else if (!usedCues.contains(t) && (cueSites.isCueAt(t) || closingNounCue(t, s))) {
                reportedSpeech.reported(t, g);
            } else if (quotationOf[t] < 0 && cueSites.isViewAt(t)) {
                reportedSpeech.regarded(t, g);
            }
        }
        nominals.attribute(s);
        for (int q : partialHere) {
            partials.partial(q, g, before);
        }
    }

    /** "…, experts charge.": a sentence-final cue the tagger took for a noun. */
    private boolean closingNounCue(int t, Sentence s) {
        Token k = text.token(t);
        if (!k.isNoun() || k.isProperNoun() || t + 2 != s.endToken() || !ranges.isEdgePunct(t + 1) || t - 1 < s.firstToken()) {
            return false;
        }
        Token p = text.token(t - 1);
        return cues.classOf(k.lemma()) == CueClass.SPEECH && (p.tag().equals("NNS") || p.tag().equals("PRP")
                || p.isProperNoun());
    }
}
