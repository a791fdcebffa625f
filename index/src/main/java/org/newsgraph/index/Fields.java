package org.newsgraph.index;

/**
 * Field names of the corpus index. Every Lucene document has a {@link #KIND}: one
 * {@code article} document per stored article (with the analysis JSON), and one document per
 * {@code quote}, {@code event} and entity {@code mention} (one per entity per article) of it,
 * all carrying the article's id, day, source and near-duplicate flag so that they filter alike.
 */
final class Fields {

    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String QUOTE = "quote";
    static final String EVENT = "event";
    static final String MENTION = "mention";
    /** marks the body id of an article replaced by a newer text at its URL, so it is not stored again */
    static final String SUPERSEDED = "superseded";

    /** the article's body hash (its id); on every document */
    static final String ARTICLE_ID = "article_id";
    /** ingest order of the article; keeps merges and first copies deterministic */
    static final String SEQ = "seq";
    static final String URL = "url";
    static final String URI = "uri";
    static final String FORMAT = "format";
    static final String HOST = "host";
    static final String TITLE = "title";
    /** the article title, stored on quotes and events */
    static final String REF_TITLE = "ref_title";
    /** the searchable text: article body, quote content or event sentence */
    static final String TEXT = "text";
    /** epoch day: the publication day, or the event's own date */
    static final String DAY = "day";
    static final String SIMHASH = "simhash";
    /** id of the first copy when this article is a near-duplicate, else absent */
    static final String DUP_OF = "dup_of";
    /** "1" on every document of a near-duplicate article */
    static final String IS_DUP = "is_dup";
    static final String JSON = "json";

    /** corpus entity keys mentioned (article: all; quote: in its sentence; event: participants) */
    static final String ENTITY = "entity";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_NAME = "speaker_name";
    static final String QUOTE_KIND = "quote_kind";
    /** speech, thought or intention */
    static final String ATTRIBUTION = "attribution";
    static final String EVENT_TYPE = "event_type";
    static final String ACTOR = "actor";
    static final String RECIPIENT = "recipient";
    static final String LOCATION = "location";
    static final String ITEM_ID = "item_id";
    static final String START = "start";
    static final String END = "end";
    static final String EXTRA = "extra";

    /** mention documents */
    static final String KEY = "key";
    static final String NAME = "name";
    static final String NAME_TEXT = "name_text";
    static final String TYPE = "type";
    static final String ALIAS = "alias";
    static final String MENTIONS = "mentions";

    private Fields() {
    }
}
