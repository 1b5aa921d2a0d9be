/* Mentions stage: finds who and what is named (persons, organisations, media,
 * countries, pronouns, descriptions) and clusters the mentions into speakers.
 * One left-to-right pass over the tokens; every token starts at most one
 * mention and the alias look-up is a binary search over the parser's table. */
#include <string.h>
#include <strings.h>
#include "internal.h"

static const char *tok_text(const kcna_doc *d, const token *t)
{
	return d->txt.buf + t->start;
}

/* Normalised key of a name: lowercase ASCII letters and digits only, other
 * bytes (UTF-8 letters) kept as they are; hyphens, spaces, dots dropped. */
static void name_key_into(char *k, const char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		char c = ascii_lower(s[i]);
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80)
			k[o++] = c;
	}
	k[o] = 0;
}

static char *name_key(arena *a, const char *s, size_t n)
{
	char *k = kcna_arena_alloc(a, n + 1);
	if (k)
		name_key_into(k, s, n);
	return k;
}

/* The key of n bytes at s in buf when it fits (a look-up that may find
 * nothing allocates nothing), else in the arena. */
enum { KEY_BUF = 96 };

static const char *lookup_key(arena *a, char buf[KEY_BUF], const char *s, size_t n)
{
	if (n >= KEY_BUF)
		return name_key(a, s, n);
	name_key_into(buf, s, n);
	return buf;
}

int kcna_is_name_word(const token *t)
{
	if (t->kind != TK_WORD || !(t->flags & TF_CAP))
		return 0;
	if (!t->lex)
		return 1;
	return (t->cls & ~(uint32_t)(LX_GIVEN_NAME | LX_ASIAN_SURNAME | LX_NAME_PARTICLE)) == 0;
}

/* The end of the run of spaces, hyphens and no-break spaces at byte i: what
 * one space or hyphen of an alias matches in the text. */
static uint32_t skip_alias_gap(const kcna_doc *d, uint32_t i)
{
	const char *s = d->txt.buf;
	uint32_t len = d->txt.len;
	while (i < len && (s[i] == ' ' || s[i] == '-' ||
	                   (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)))
		i += (s[i] == ' ' || s[i] == '-') ? 1 : 2;
	return i;
}

/* Match alias text against the input at byte offset at. A space or hyphen in
 * the alias matches a run of spaces/hyphens in the text; letters compare
 * without case; ' matches ’. Returns the end offset, or 0. A multiword alias
 * may be glued to a following lowercase word by a scraper ("Kim Jong
 * Unreceived"); its end is then where the alias ends. */
static uint32_t match_alias(const kcna_doc *d, uint32_t at, const char *alias)
{
	const char *s = d->txt.buf;
	uint32_t len = d->txt.len, i = at;
	int multiword = 0;
	for (const char *a = alias; *a; a++) {
		if (*a == ' ' || *a == '-') {
			multiword = 1;
			uint32_t j = skip_alias_gap(d, i);
			if (j == i)
				return 0;
			i = j;
			while (a[1] == ' ' || a[1] == '-')
				a++;
			continue;
		}
		if (*a == '\'') {
			if (i < len && s[i] == '\'') {
				i++;
				continue;
			}
			if (i + 2 < len && memcmp(s + i, "\xE2\x80\x99", 3) == 0) {
				i += 3;
				continue;
			}
			return 0;
		}
		if (i >= len)
			return 0;
		if (ascii_lower(s[i]) != ascii_lower(*a))
			return 0;
		i++;
	}
	if (i < len) {
		unsigned char c = (unsigned char)s[i];
		int letter = (c | 32) >= 'a' && (c | 32) <= 'z';
		if (letter || c >= 0x80) {
			if (!multiword || c >= 0x80 || !(c >= 'a' && c <= 'z'))
				return c >= 0x80 && !(c == 0xC2 || c == 0xE2) ? 0 : (letter ? 0 : i);
			/* glued lowercase tail: accept only a real word of 3+ letters */
			uint32_t j = i;
			while (j < len && s[j] >= 'a' && s[j] <= 'z')
				j++;
			if (j - i < 3)
				return 0;
		}
	}
	return i;
}

/* Whether word t, a capital not followed by a lowercase letter, is glued
 * to the word before it: "missilesU.S. says" is no mention (a scrape's
 * glued name, "toKim Jong Un", is). */
static int glued_initialism(const kcna_doc *d, const token *t)
{
	const char *s = d->txt.buf;
	if (t->start == 0 || (t->end - t->start >= 2 && s[t->start + 1] >= 'a' && s[t->start + 1] <= 'z'))
		return 0;
	unsigned char before = (unsigned char)s[t->start - 1];
	return ((before | 32) >= 'a' && (before | 32) <= 'z') || (before >= '0' && before <= '9');
}

/* Longest alias of a known entity starting at word t: end offset or 0. */
static uint32_t known_alias_at(const kcna_doc *d, const token *t, const alias_def **found)
{
	const kcna_parser *p = d->parser;
	const alias_range *r = kcna_alias_range_for(p, t->hash);
	if (!r || !tok_is(d, t, p->aliases.items[r->lo].first) || (!(t->flags & TF_SPACE_BEFORE) && glued_initialism(d, t)))
		return 0;
	/* where the text's next word starts: "Kim Il Sung" is skipped at "Kim Jong" */
	uint32_t j = skip_alias_gap(d, t->end);
	/* its first eight bytes, letters lowercased (setting the case bit makes
	 * no other byte a letter), against each alias's second word */
	uint64_t next = j < d->txt.len ? load_le64_padded(d->txt.buf + j) | 0x2020202020202020ull : 0;
	uint32_t best = 0;
	for (size_t i = r->lo; i < r->hi; i++) {
		const alias_def *al = &p->aliases.items[i];
		/* descriptions are lowercase phrases; proper names need a capital */
		if ((!al->is_description && !(t->flags & TF_CAP)) || (al->is_acronym && !(t->flags & TF_UPPER)) ||
		    (al->second_len && ((next ^ al->second_key) & (~0ull >> (64 - 8 * al->second_len)))))
			continue;
		uint32_t e = match_alias(d, t->start, al->text);
		if (e > best) {
			best = e;
			*found = al;
		}
	}
	return best;
}

/* Whether word t may start an alias: one bit turns away most words. */
static inline int may_start_alias(const kcna_doc *d, const token *t)
{
	return t->kind == TK_WORD && alias_may_start(d->parser, t->hash);
}

static inline uint32_t known_at(const kcna_doc *d, const token *t, const alias_def **found)
{
	return may_start_alias(d, t) ? known_alias_at(d, t, found) : 0;
}

static uint32_t key_hash(const char *k)
{
	uint32_t h = 2166136261u;
	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h;
}

/* Speakers by key: open addressing, doubled when half full, so finding a
 * name stays O(1) however many names a document holds. */
static int index_speaker(kcna_doc *doc, kcna_speaker *s)
{
	if ((doc->mn.speaker_slots_used + 1) * 2 > doc->mn.speaker_slots_cap) {
		size_t cap = doc->mn.speaker_slots_cap ? doc->mn.speaker_slots_cap * 2 : 64;
		kcna_speaker **slots = kcna_arena_alloc(&doc->mem, cap * sizeof *slots);
		if (!slots)
			return 0;
		for (size_t i = 0; i < doc->mn.speaker_slots_cap; i++) {
			kcna_speaker *o = doc->mn.speaker_slots[i];
			if (!o)
				continue;
			size_t h = key_hash(o->key) & (cap - 1);
			while (slots[h])
				h = (h + 1) & (cap - 1);
			slots[h] = o;
		}
		doc->mn.speaker_slots = slots;
		doc->mn.speaker_slots_cap = cap;
	}
	size_t h = key_hash(s->key) & (doc->mn.speaker_slots_cap - 1);
	while (doc->mn.speaker_slots[h])
		h = (h + 1) & (doc->mn.speaker_slots_cap - 1);
	doc->mn.speaker_slots[h] = s;
	doc->mn.speaker_slots_used++;
	return 1;
}

/* A name (not a span) of scraped text reads as what its HTML entities
 * stand for: "South Korea&#x27;s spy agency" is "South Korea's spy agency". */
static void decode_entities(char *name)
{
	static const struct {
		const char *entity;
		char c;
	} ENTITIES[] = {{"&#x27;", '\''}, {"&#39;", '\''}, {"&quot;", '"'}, {"&amp;", '&'}};
	char *o = name;
	for (const char *p = name; *p;) {
		size_t k = 0;
		while (k < sizeof ENTITIES / sizeof ENTITIES[0] && strncmp(p, ENTITIES[k].entity, strlen(ENTITIES[k].entity)))
			k++;
		if (k < sizeof ENTITIES / sizeof ENTITIES[0]) {
			*o++ = ENTITIES[k].c;
			p += strlen(ENTITIES[k].entity);
		} else {
			*o++ = *p++;
		}
	}
	*o = 0;
}

/* A body named earlier in full whose name this one cuts short before its
 * "of" ("the Joint Chiefs" after "the Joint Chiefs of Staff", "the Central
 * Committee" after "the Central Committee of the WPK"; the short name may
 * read as a person's): among the last FULL_NAME_LOOK_BACK speakers, so that
 * the search stays bounded. */
enum { FULL_NAME_LOOK_BACK = 64, SHORT_BODY_KEY_MIN = 8 };

static kcna_speaker *body_named_in_full(const kcna_doc *doc, const char *key)
{
	size_t kl = strlen(key), n = doc->mn.speakers.count;
	if (kl < SHORT_BODY_KEY_MIN)
		return NULL;
	for (size_t i = n; i-- > 0 && n - i <= FULL_NAME_LOOK_BACK;) {
		kcna_speaker *s = doc->mn.speakers.items[i];
		if (s->kind == KCNA_SPEAKER_ORGANIZATION && s->key && s->key[0] == key[0] && strncmp(s->key, key, kl) == 0 &&
		    strncmp(s->key + kl, "of", 2) == 0 && s->key[kl + 2])
			return s;
	}
	return NULL;
}

kcna_speaker *kcna_speaker_for_name(kcna_doc *doc, uint32_t start, uint32_t end, kcna_speaker_kind kind)
{
	char buf[KEY_BUF];
	const char *key = lookup_key(&doc->mem, buf, doc->txt.buf + start, end - start);
	if (!key)
		return NULL;
	if (doc->mn.speaker_slots_cap) {
		size_t h = key_hash(key) & (doc->mn.speaker_slots_cap - 1);
		for (; doc->mn.speaker_slots[h]; h = (h + 1) & (doc->mn.speaker_slots_cap - 1))
			if (!doc->mn.speaker_slots[h]->known && strcmp(doc->mn.speaker_slots[h]->key, key) == 0)
				return doc->mn.speaker_slots[h];
	}
	kcna_speaker *body = kind == KCNA_SPEAKER_ORGANIZATION || kind == KCNA_SPEAKER_PERSON ? body_named_in_full(doc, key) : NULL;
	if (body)
		return body;
	kcna_speaker *s = kcna_arena_alloc(&doc->mem, sizeof *s);
	if (!s)
		return NULL;
	char *name = kcna_text_span_string(&doc->txt, &doc->mem, start, end);
	if (name && !(doc->parser->options & KCNA_OPT_NO_HTML_ENTITIES) && strchr(name, '&'))
		decode_entities(name);
	s->name = name;
	s->key = key == buf ? kcna_arena_strndup(&doc->mem, buf, strlen(buf)) : key;
	s->kind = kind;
	s->id = doc->mn.speakers.count;
	if (!s->name || !s->key || !VEC_PUSH(&doc->mem, &doc->mn.speakers, s) || !index_speaker(doc, s))
		return NULL;
	return s;
}

static kcna_speaker *speaker_for_entity(kcna_doc *doc, uint32_t entity)
{
	const entity_def *e = &doc->parser->entities.items[entity];
	if (doc->mn.entity_speaker[entity])
		return doc->mn.entity_speaker[entity];
	kcna_speaker *s = kcna_arena_alloc(&doc->mem, sizeof *s);
	if (!s)
		return NULL;
	doc->mn.entity_speaker[entity] = s;
	s->name = e->name;
	s->kind = e->kind;
	s->title = e->title;
	s->known = e;
	s->key = name_key(&doc->mem, e->name, strlen(e->name));
	s->id = doc->mn.speakers.count;
	if (!s->key || !VEC_PUSH(&doc->mem, &doc->mn.speakers, s))
		return NULL;
	/* surname: first word for names written surname-first, else last */
	const char *sp = strrchr(e->name, ' ');
	if (e->kind == KCNA_SPEAKER_PERSON && sp) {
		const char *first_end = strchr(e->name, ' ');
		uint32_t cls;
		kcna_lexicon_find_string(doc->parser->lex, e->name, (size_t)(first_end - e->name), &cls);
		if (cls & LX_ASIAN_SURNAME)
			s->surname = name_key(&doc->mem, e->name, (size_t)(first_end - e->name));
		else
			s->surname = name_key(&doc->mem, sp + 1, strlen(sp + 1));
	}
	return s;
}

static int add_alias_string(kcna_doc *doc, kcna_speaker *s, uint32_t start, uint32_t end)
{
	char *key = name_key(&doc->mem, doc->txt.buf + start, end - start);
	if (!key)
		return 0;
	if (strcmp(key, s->key) == 0)
		return 1;
	for (size_t i = 0; i < s->aliases.count; i++) {
		char *k2 = name_key(&doc->mem, s->aliases.items[i], strlen(s->aliases.items[i]));
		if (!k2)
			return 0;
		if (strcmp(k2, key) == 0)
			return 1;
	}
	if (s->aliases.count >= 16)
		return 1; /* enough forms; keeps alias bookkeeping bounded */
	const char *str = kcna_text_span_string(&doc->txt, &doc->mem, start, end);
	return str && VEC_PUSH(&doc->mem, &s->aliases, str);
}

/* The rules by which the scan reads a mention; the spec tests check each is
 * exercised. */
enum mention_rule { RULE_KNOWN, RULE_DESCRIPTION, RULE_PAPER, RULE_PRONOUN, RULE_ROLE, RULE_BODY, RULE_BODY_ROLE,
                    RULE_AGENCY, RULE_ORGANIZATION, RULE_SINGLE_NAME, RULE_PERSON, RULE_TITLE_PHRASE, RULE_COUNT };
static const char *const RULE_NAMES[RULE_COUNT] = {"known", "description", "paper", "pronoun", "role", "body",
                                                   "body-role", "agency", "organization", "single-name", "person",
                                                   "title-phrase"};

const char *kcna_mention_rule_name(size_t r)
{
	return r < RULE_COUNT ? RULE_NAMES[r] : NULL;
}

static int add_mention(kcna_doc *doc, uint32_t ft, uint32_t lt, uint32_t start, uint32_t end, kcna_speaker *s,
                       int rule)
{
	mention m;
	memset(&m, 0, sizeof m);
	m.rule = RULE_NAMES[rule];
	m.start = start;
	m.end = end;
	m.first_tok = ft;
	m.last_tok = lt;
	m.speaker = s;
	if (!VEC_PUSH(&doc->mem, &doc->mn.mentions, m))
		return 0;
	for (uint32_t i = ft; i <= lt; i++) {
		doc->mn.tok_mention[i] = (int32_t)(doc->mn.mentions.count - 1);
		doc->seg.toks.items[i].cls &= ~LX_CUE; /* a word inside a name is no verb: "the United States" */
	}
	if (s) {
		span sp = {start, end};
		if (!VEC_PUSH(&doc->mem, &s->mentions, sp))
			return 0;
	}
	return 1;
}

/* Page furniture: a short line that is no sentence of the article
 * ("Follow Us", "Key Takeaways", "Support The Moscow Times!", "Read more")
 * or a related-link line ("RELATED Moscow takes control of ..."). Told by
 * form: at most six words, or up to thirty after a first word in capitals
 * of five letters or more; no quotation, no reporting verb, and no period, question mark,
 * colon or comma at its end. Names in it are no speakers. */
static int is_furniture(const kcna_doc *doc, uint32_t ti)
{
	enum { FURNITURE_WORDS = 6, RELATED_WORDS = 30 };
	const token *toks = doc->seg.toks.items;
	uint32_t para = tok_para(doc, &toks[ti]);
	const span *p = &doc->seg.paras.items[para];
	uint32_t e = p->end;
	while (e > p->start && (doc->txt.buf[e - 1] == ' ' || doc->txt.buf[e - 1] == '\t' || doc->txt.buf[e - 1] == '\r'))
		e--;
	char last = e > p->start ? doc->txt.buf[e - 1] : 0;
	if (last == '.' || last == '?' || last == ':' || last == ',' || last == '"')
		return 0;
	if (doc->dt.dateline && doc->dt.dateline->start >= p->start && doc->dt.dateline->start < p->end)
		return 0; /* "Seoul, Dec 27 (NationPress)" on its own line heads the story */
	uint32_t first = ti;
	while (first > 0 && tok_para(doc, &toks[first - 1]) == para)
		first--; /* bounded: a furniture line is short, and a long one stops below */
	const token *f = &toks[first];
	int related = f->kind == TK_WORD && (f->flags & TF_UPPER) && f->end - f->start >= 5;
	uint32_t words = 0;
	for (uint32_t i = first; i < doc->seg.toks.count && tok_para(doc, &toks[i]) == para; i++) {
		if (toks[i].kind == TK_PUNCT && may_be_quote_mark(toks[i].cp) && toks[i].cp != '&' && toks[i].cp != 0x2019 &&
		    !(toks[i].cp == '\'' && !(toks[i].flags & TF_SPACE_BEFORE)))
			return 0; /* a quotation (an apostrophe is none) */
		if (toks[i].kind == TK_WORD) {
			if ((toks[i].cls & LX_CUE) && !(toks[i].flags & TF_CAP))
				return 0;
			if (++words > (related ? RELATED_WORDS : FURNITURE_WORDS))
				return 0;
		}
	}
	return 1;
}

/* A photo credit: a name glued to a slash and another name
 * ("Valery Sharifulin/TASS"). Neither side is a speaker. */
static int is_credit(const kcna_doc *doc, uint32_t first, uint32_t last)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	int after = last + 2 < n && tok_punct(&toks[last + 1], '/') && !(toks[last + 1].flags & TF_SPACE_BEFORE) &&
	            toks[last + 2].kind == TK_WORD && (toks[last + 2].flags & TF_CAP) &&
	            !(toks[last + 2].flags & TF_SPACE_BEFORE);
	int before = first >= 2 && tok_punct(&toks[first - 1], '/') && !(toks[first - 1].flags & TF_SPACE_BEFORE) &&
	             !(toks[first].flags & TF_SPACE_BEFORE) && toks[first - 2].kind == TK_WORD &&
	             (toks[first - 2].flags & TF_CAP);
	return after || before;
}

/* A work's title, not a person: the run right after a work noun ("her 2003
 * book, Living History", "the film Selma Lives"). */
static int work_title(const kcna_doc *doc, uint32_t first)
{
	const token *toks = doc->seg.toks.items;
	uint32_t k = first > 0 && tok_punct(&toks[first - 1], ',') ? first - 1 : first;
	return k > 0 && toks[k - 1].kind == TK_WORD && (toks[k - 1].cls & LX_WORK) && !(toks[k - 1].flags & TF_CAP) &&
	       same_para(doc, &toks[k - 1], &toks[first]);
}

/* A capitalised run used as an adjective: after "a" / "an" and before the
 * lowercase noun it qualifies ("a Gold Star mother", "a Harry Potter fan"):
 * it names no one who speaks. */
static int attributive_run(const kcna_doc *doc, uint32_t first, uint32_t last)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	if (first == 0 || last + 1 >= n || !(tok_is(doc, &toks[first - 1], "a") || tok_is(doc, &toks[first - 1], "an")))
		return 0;
	const token *noun = &toks[last + 1];
	return noun->kind == TK_WORD && !(noun->flags & TF_CAP) && (noun->flags & TF_SPACE_BEFORE) &&
	       !(noun->cls & (LX_STOP | LX_PREPOSITION | LX_CUE | LX_PAST | LX_GLUE)) && same_para(doc, noun, &toks[last]);
}

/* A publication named after a place: "The Moscow Times", "Washington
 * Post". Returns the last token of the publication word run after token
 * j, or j when none follows. */
static uint32_t publication_after(const kcna_doc *doc, uint32_t j)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, k = j;
	while (k + 1 < n && toks[k + 1].kind == TK_WORD && (toks[k + 1].flags & TF_CAP) &&
	       (toks[k + 1].cls & LX_MEDIAWORD) && (toks[k + 1].cls & LX_ORGWORD) && same_para(doc, &toks[k + 1], &toks[j]))
		k++;
	return k;
}

static int phrase_ends_after(const kcna_doc *doc, uint32_t i);

/* The body word after a person's name that makes it a body's ("the
 * Yoon Suk Yeol group", "the Trump administration", "the Obama campaign"):
 * one lowercase body word (not the press's) ending the noun phrase after
 * the name ending at token j; j if none. */
static uint32_t body_named_after(const kcna_doc *doc, uint32_t j)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, k = j + 1;
	if (k >= n || toks[k].kind != TK_WORD || (toks[k].flags & (TF_CAP | TF_IN_QUOTE)) ||
	    !(toks[k].cls & LX_ORGWORD) || (toks[k].cls & LX_MEDIAWORD) || !(toks[k].flags & TF_SPACE_BEFORE) ||
	    !same_para(doc, &toks[k], &toks[j]) || !phrase_ends_after(doc, k))
		return j;
	return k;
}

/* A paragraph in title case (a headline); see kcna_is_headline. */
static int paragraph_is_headline(const kcna_doc *doc, uint32_t ti)
{
	const token *toks = doc->seg.toks.items;
	enum { HEADLINE_WORDS = 40, HEADLINE_LOWER_MAX = HEADLINE_WORDS / 5 };
	uint32_t para = tok_para(doc, &toks[ti]), words = 0, caps = 0;
	/* the paragraph's first token, found by sentences: a paragraph starts one */
	const uint32_t *sent_first = doc->seg.sent_first_tok.items;
	uint32_t sent = toks[ti].sent;
	while (sent > 0 && tok_para(doc, &toks[sent_first[sent - 1]]) == para)
		sent--;
	uint32_t first = sent_first[sent], i = first;
	for (; i < doc->seg.toks.count && tok_para(doc, &toks[i]) == para && words < HEADLINE_WORDS; i++) {
		/* a headline is one sentence and reports no speech: "Ri Chol Ho met
		 * Pak Song Il. \"Welcome,\" said Ri." is news, however capitalised */
		if ((i > first && (toks[i].flags & TF_SENT_START)) || ((toks[i].cls & LX_CUE) && !(toks[i].flags & TF_CAP)))
			return 0;
		if (toks[i].kind != TK_WORD || (toks[i].cls & LX_STOP))
			continue;
		words++;
		if (toks[i].flags & TF_CAP)
			caps++;
		else if (words - caps > HEADLINE_LOWER_MAX)
			return 0; /* four in five words capitalised is out of reach */
	}
	return words >= 4 && caps * 5 >= words * 4;
}

int kcna_is_headline(kcna_doc *doc, uint32_t ti)
{
	if (tok_para(doc, &doc->seg.toks.items[ti]) != 0)
		return paragraph_is_headline(doc, ti);
	if (doc->mn.first_para_headline < 0)
		doc->mn.first_para_headline = paragraph_is_headline(doc, ti);
	return doc->mn.first_para_headline;
}

/* Title words right before a name: "Russian President", "North Korean
 * leader", "national security adviser". Returns the first title token. */
static uint32_t title_before(const kcna_doc *doc, uint32_t ti)
{
	const token *toks = doc->seg.toks.items;
	uint32_t i = ti, first = ti;
	int titled = 0;
	while (i > 0 && ti - i < 6) {
		const token *t = &toks[i - 1];
		if (t->kind != TK_WORD || !t->lex || !same_para(doc, t, &toks[ti]))
			break;
		if (t->cls & LX_TITLE)
			titled = 1;
		else if (!(t->cls & (LX_PLACE | LX_ORGWORD)))
			break;
		i--;
		first = i;
	}
	return titled ? first : ti;
}

/* Each step of the mention scan at token i: STEP_TAKEN when it read a
 * mention (or decided the words are none) there, STEP_NO to let the next
 * step try, STEP_FAILED on an allocation failure. */
enum { STEP_FAILED = -1, STEP_NO = 0, STEP_TAKEN = 1 };

/* What the scan carries from token to token. */
typedef struct mention_scan {
	uint32_t free_from; /* tokens before it belong to a mention found */
	uint32_t furniture_para, headline_para;
	int furniture, headline; /* of those paragraphs, computed once each */
} mention_scan;

/* The gender a title in tokens [tb, i) ("Mr.", "Spokeswoman") or the given
 * name at i shows: the lexicon's value of the word, 1 male, 2 female. */
static void note_gender(const kcna_doc *doc, kcna_speaker *s, uint32_t tb, uint32_t i)
{
	const token *toks = doc->seg.toks.items;
	/* an honorific with its period ("Ms."), which no title run holds */
	if (i >= 2 && tok_punct(&toks[i - 1], '.') && tb == i)
		tb = i - 2;
	else if (i >= 1 && tb == i)
		tb = i - 1;
	for (uint32_t k = tb; k < i && !s->gender; k++)
		if ((toks[k].cls & LX_TITLE) && tok_lex(&toks[k])->val >= 1 && tok_lex(&toks[k])->val <= 2)
			s->gender = tok_lex(&toks[k])->val;
	/* else a given name the lexicon knows ("John Smith", "Mary Smith") */
	if (!s->gender && i < doc->seg.toks.count && (toks[i].cls & LX_GIVEN_NAME) && tok_lex(&toks[i])->val >= 1 &&
	    tok_lex(&toks[i])->val <= 2)
		s->gender = tok_lex(&toks[i])->val;
}

/* A lowercase title word: "president", "general secretary", "foreign minister". */
static int is_title_word(const token *t)
{
	return t->kind == TK_WORD && (t->cls & LX_TITLE) && !(t->flags & (TF_CAP | TF_IN_QUOTE));
}

/* Whether a noun phrase may end at token i: a mark, a cue, a preposition,
 * a conjunction, a relative or "here" follows, or a verb that is surely
 * one (an auxiliary, a modal, a past form: "the authorities turned down",
 * "the ministry has"), not another noun ("the ruling party congress"). */
static int phrase_ends_after(const kcna_doc *doc, uint32_t i)
{
	static const char *const AFTER_PHRASE[] = {"here", "there", "and", "or", "who", "which", "that",
	                                           "is", "are", "has", "have"};
	const token *nx = i + 1 < doc->seg.toks.count ? &doc->seg.toks.items[i + 1] : NULL;
	if (!nx || nx->kind != TK_WORD || (nx->cls & (LX_CUE | LX_PREPOSITION | LX_PAST | LX_FUTURE)))
		return 1;
	size_t len = nx->end - nx->start;
	if (!(nx->flags & TF_CAP) && len > 4 && memcmp(doc->txt.buf + nx->end - 2, "ed", 2) == 0)
		return 1; /* "turned", "decided" */
	return tok_in(doc, nx, AFTER_PHRASE, sizeof AFTER_PHRASE / sizeof AFTER_PHRASE[0]);
}

/* The last token of a body a country's name owns ("'s spy agency", "'s
 * state media": "'s", at most one more word, a lowercase body or media
 * word ending the noun phrase) after its name ends at token j; j if none. */
static uint32_t possessed_body(const kcna_doc *doc, uint32_t j)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, k = j + 1;
	if (k + 2 >= n || !tok_possessive_s(doc, k))
		return j;
	for (uint32_t w = k + 2; w < n && w <= k + 3; w++) {
		const token *t = &toks[w];
		if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_IN_QUOTE)))
			return j;
		if ((t->cls & (LX_ORGWORD | LX_MEDIAWORD)) && phrase_ends_after(doc, w))
			return w;
	}
	return j;
}

/* A title or body word in lowercase ("Minister" -> "minister") for the
 * look-ups by role; 0 if it is longer than ROLE_MAX - 1 bytes. */
enum { ROLE_MAX = 24 };

static int role_word(const kcna_doc *doc, const token *t, char role[ROLE_MAX])
{
	size_t n = t->end - t->start;
	if (n >= ROLE_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		role[i] = (char)(doc->txt.buf[t->start + i] | 32);
	role[n] = 0;
	return 1;
}

/* Whether person s's title holds the lowercase word role ("minister"). */
static int title_has(const kcna_speaker *s, const char *role)
{
	size_t rl = strlen(role);
	for (const char *p = s->title ? s->title : ""; *p; p++) {
		size_t j = 0;
		while (j < rl && p[j] && ((p[j] | 32) == role[j]))
			j++;
		if (j == rl)
			return 1;
	}
	return 0;
}

/* The last token of a country's official named by title after the
 * country's name ends at token j ("DPRK foreign minister", "China's
 * foreign minister"); j if none, or if a name follows (a title in front of
 * it: "ROK President Lee"). */
static uint32_t country_official(const kcna_doc *doc, uint32_t j)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, k = j + 1;
	if (k + 2 < n && tok_possessive_s(doc, k))
		k += 2;
	if (k >= n || !is_title_word(&toks[k]))
		return j;
	uint32_t e = k;
	while (e + 1 < n && e < k + 2 && is_title_word(&toks[e + 1]))
		e++;
	if (!phrase_ends_after(doc, e) || (e + 1 < n && kcna_is_name_word(&toks[e + 1])))
		return j;
	return e;
}

/* The person named before (within LOOK_BACK mentions) whose title holds
 * role; NULL if none. */
enum { LOOK_BACK = 400 };

static kcna_speaker *titled_person_before(const kcna_doc *doc, const char *role)
{
	size_t looked = 0;
	for (size_t k = doc->mn.mentions.count; k-- > 0 && looked < LOOK_BACK; looked++) {
		kcna_speaker *s = doc->mn.mentions.items[k].speaker;
		if (s && s->kind == KCNA_SPEAKER_PERSON && title_has(s, role))
			return s;
	}
	return NULL;
}

static uint32_t appositive_title(const kcna_doc *doc, uint32_t j, uint32_t *first);

enum { ORG_REACH = 4 }; /* words a body's name reaches beyond its capitalised run, each way */
static int org_modifier(const token *t, uint32_t excluded);
static uint32_t org_end(const kcna_doc *doc, uint32_t j, int *body);

/* The last token of a body's name that the country ending at token j opens
 * ("the U.S. House of Representatives", "the South Korean Defense
 * Ministry": two countries' ministries are two bodies): capitalised words
 * up to a body word, then its "of ..." tail; j if none follows. */
static uint32_t body_named_with_country(const kcna_doc *doc, uint32_t j)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, last = j;
	for (uint32_t k = j + 1; k < n && k <= j + ORG_REACH; k++) {
		const token *w = &toks[k];
		if (!org_modifier(w, 0) || (w->flags & (TF_SENT_START | TF_IN_QUOTE)) || !(w->flags & TF_SPACE_BEFORE) ||
		    !same_para(doc, w, &toks[j]) || (w->cls & LX_GIVEN_NAME))
			break;
		if (w->cls & LX_ORGWORD)
			last = k;
	}
	if (last == j || (toks[last].cls & LX_MEDIAWORD))
		return j; /* a paper's name is read as a paper's */
	int body = 0;
	uint32_t end = org_end(doc, last, &body);
	return end > last ? end : last;
}

/* 1. a known figure, body or description; a credit or a paper named after
 * a place is taken here too. */
static uint32_t title_run_end(const kcna_doc *doc, uint32_t i);

static int known_mention(kcna_doc *doc, uint32_t i, mention_scan *sc)
{
	size_t n = doc->seg.toks.count;
	token *toks = doc->seg.toks.items, *t = &toks[i];
	const alias_def *al = NULL;
	/* names are capitalised; descriptions start with lexicon words */
	uint32_t end = may_start_alias(doc, t) && ((t->flags & TF_CAP) || t->lex) ? known_alias_at(doc, t, &al) : 0;
	if (!end)
		return STEP_NO;
	uint32_t j = i;
	while (j + 1 < n && toks[j + 1].start < end)
		j++;
	if (al->is_description) {
		/* "the North Korean leader" needs its article or possessive */
		int det = i > 0 && (tok_is(doc, &toks[i - 1], "the") || tok_is(doc, &toks[i - 1], "s") ||
		                    tok_is(doc, &toks[i - 1], "its"));
		/* ... and is not a title in front of a name ("Premier Pak") */
		if (!det || (j + 1 < n && kcna_is_name_word(&toks[j + 1])))
			return STEP_NO;
	}
	if (is_credit(doc, i, j)) {
		sc->free_from = j + 1;
		return STEP_TAKEN;
	}
	uint32_t pub = al->is_description ? j : publication_after(doc, j);
	if (pub > j && doc->parser->entities.items[al->entity].kind != KCNA_SPEAKER_MEDIA) {
		/* "The Moscow Times" names a paper, not Russia */
		kcna_speaker *s = kcna_speaker_for_name(doc, t->start, toks[pub].end, KCNA_SPEAKER_MEDIA);
		if (!s || !add_mention(doc, i, pub, t->start, toks[pub].end, s, RULE_PAPER))
			return STEP_FAILED;
		sc->free_from = pub + 1;
		return STEP_TAKEN;
	}
	kcna_speaker_kind kind = doc->parser->entities.items[al->entity].kind;
	if (kind == KCNA_SPEAKER_MEDIA && !al->is_description && j + 2 < n) {
		/* "MSNBC host Chris Matthews", "CNN anchor Wolf Blitzer": the
		 * medium employs the person named, who speaks */
		uint32_t title_end = title_run_end(doc, j + 1);
		if (title_end != UINT32_MAX && title_end + 1 < n && kcna_is_name_word(&toks[title_end + 1]) &&
		    same_para(doc, &toks[title_end + 1], t)) {
			sc->free_from = j + 1;
			return STEP_TAKEN;
		}
	}
	uint32_t named = kind == KCNA_SPEAKER_COUNTRY && !al->is_description ? body_named_with_country(doc, j) : j;
	if (named > j) { /* "the U.S. House of Representatives", "the South Korean Defense Ministry" */
		kcna_speaker *bs = kcna_speaker_for_name(doc, t->start, toks[named].end, KCNA_SPEAKER_ORGANIZATION);
		if (!bs || !add_mention(doc, i, named, t->start, toks[named].end, bs, RULE_ORGANIZATION))
			return STEP_FAILED;
		sc->free_from = named + 1;
		return STEP_TAKEN;
	}
	uint32_t body = al->is_description                ? j
	                : kind == KCNA_SPEAKER_COUNTRY    ? possessed_body(doc, j)
	                : kind == KCNA_SPEAKER_PERSON     ? body_named_after(doc, j)
	                                                  : j;
	if (body > j) { /* "South Korea's spy agency", "North Korea's state media", "the Trump administration" */
		const token *b = &toks[body];
		kcna_speaker *bs = kcna_speaker_for_name(doc, t->start, b->end, (b->cls & LX_ORGWORD) ? KCNA_SPEAKER_ORGANIZATION
		                                                                                    : KCNA_SPEAKER_MEDIA);
		if (!bs || !add_mention(doc, i, body, t->start, b->end, bs, RULE_BODY))
			return STEP_FAILED;
		sc->free_from = body + 1;
		return STEP_TAKEN;
	}
	if (kind == KCNA_SPEAKER_PERSON && !al->is_description && j + 1 < n && (toks[j + 1].flags & TF_CAP) &&
	    (toks[j + 1].cls & LX_EVENT) && same_para(doc, &toks[j + 1], t)) {
		sc->free_from = j + 2; /* a place named after a person: "Kim Il Sung Square" */
		return STEP_TAKEN;
	}
	uint32_t official = al->is_description || kind != KCNA_SPEAKER_COUNTRY ? j : country_official(doc, j);
	if (official > j) {
		/* "the DPRK foreign minister": a person named before with that
		 * title, else the official by the title */
		const token *o = &toks[official];
		char role[ROLE_MAX];
		kcna_speaker *os = role_word(doc, o, role) ? titled_person_before(doc, role) : NULL;
		int rule = os ? RULE_DESCRIPTION : RULE_TITLE_PHRASE;
		if (!os)
			os = kcna_speaker_for_name(doc, t->start, o->end, KCNA_SPEAKER_PERSON);
		if (!os || !add_mention(doc, i, official, t->start, o->end, os, rule))
			return STEP_FAILED;
		sc->free_from = official + 1;
		return STEP_TAKEN;
	}
	kcna_speaker *s = speaker_for_entity(doc, al->entity);
	if (!s || !add_mention(doc, i, j, t->start, end, s, al->is_description ? RULE_DESCRIPTION : RULE_KNOWN))
		return STEP_FAILED;
	uint32_t first, title_end = j;
	if (s->kind == KCNA_SPEAKER_PERSON) {
		note_gender(doc, s, i, i); /* "Mr. Putin" */
		title_end = appositive_title(doc, j, &first);
	}
	doc->mn.mentions.items[doc->mn.mentions.count - 1].is_description = al->is_description;
	if (!al->is_description && !add_alias_string(doc, s, t->start, end))
		return STEP_FAILED;
	sc->free_from = title_end + 1; /* past an appositive title's bodies */
	return STEP_TAKEN;
}

/* A mention with no speaker yet, resolved when attributing: the word at i,
 * with the modifiers of its description from first ("the NATO secretary
 * general"). */
static int add_open_mention(kcna_doc *doc, uint32_t first, uint32_t i, int is_pronoun, int role_is_body)
{
	const token *toks = doc->seg.toks.items;
	if (!add_mention(doc, first, i, toks[first].start, toks[i].end, NULL,
	                 is_pronoun ? RULE_PRONOUN : role_is_body ? RULE_BODY_ROLE : RULE_ROLE))
		return STEP_FAILED;
	mention *m = &doc->mn.mentions.items[doc->mn.mentions.count - 1];
	m->is_pronoun = is_pronoun;
	if (!is_pronoun) {
		m->is_description = 1;
		m->role_tok = i;
		m->role_is_body = role_is_body;
	}
	return STEP_TAKEN;
}

static uint32_t of_name_end(const kcna_doc *doc, uint32_t j);

/* The last token of a lowercase body's name from its word at i: through
 * "of (the) Name" and then "at / in / to (the) Name" ("the permanent mission
 * of the DPRK at the UN", "the embassy of Russia in Pyongyang"); i if none. */
static uint32_t body_tail(const kcna_doc *doc, uint32_t i)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, end = of_name_end(doc, i);
	if (end == UINT32_MAX)
		return i;
	uint32_t k = end + 1;
	if (k + 1 < n && (tok_is(doc, &toks[k], "at") || tok_is(doc, &toks[k], "in") || tok_is(doc, &toks[k], "to"))) {
		k += 1 + (k + 2 < n && tok_is(doc, &toks[k + 1], "the"));
		uint32_t last = k;
		while (last < n && last < k + 4 && toks[last].kind == TK_WORD && (toks[last].flags & TF_CAP) &&
		       !(toks[last].flags & (TF_SENT_START | TF_IN_QUOTE)))
			last++;
		if (last > k)
			end = last - 1;
	}
	return end;
}

/* The plain modifiers a lowercase noun phrase may have between its article
 * and its head word at i ("the national security office", "a foreign
 * ministry spokesman", "the South Korean defense ministry"): up to
 * NP_MODIFIERS lowercase content words (or capitalised place words), none in
 * a mention yet. Returns the first modifier's index (i if none) when an
 * article precedes it, else UINT32_MAX. */
enum { NP_MODIFIERS = 3 };

static uint32_t modifiers_after_article(const kcna_doc *doc, uint32_t i)
{
	const token *toks = doc->seg.toks.items;
	uint32_t first = i;
	while (first > 0 && i - first < NP_MODIFIERS) {
		const token *p = &toks[first - 1];
		int plain = p->kind == TK_WORD && !(p->flags & TF_IN_QUOTE) && doc->mn.tok_mention[first - 1] < 0 &&
		            !(p->cls & (LX_CUE | LX_STOP | LX_NUMWORD | LX_DATEWORD | LX_PRONOUN | LX_PREPOSITION | LX_PAST |
		                        LX_MONTH | LX_WEEKDAY)) &&
		            (!(p->flags & TF_CAP) || (p->cls & LX_PLACE)) && !tok_article(doc, p);
		if (!plain || (toks[first].flags & TF_SENT_START))
			break;
		first--;
	}
	return first > 0 && tok_article(doc, &toks[first - 1]) && !(toks[first].flags & TF_SENT_START) ? first
	                                                                                               : UINT32_MAX;
}

/* A lowercase word in -ly ("editorially"). */
static int is_adverb(const kcna_doc *doc, const token *t)
{
	return t->kind == TK_WORD && !(t->flags & TF_CAP) && t->end - t->start > 3 &&
	       memcmp(doc->txt.buf + t->end - 2, "ly", 2) == 0;
}

/* The last token of a lowercase body after "of" at k ("of the puppet
 * presidential office", "of the general staff of the puppet army"): "the",
 * at most NP_MODIFIERS plain words, a body word (not the press's) ending the
 * phrase, and one more such body after "of"; UINT32_MAX if none. */
static uint32_t lowercase_body_after_of(const kcna_doc *doc, uint32_t k)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, end = UINT32_MAX;
	for (int links = 0; links < 2 && k + 2 < n && tok_is(doc, &toks[k], "of") && tok_is(doc, &toks[k + 1], "the");
	     links++) {
		uint32_t head = k + 2, last = head + NP_MODIFIERS;
		while (head < n && head <= last && toks[head].kind == TK_WORD && !(toks[head].flags & (TF_CAP | TF_IN_QUOTE)) &&
		       !(toks[head].cls & (LX_ORGWORD | LX_CUE | LX_STOP | LX_PREPOSITION | LX_PRONOUN | LX_NUMWORD |
		                           LX_DATEWORD | LX_PAST)) &&
		       same_para(doc, &toks[head], &toks[k]))
			head++;
		if (head >= n || head > last || !(toks[head].cls & LX_ORGWORD) || (toks[head].cls & LX_MEDIAWORD) ||
		    (toks[head].flags & (TF_CAP | TF_IN_QUOTE)) || !same_para(doc, &toks[head], &toks[k]))
			break;
		end = body_tail(doc, head); /* "of the DPRK" after it */
		if (end == head && !phrase_ends_after(doc, head) && !tok_is(doc, &toks[head + 1], "of"))
			return links ? end : UINT32_MAX; /* "of the office building": no body */
		k = end + 1;
	}
	return end;
}

/* 2-4. pronouns; "the minister"; a body in lowercase ("the unification
 * ministry"); "the ministry" (a body named earlier). */
static int generic_mention(kcna_doc *doc, uint32_t i, mention_scan *sc)
{
	size_t n = doc->seg.toks.count;
	token *toks = doc->seg.toks.items, *t = &toks[i];
	if (t->cls & LX_PRONOUN)
		return add_open_mention(doc, i, i, 1, 0);
	/* a person described by a title of a body named in lowercase ("the
	 * national security office chief of the puppet presidential office",
	 * "the chief of the general staff of the puppet army"): the phrase
	 * without its article is the speaker's name, as a title phrase's */
	if ((t->cls & LX_TITLE) && !(t->flags & TF_CAP) && i > 0 && i + 1 < n && tok_is(doc, &toks[i + 1], "of")) {
		uint32_t end = lowercase_body_after_of(doc, i + 1), first = UINT32_MAX; /* the rarer test first */
		if (end != UINT32_MAX && ((first = modifiers_after_article(doc, i)) == UINT32_MAX ||
		                          !tok_is(doc, &toks[first - 1], "the")))
			end = UINT32_MAX;
		if (end != UINT32_MAX) {
			kcna_speaker *s = kcna_speaker_for_name(doc, toks[first].start, toks[end].end, KCNA_SPEAKER_PERSON);
			if (!s || !add_mention(doc, first, end, toks[first].start, toks[end].end, s, RULE_TITLE_PHRASE))
				return STEP_FAILED;
			sc->free_from = end + 1;
			return STEP_TAKEN;
		}
	}
	/* "the minister", "the spokesman", "a foreign ministry spokesman" */
	if ((t->cls & LX_TITLE) && !(t->flags & TF_CAP) && i > 0 && phrase_ends_after(doc, i) &&
	    !(i + 1 < n && tok_is(doc, &toks[i + 1], "of"))) {
		uint32_t first = modifiers_after_article(doc, i);
		if (first != UINT32_MAX && (first == i || tok_is(doc, &toks[first - 1], "the")))
			return add_open_mention(doc, first, i, 0, 0);
	}
	/* "the unification ministry", "the national security office" */
	uint32_t first = (t->cls & LX_ORGWORD) && !(t->flags & TF_CAP) && !(t->cls & LX_MEDIAWORD) && i >= 2 &&
	                         tok_lex(t)->val != ORGWORD_NEEDS_NAME && phrase_ends_after(doc, i)
	                     ? modifiers_after_article(doc, i)
	                     : UINT32_MAX;
	if (first != UINT32_MAX && first < i && tok_is(doc, &toks[first - 1], "the")) {
		uint32_t end = body_tail(doc, i); /* "the permanent mission of the DPRK at the UN" */
		kcna_speaker *s = kcna_speaker_for_name(doc, toks[first].start, toks[end].end, KCNA_SPEAKER_ORGANIZATION);
		if (!s || !add_mention(doc, first, end, toks[first].start, toks[end].end, s, RULE_BODY))
			return STEP_FAILED;
		sc->free_from = end + 1;
		return STEP_TAKEN;
	}
	/* "the ministry", "the command"; "the paper" (a medium named before) */
	int after_the = i > 0 && tok_is(doc, &toks[i - 1], "the");
	if ((t->cls & LX_MEDIAWORD) && i > 1 && tok_is(doc, &toks[i - 2], "the") && (toks[i - 1].cls & LX_MEDIAWORD) &&
	    !(toks[i - 1].flags & TF_CAP))
		after_the = 1; /* "the news agency" */
	if ((t->cls & (LX_ORGWORD | LX_MEDIAWORD)) && !(t->flags & TF_CAP) && after_the &&
	    (phrase_ends_after(doc, i) || ((t->cls & LX_MEDIAWORD) && is_adverb(doc, &toks[i + 1]))))
		return add_open_mention(doc, i, i, 0, 1); /* "the paper editorially says" */
	return STEP_NO;
}

/* Whether name word j is a part that a mark joins to the name word after
 * it: a middle initial and its period before the surname ("Laurence H.
 * Tribe", "Mark Z. Barabak") or a one-letter prefix and its apostrophe
 * ("O'Neill", "D'Amato"; a possessive's "'s" is lowercase). */
static int glued_name_part(const kcna_doc *doc, uint32_t j)
{
	const token *toks = doc->seg.toks.items, *t = &toks[j], *mark = t + 1, *next = t + 2;
	const alias_def *known = NULL;
	if (t->end - t->start != 1 || !(t->flags & TF_CAP) || (mark->flags & TF_SPACE_BEFORE) ||
	    !kcna_is_name_word(next) || !same_para(doc, t, next) || known_at(doc, next, &known))
		return 0; /* "V. Putin": the known name is read on its own */
	if (j > 0 && !(t->flags & TF_SPACE_BEFORE) && tok_punct(&toks[j - 1], '.'))
		return 0; /* the last letter of an initialism: "U.S. Congress" */
	if (tok_punct(mark, '.'))
		return (next->flags & TF_SPACE_BEFORE) && !(next->flags & TF_SENT_START);
	return tok_apostrophe(mark) && !(next->flags & TF_SPACE_BEFORE);
}

/* The capitalised run of an unknown name from token i: its last token, its
 * word count, and whether a body word ("Ministry") is in it. */
static uint32_t name_run(const kcna_doc *doc, uint32_t i, uint32_t *words, int *org)
{
	size_t n = doc->seg.toks.count;
	const token *toks = doc->seg.toks.items, *t = &toks[i];
	uint32_t j = i;
	*words = 1;
	*org = (t->cls & LX_ORGWORD) != 0;
	while (j + 1 < n) {
		const token *nx = &toks[j + 1];
		const alias_def *other = NULL;
		if (!same_para(doc, nx, t) || known_at(doc, nx, &other))
			break; /* "Later Kim Jong-un": a known name starts here */
		if (tok_punct(nx, '-') && !(nx->flags & TF_SPACE_BEFORE) && j + 2 < n && toks[j + 2].kind == TK_WORD &&
		    !(toks[j + 2].flags & TF_SPACE_BEFORE)) {
			j += 2;
			continue;
		}
		if (j + 2 < n && glued_name_part(doc, j)) {
			/* "Laurence H. Tribe"; "O'Neill" is one word, as "Al-Assad" */
			*words += tok_punct(&toks[j + 1], '.');
			j += 2;
			continue;
		}
		if (j + 3 < n && glued_name_part(doc, j + 1)) {
			j += 3; /* an initial the lexicon knows as a word: "Julie A. Diaz Martinez" */
			*words += 2;
			continue;
		}
		int body = nx->kind == TK_WORD && (nx->flags & TF_CAP) && (nx->cls & LX_ORGWORD) && !(nx->cls & LX_STOP);
		if (!kcna_is_name_word(nx) && !body) {
			/* a capitalised word the lexicon knows, then a body word, inside
			 * a body's name: "Dallas Morning News", "Republican National
			 * Committee" */
			uint32_t b = j + 1;
			while (b < n && b < j + 3 && org_modifier(&toks[b], LX_TITLE) && !(toks[b].cls & LX_ORGWORD) &&
			       !(toks[b].flags & TF_SENT_START) && same_para(doc, &toks[b], t))
				b++;
			const token *head = b < n ? &toks[b] : NULL;
			if (b == j + 1 || !head || head->kind != TK_WORD || !(head->flags & TF_CAP) || !(head->cls & LX_ORGWORD) ||
			    (head->cls & LX_STOP) || (head->flags & TF_SENT_START))
				break;
			*words += b - j;
			*org = 1;
			j = b;
			continue;
		}
		*org |= body && !kcna_is_name_word(nx);
		j++;
		(*words)++;
	}
	return j;
}

/* A body's full name, not only its capitalised name words: modifiers the
 * lexicon knows for other reasons before it ("International Atomic Energy
 * Agency", "Supreme Court") and "of" / "on" / "for" (the) with another
 * capitalised run after its body word ("Joint Chiefs of Staff", "Commission
 * on Presidential Debates", "Institute for American Studies of the DPRK
 * Foreign Ministry"). Bounded: ORG_REACH words each way. */
static int org_modifier(const token *t, uint32_t excluded)
{
	return t->kind == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_IN_QUOTE) &&
	       !(t->cls & (LX_STOP | LX_CUE | LX_MONTH | LX_WEEKDAY | LX_PRONOUN | LX_NUMWORD | excluded));
}

static int person_starts(const kcna_doc *doc, const token *t);
static uint32_t org_start(const kcna_doc *doc, uint32_t i, uint32_t free_from)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t steps = 0; steps < ORG_REACH && i > free_from && i > 0; steps++) {
		const token *p = &toks[i - 1];
		/* a body's name joins two words by "and" after "the" ("the
		 * Securities and Exchange Commission"), not a person's or a
		 * country's to it ("Kim and Party Committee", "China and Russia
		 * Commission"); the word may have been passed over as a run alone */
		if (tok_is(doc, p, "and") && i >= 3 && tok_is(doc, &toks[i - 3], "the") && org_modifier(&toks[i - 2], LX_PLACE) &&
		    !person_starts(doc, &toks[i - 2]) && doc->mn.tok_mention[i - 2] < 0 && same_para(doc, &toks[i - 2], &toks[i]) &&
		    !(toks[i].flags & TF_SENT_START) && !(p->flags & TF_SENT_START)) {
			i -= 2;
			steps++;
			continue;
		}
		if (!org_modifier(p, 0) || !same_para(doc, p, &toks[i]) || doc->mn.tok_mention[i - 1] >= 0 ||
		    (toks[i].flags & TF_SENT_START))
			break;
		/* a title word opens a body's name only after "the" ("the General
		 * Council") or right before its body word ("Defense Ministry"),
		 * never a person's title ("President ... Council") */
		if ((p->cls & LX_TITLE) && !(i >= 2 && tok_is(doc, &toks[i - 2], "the")) && !(toks[i].cls & LX_ORGWORD))
			break;
		i--;
	}
	return i;
}

/* Whether a person's name starts at t: a given name or a known person's. */
static int person_starts(const kcna_doc *doc, const token *t)
{
	const alias_def *al = NULL;
	return (t->cls & LX_GIVEN_NAME) ||
	       (known_at(doc, t, &al) && doc->parser->entities.items[al->entity].kind == KCNA_SPEAKER_PERSON);
}

/* The last token of the name continued past j through "of"/"on"/"for"
 * (the); j if none. *body: whether the continuation holds a body word. */
static uint32_t org_end(const kcna_doc *doc, uint32_t j, int *body)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	for (int links = 0; links < 2; links++) {
		uint32_t k = j + 1;
		if (k + 1 >= n || !(tok_is(doc, &toks[k], "of") || tok_is(doc, &toks[k], "on") || tok_is(doc, &toks[k], "for")))
			break;
		k++;
		if (tok_is(doc, &toks[k], "the") && k + 1 < n)
			k++;
		uint32_t last = k, words = 0;
		while (last < n && words < ORG_REACH && same_para(doc, &toks[last], &toks[j]) && !(toks[last].flags & TF_SENT_START)) {
			if (last > k && person_starts(doc, &toks[last]))
				break; /* a person's name follows the body's */
			if (org_modifier(&toks[last], 0) && ++words)
				*body |= (toks[last].cls & LX_ORGWORD) != 0;
			else if (!(last > k && tok_apostrophe(&toks[last]) && !(toks[last].flags & TF_SPACE_BEFORE)))
				break; /* only "Workers'" and "People's" glue on */
			else if (last + 1 < n && tok_is(doc, &toks[last + 1], "s") && !(toks[last + 1].flags & TF_SPACE_BEFORE))
				last++;
			last++;
		}
		while (last > k && toks[last - 1].kind == TK_PUNCT) /* no mark at the end */
			last--;
		if (last == k)
			break;
		j = last - 1;
	}
	return j;
}

/* The last token of "of (the) Name" after token j ("of the People's
 * Republic of China"), or UINT32_MAX when no capitalised name follows. */
static uint32_t of_name_end(const kcna_doc *doc, uint32_t j)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, k = j + 1;
	if (k + 1 >= n || !(tok_is(doc, &toks[k], "of") || tok_is(doc, &toks[k], "for")))
		return UINT32_MAX; /* "president of", "spokesman for" */
	k++;
	if (tok_is(doc, &toks[k], "the") && k + 1 < n)
		k++;
	if (!org_modifier(&toks[k], 0) || !same_para(doc, &toks[k], &toks[j]) || (toks[k].flags & TF_SENT_START))
		return UINT32_MAX;
	uint32_t last = k;
	while (last + 1 < n && last < k + 4 * ORG_REACH && same_para(doc, &toks[last + 1], &toks[k])) {
		const token *nx = &toks[last + 1];
		if (person_starts(doc, nx))
			break; /* "the president of Russia Vladimir Putin": a name follows */
		int capitalised = nx->kind == TK_WORD && (nx->flags & TF_CAP) && !(nx->flags & TF_IN_QUOTE);
		if (org_modifier(nx, 0) || (capitalised && tok_punct(&toks[last], ','))) {
			last++;
		} else if (tok_punct(nx, '.') && !(nx->flags & TF_SPACE_BEFORE) && toks[last].end - toks[last].start == 1 &&
		           (toks[last].flags & TF_CAP)) {
			last++; /* "C.C." */
		} else if (tok_punct(nx, '-') && !(nx->flags & TF_SPACE_BEFORE) && last + 2 < n &&
		           org_modifier(&toks[last + 2], 0) && !(toks[last + 2].flags & TF_SPACE_BEFORE)) {
			last += 2; /* "All-Union" */
		} else if (tok_punct(nx, ',') && tok_punct(&toks[last], '.') && last + 2 < n && (toks[last + 2].flags & TF_CAP)) {
			last++; /* "the C.C., Communist Party of Belarus" */
		} else if (tok_apostrophe(nx) && !(nx->flags & TF_SPACE_BEFORE)) {
			last += tok_possessive_s(doc, last + 1) ? 2 : 1; /* "People's", "Workers'" */
		} else {
			break;
		}
	}
	int body = 0;
	return org_end(doc, org_end(doc, last, &body), &body); /* up to four "of" links */
}

/* The last token of the title run from i ("first secretary"), or
 * UINT32_MAX when i holds no lowercase title word. */
static uint32_t title_run_end(const kcna_doc *doc, uint32_t i)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, j = i;
	if (!is_title_word(&toks[i]))
		return UINT32_MAX;
	while (j + 1 < n && j < i + 3 && is_title_word(&toks[j + 1]))
		j++;
	return j;
}

/* Past a title of a body ending at token end, the same person's further
 * titles joined by "and" ("... of China and president of the People's
 * Republic of China"), at most two: the last token. */
static uint32_t more_titles(const kcna_doc *doc, uint32_t end)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	for (int links = 0; links < 2 && end + 2 < n && tok_is(doc, &toks[end + 1], "and"); links++) {
		uint32_t e = title_run_end(doc, end + 2);
		e = e == UINT32_MAX ? UINT32_MAX : of_name_end(doc, e);
		if (e == UINT32_MAX)
			break;
		end = e;
	}
	return end;
}

/* 2. a person named by a title of a body alone: "the president of the
 * Russian Federation", "a spokesman for the Ministry of ...", "the general
 * secretary of the Central Committee of the Communist Party of China and
 * president of the People's Republic of China" (one person, two titles).
 * Not an appositive of a name before it ("Choe Son Hui, the foreign minister
 * of ...": her title) nor a title in front of a name. The phrase without
 * its article is the speaker's name. */
static int title_phrase(kcna_doc *doc, uint32_t i, mention_scan *sc)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	if (i == 0 || !is_title_word(&toks[i]) || is_title_word(&toks[i - 1]))
		return STEP_NO; /* most tokens: one test */
	/* after its article, or after an article and one plain modifier ("a
	 * military commentator of the DPRK") */
	uint32_t first = i;
	if (!tok_article(doc, &toks[i - 1])) {
		if (i < 2 || !tok_article(doc, &toks[i - 2]) || toks[i - 1].kind != TK_WORD ||
		    (toks[i - 1].flags & TF_CAP) || (toks[i - 1].cls & (LX_STOP | LX_CUE | LX_NUMWORD | LX_DATEWORD)))
			return STEP_NO;
		first = i - 1;
	}
	uint32_t j = title_run_end(doc, i);
	uint32_t end = j == UINT32_MAX ? UINT32_MAX : of_name_end(doc, j);
	if (end == UINT32_MAX)
		return STEP_NO;
	if (first >= 3 && tok_punct(&toks[first - 2], ',') && doc->mn.mentions.count) {
		const mention *before = &doc->mn.mentions.items[doc->mn.mentions.count - 1];
		if (before->last_tok == first - 3 && before->rule != RULE_NAMES[RULE_TITLE_PHRASE] &&
		    (!before->speaker || before->speaker->kind == KCNA_SPEAKER_PERSON))
			return STEP_NO; /* an appositive: the title of the person named */
	}
	end = more_titles(doc, end);
	if (end + 1 < n && kcna_is_name_word(&toks[end + 1]) && !(toks[end + 1].flags & TF_SENT_START))
		return STEP_NO;
	kcna_speaker *s = kcna_speaker_for_name(doc, toks[first].start, toks[end].end, KCNA_SPEAKER_PERSON);
	if (!s || !add_mention(doc, first, end, toks[first].start, toks[end].end, s, RULE_TITLE_PHRASE))
		return STEP_FAILED;
	sc->free_from = end + 1;
	return STEP_TAKEN;
}

/* One capitalised word (tokens i..j with a hyphenated tail): a surname
 * already seen, or a titled or quoted person; else no mention. */
static int single_name(kcna_doc *doc, uint32_t i, uint32_t j, uint32_t tb, int cue_after)
{
	token *toks = doc->seg.toks.items, *t = &toks[i];
	char buf[KEY_BUF];
	const char *key = lookup_key(&doc->mem, buf, tok_text(doc, t), toks[j].end - t->start); /* "O'Neill" whole */
	if (!key)
		return STEP_FAILED;
	uint32_t body = body_named_after(doc, j); /* "the Trump administration" */
	if (body > j) {
		kcna_speaker *bs = kcna_speaker_for_name(doc, t->start, toks[body].end, KCNA_SPEAKER_ORGANIZATION);
		return bs && add_mention(doc, i, body, t->start, toks[body].end, bs, RULE_BODY) ? STEP_TAKEN : STEP_FAILED;
	}
	kcna_speaker *hit = NULL;
	/* the nearest earlier person with that surname (bounded look-back) */
	for (size_t m = doc->mn.mentions.count, seen = 0; m-- > 0 && !hit && seen < 256; seen++) {
		kcna_speaker *s = doc->mn.mentions.items[m].speaker;
		if (s && s->kind == KCNA_SPEAKER_PERSON && s->surname && s->surname[0] == key[0] && strcmp(s->surname, key) == 0)
			hit = s;
	}
	if (!hit && (tb < i || cue_after) && !(t->flags & TF_SENT_START && !cue_after))
		hit = kcna_speaker_for_name(doc, t->start, toks[j].end, KCNA_SPEAKER_PERSON);
	if (hit && !add_mention(doc, i, j, t->start, toks[j].end, hit, RULE_SINGLE_NAME)) /* j: past a glued tail */
		return STEP_FAILED;
	if (hit && tb < i && !hit->title)
		hit->title = kcna_text_span_string(&doc->txt, &doc->mem, toks[tb].start, toks[i - 1].end);
	if (hit)
		note_gender(doc, hit, tb, i);
	return STEP_TAKEN;
}

/* The last token of an appositive title after a person's name ending at
 * token j: ", (the) president of the Syrian Arab Republic", ", general
 * secretary of the WPK and president of ..." (*first: its first word); j
 * if none. The bodies named inside are the title's, no mentions. */
static uint32_t appositive_title(const kcna_doc *doc, uint32_t j, uint32_t *first)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, a = j + 2;
	if (a + 1 >= n || !tok_punct(&toks[j + 1], ','))
		return j;
	a += tok_is(doc, &toks[a], "the");
	uint32_t e = title_run_end(doc, a);
	if (e == UINT32_MAX)
		return j;
	uint32_t body = of_name_end(doc, e);
	*first = a;
	return body == UINT32_MAX ? e : more_titles(doc, body);
}

/* A person of several capitalised words, with surname and title. */
static int person_name(kcna_doc *doc, uint32_t i, uint32_t j, uint32_t tb, uint32_t *end)
{
	token *toks = doc->seg.toks.items, *t = &toks[i];
	kcna_speaker *s = kcna_speaker_for_name(doc, t->start, toks[j].end, KCNA_SPEAKER_PERSON);
	if (!s)
		return STEP_FAILED;
	if (!s->surname) {
		const token *sur = (t->cls & LX_ASIAN_SURNAME) ? t : &toks[j];
		if (!(t->cls & LX_ASIAN_SURNAME)) {
			/* last name part, whole: "Al-Assad", "O'Neill" */
			uint32_t k = j;
			while (k > i && (tok_punct(&toks[k - 1], '-') ||
			                 (tok_apostrophe(&toks[k - 1]) && !(toks[k - 1].flags & TF_SPACE_BEFORE))))
				k -= 2;
			sur = &toks[k];
		}
		uint32_t sur_end = sur == t ? sur->end : toks[j].end;
		s->surname = name_key(&doc->mem, tok_text(doc, sur), sur_end - sur->start);
	}
	if (tb < i && !s->title)
		s->title = kcna_text_span_string(&doc->txt, &doc->mem, toks[tb].start, toks[i - 1].end);
	uint32_t a = 0, e = appositive_title(doc, j, &a);
	if (!s->title && e > j) /* "Bashar Al-Assad, president of the Syrian Arab Republic" */
		s->title = kcna_text_span_string(&doc->txt, &doc->mem, toks[a].start, toks[e].end);
	note_gender(doc, s, tb, i);
	*end = e;
	return add_mention(doc, i, j, t->start, toks[j].end, s, RULE_PERSON) ? STEP_TAKEN : STEP_FAILED;
}

/* A capitalised common word that opens a person's name ("to To Lam,
 * general secretary ...", "to Jan Lipavsky, foreign minister ..."): inside a
 * sentence, before name words that an appositive title follows, and not a
 * month after a word of time ("in May Kim Jong Un, ..."). */
static int opens_titled_name(const kcna_doc *doc, uint32_t i)
{
	static const char *const PARTY_WORDS[] = {"to", "from", "and", "with", "by"};
	const token *toks = doc->seg.toks.items, *t = &toks[i];
	uint32_t n = (uint32_t)doc->seg.toks.count;
	if (t->kind != TK_WORD || !(t->flags & TF_CAP) || (t->flags & (TF_SENT_START | TF_IN_QUOTE)) || !t->lex ||
	    i == 0 || i + 2 >= n || !kcna_is_name_word(&toks[i + 1]) || (toks[i + 1].flags & TF_SENT_START))
		return 0;
	if ((t->cls & (LX_MONTH | LX_WEEKDAY | LX_DATEWORD)) &&
	    !tok_in(doc, &toks[i - 1], PARTY_WORDS, sizeof PARTY_WORDS / sizeof PARTY_WORDS[0]))
		return 0;
	const alias_def *other = NULL;
	if (known_at(doc, &toks[i + 1], &other))
		return 0;
	uint32_t j = i + 1;
	while (j + 1 < n && j < i + 4 && kcna_is_name_word(&toks[j + 1]))
		j++;
	uint32_t k = j + 1;
	if (k + 1 >= n || !tok_punct(&toks[k], ','))
		return 0;
	k++;
	if (tok_is(doc, &toks[k], "the") && k + 1 < n)
		k++;
	return title_run_end(doc, k) != UINT32_MAX;
}

/* Whether capitalised word p, which the lexicon knows only as a function
 * or holiday word ("New"), opens the name that starts at t: inside a
 * sentence, right before it. */
static int opens_name(const kcna_doc *doc, const token *p, const token *t)
{
	return p->kind == TK_WORD && (p->flags & TF_CAP) && !(p->flags & (TF_SENT_START | TF_IN_QUOTE)) &&
	       (t->flags & TF_SPACE_BEFORE) && same_para(doc, p, t) && p->lex &&
	       (p->cls & ~(uint32_t)(LX_STOP | LX_HOLIDAY)) == 0 && (p->cls & LX_HOLIDAY) &&
	       doc->mn.tok_mention[p - doc->seg.toks.items] < 0;
}

/* Whether the capitalised run ending at token j qualifies the title
 * words after it, which a name follows: "Senate Minority Leader Harry
 * Reid", "Respected Comrade Kim ...". Not a body's name, which is a
 * speaker of its own ("Foreign Ministry Spokesman Kim", "Workers' Party of
 * Korea General Secretary ..."). */
enum { TITLE_WORDS_MAX = 3 };

static int title_prefix(const kcna_doc *doc, uint32_t j)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count, k = j + 1;
	int body = 0;
	if ((toks[j].cls & LX_ORGWORD) || org_end(doc, j, &body) != j)
		return 0;
	while (k < n && k <= j + TITLE_WORDS_MAX && toks[k].kind == TK_WORD && (toks[k].flags & TF_CAP) &&
	       (toks[k].cls & LX_TITLE) && !(toks[k].flags & (TF_IN_QUOTE | TF_SENT_START)) && same_para(doc, &toks[j], &toks[k]))
		k++;
	return k > j + 1 && k < n && kcna_is_name_word(&toks[k]) && (toks[k].flags & TF_SPACE_BEFORE) &&
	       same_para(doc, &toks[j], &toks[k]);
}

/* The honorific right before token i ("Mr.", "Mrs", "Dr."), whose next
 * capitalised word is a surname whatever else it is ("Mr. King", "Mrs.
 * May"): its token, else UINT32_MAX. */
static uint32_t honorific_before(const kcna_doc *doc, uint32_t i)
{
	static const char *const HONORIFICS[] = {"mr", "mrs", "ms", "dr", "miss"};
	const token *toks = doc->seg.toks.items;
	uint32_t h = i >= 2 && tok_punct(&toks[i - 1], '.') ? i - 2 : i - 1;
	if (i == 0 || h >= i || toks[h].kind != TK_WORD || !(toks[h].flags & TF_CAP) || !same_para(doc, &toks[h], &toks[i]) ||
	    !tok_in(doc, &toks[h], HONORIFICS, sizeof HONORIFICS / sizeof HONORIFICS[0]))
		return UINT32_MAX;
	return h;
}

/* 5. an unknown name: capitalised words, hyphenated parts allowed. */
static int unknown_name(kcna_doc *doc, uint32_t i, mention_scan *sc)
{
	size_t n = doc->seg.toks.count;
	token *toks = doc->seg.toks.items, *t = &toks[i];
	uint32_t honorific; /* the cheap tests first: most words are no lexicon word after "Mr." */
	if (t->kind == TK_WORD && (t->flags & TF_CAP) && t->lex && !kcna_is_name_word(t) && !(t->cls & LX_STOP) &&
	    (honorific = honorific_before(doc, i)) != UINT32_MAX && (i + 1 >= n || !kcna_is_name_word(&toks[i + 1]))) {
		sc->free_from = i + 1; /* "Mr. King", "Mrs. May": a surname that is a word too */
		return single_name(doc, i, i, honorific, i + 1 < n && (toks[i + 1].cls & LX_CUE));
	}
	if (opens_titled_name(doc, i)) {
		uint32_t words, j;
		int org;
		j = name_run(doc, i + 1, &words, &org);
		uint32_t end = j;
		int st = org ? STEP_NO : person_name(doc, i, j, i, &end);
		if (st == STEP_TAKEN)
			sc->free_from = end + 1;
		if (st != STEP_NO)
			return st;
	}
	if (!kcna_is_name_word(t) &&
	    !(t->kind == TK_WORD && (t->flags & TF_CAP) && t->lex && (t->cls & LX_ORGWORD) && !(t->cls & LX_STOP)))
		return STEP_NO;
	/* the tail of a designation glued to a number ("AH-64E Apache",
	 * "AIM-9X"): a lone capital, no name's start */
	if (i > 0 && !(t->flags & TF_SPACE_BEFORE) && toks[i - 1].kind == TK_NUM && t->end - t->start == 1)
		return STEP_NO;
	uint32_t words;
	int org;
	uint32_t j = name_run(doc, i, &words, &org);
	if (words >= 2 && i > sc->free_from && i > 0 && opens_name(doc, &toks[i - 1], t)) {
		i--; /* "The New York Times": a holiday's first word inside a name */
		t = &toks[i];
		words++;
	}
	kcna_speaker_kind kind = KCNA_SPEAKER_NONE;
	int rule = RULE_ORGANIZATION;
	if (is_credit(doc, i, j) || title_prefix(doc, j) || work_title(doc, i)) {
		sc->free_from = j + 1;
		return STEP_TAKEN;
	}
	if (i < kcna_dateline_end(doc) && i > 0 && tok_punct(&toks[i - 1], '('))
		kind = KCNA_SPEAKER_MEDIA, rule = RULE_AGENCY; /* a dateline's: "Seoul, Dec 27 (NationPress)" */
	else {
		/* "Joint Chiefs of Staff": a run that a body's name continues */
		int body = 0;
		uint32_t end = org_end(doc, j, &body);
		if (org || body) {
			/* a paper: "Rodong Sinmun", "Korea Herald"; an "agency" only with
			 * another press word ("Korean Central News Agency", not "Atomic
			 * Energy Agency") */
			int media = (toks[j].cls & LX_MEDIAWORD) && end == j;
			if (media && (toks[j].cls & LX_ORGWORD) && tok_lex(&toks[j])->val == ORGWORD_PRESS_ONLY_BESIDE_PRESS) {
				media = 0;
				for (uint32_t k = i; k < j && !media; k++)
					media = (toks[k].cls & LX_MEDIAWORD) != 0;
			}
			kind = media ? KCNA_SPEAKER_MEDIA : KCNA_SPEAKER_ORGANIZATION;
			rule = media ? RULE_PAPER : RULE_ORGANIZATION;
			i = org_start(doc, i, sc->free_from); /* "Korea Herald", "Joint Chiefs of Staff" from their start */
			j = end;
			t = &toks[i];
		}
	}
	if (kind != KCNA_SPEAKER_NONE) {
		kcna_speaker *s = kcna_speaker_for_name(doc, t->start, toks[j].end, kind);
		if (!s || !add_mention(doc, i, j, t->start, toks[j].end, s, rule))
			return STEP_FAILED;
		sc->free_from = j + 1;
		return STEP_TAKEN;
	}
	if (tok_para(doc, t) != sc->headline_para) {
		sc->headline_para = tok_para(doc, t);
		sc->headline = tok_para(doc, t) == 0 ? kcna_is_headline(doc, i) : paragraph_is_headline(doc, i);
	}
	if (sc->headline)
		return STEP_TAKEN;
	uint32_t tb = title_before(doc, i);
	if (words < 2) {
		sc->free_from = j + 1; /* "O'Neill", "Al-Assad": one word */
		/* a cue after it, or an inverted one before it after a quote
		 * ('"...," said Smith.') */
		int cued = (j + 1 < n && (toks[j + 1].cls & LX_CUE)) ||
		           (i >= 2 && (toks[i - 1].cls & LX_CUE) && toks[i - 2].kind == TK_PUNCT &&
		            (toks[i - 2].flags & TF_IN_QUOTE) == 0 && (j + 1 >= n || toks[j + 1].kind == TK_PUNCT) &&
		            !(j + 2 < n && tok_punct(&toks[j + 1], '.') && kcna_is_name_word(&toks[j + 2]) &&
		              same_para(doc, &toks[j + 2], t))); /* not "said Del. Stacey Plaskett" */
		return single_name(doc, i, j, tb, cued);
	}
	if (attributive_run(doc, i, j)) {
		sc->free_from = j + 1; /* "a Gold Star mother" */
		return STEP_TAKEN;
	}
	if (toks[j].cls & LX_EVENT) {
		sc->free_from = j + 1; /* "the Gaza Strip", "the Asian Games" */
		return STEP_TAKEN;
	}
	uint32_t end = j;
	int st = person_name(doc, i, j, tb, &end);
	if (st == STEP_TAKEN)
		sc->free_from = end + 1;
	return st;
}

/* A line that is only a known medium's name ("Rodong Sinmun" heading a
 * press review's section): a mention though it looks like furniture. */
static int media_heading(const kcna_doc *doc, uint32_t i)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	const alias_def *al = NULL;
	if ((i > 0 && same_para(doc, &toks[i - 1], &toks[i])) || !known_at(doc, &toks[i], &al) ||
	    doc->parser->entities.items[al->entity].kind != KCNA_SPEAKER_MEDIA)
		return 0;
	uint32_t end = known_at(doc, &toks[i], &al), j = i;
	while (j + 1 < n && toks[j + 1].start < end)
		j++;
	return j + 1 >= n || !same_para(doc, &toks[j + 1], &toks[i]);
}

static int index_mentions(kcna_doc *doc)
{
	size_t n = doc->seg.toks.count;
	token *toks = doc->seg.toks.items;
	doc->mn.tok_mention = kcna_arena_alloc(&doc->mem, (n + 1) * sizeof *doc->mn.tok_mention);
	doc->mn.entity_speaker = kcna_arena_alloc(&doc->mem, (doc->parser->entities.count + 1) * sizeof *doc->mn.entity_speaker);
	if (!doc->mn.tok_mention || !doc->mn.entity_speaker)
		return 0;
	memset(doc->mn.tok_mention, 0xFF, n * sizeof *doc->mn.tok_mention); /* all -1 */
	doc->mn.first_para_headline = -1;
	mention_scan sc = {0, UINT32_MAX, UINT32_MAX, 0, -1};
	/* most words are lowercase and none of the kinds the steps read: the
	 * tokenizer lists only the others */
	for (size_t cue = 0; cue < doc->seg.mention_cues.count; cue++) {
		uint32_t i = doc->seg.mention_cues.items[cue];
		if (i < sc.free_from)
			continue;
		if (tok_para(doc, &toks[i]) != sc.furniture_para) {
			sc.furniture_para = tok_para(doc, &toks[i]);
			sc.furniture = is_furniture(doc, i);
		}
		if (sc.furniture && !media_heading(doc, i))
			continue;
		int st = title_phrase(doc, i, &sc);
		if (st == STEP_NO)
			st = known_mention(doc, i, &sc);
		if (st == STEP_NO)
			st = generic_mention(doc, i, &sc);
		if (st == STEP_NO)
			st = unknown_name(doc, i, &sc);
		if (st == STEP_FAILED)
			return 0;
	}
	return !doc->mem.failed;
}

/* ---------- resolution: pronouns and descriptions, read when attributing ---------- */

/* Whether sentence st opens with a participle ("Recollecting ...,",
 * "Saying that ...,"): the names before its main clause are not its
 * subject. */
static int opens_with_participle(const kcna_doc *doc, uint32_t st)
{
	const token *t = &doc->seg.toks.items[doc->seg.sent_first_tok.items[st]];
	return t->kind == TK_WORD && (t->flags & TF_CAP) && t->end - t->start > 5 &&
	       memcmp(doc->txt.buf + t->end - 3, "ing", 3) == 0;
}

/* The nearest person named before mention index mi: first in its own
 * sentence, else the subject of the latest sentence naming one. */
static kcna_speaker *resolve_back(const kcna_doc *doc, size_t mi, const char *role)
{
	const mention *ms = doc->mn.mentions.items;
	const token *toks = doc->seg.toks.items;
	kcna_speaker *best = NULL;
	uint32_t best_sent = UINT32_MAX;
	size_t looked = 0;
	/* "he" is no one a title showed to be a woman, "she" no man */
	const token *own = &toks[ms[mi].first_tok];
	int gender = ms[mi].is_pronoun && (own->cls & LX_PRONOUN) ? tok_lex(own)->val : 0;
	int participle = ms[mi].is_pronoun && opens_with_participle(doc, own->sent);
	for (size_t k = mi; k-- > 0 && looked < 400; looked++) {
		const mention *m = &ms[k];
		kcna_speaker *s = m->speaker;
		uint32_t st = toks[m->first_tok].sent;
		if (participle && st == own->sent)
			continue; /* "Saying that ... Kim Il Sung ..., he stressed" */
		if (!s && m->is_pronoun && gender && st != own->sent &&
		    (opens_with_participle(doc, st) || m->first_tok == doc->seg.sent_first_tok.items[st]) &&
		    (toks[m->first_tok].cls & LX_PRONOUN) && tok_lex(&toks[m->first_tok])->val == gender) {
			/* "He received baskets from the president of ...", "Recollecting
			 * ... Kim Il Sung ..., he placed flowers": that sentence's
			 * subject is its "he", resolved already (resolve_pronouns) */
			kcna_speaker *chained = m->has_antecedent ? m->antecedent : NULL;
			if (chained)
				return chained;
		}
		if (!s || s->kind != KCNA_SPEAKER_PERSON || (toks[m->first_tok].flags & TF_IN_QUOTE))
			continue;
		if ((gender == 1 || gender == 2) && s->gender && s->gender != gender)
			continue;
		if (role && !title_has(s, role))
			continue;
		if (best && st != best_sent)
			break; /* earlier mention of the best sentence found: done */
		best = s;
		best_sent = st;
	}
	return best;
}

/* Every pronoun's antecedent, in text order, once the quotes are known (a
 * name inside a quotation is no antecedent): a sentence's "He" then finds
 * the one before it resolved, so a chain of "He said ..." sentences costs
 * one look-back each, not one per link. */
int kcna_resolve_pronouns(kcna_doc *doc)
{
	for (size_t mi = 0; mi < doc->mn.mentions.count; mi++) {
		mention *m = &doc->mn.mentions.items[mi];
		if (m->is_pronoun) {
			m->antecedent = resolve_back(doc, mi, NULL);
			m->has_antecedent = 1;
		}
	}
	return 1;
}

/* The medium named last before token tok, outside the dateline (within
 * MEDIUM_REACH tokens): the paper "the paper" or "an article" is. */
enum { MEDIUM_REACH = 400 };

kcna_speaker *kcna_medium_before(const kcna_doc *doc, uint32_t tok)
{
	const int32_t *tm = doc->mn.tok_mention;
	for (uint32_t k = tok; k-- > kcna_dateline_end(doc) && tok - k < MEDIUM_REACH;) {
		kcna_speaker *s = tm[k] < 0 ? NULL : doc->mn.mentions.items[tm[k]].speaker;
		if (s && s->kind == KCNA_SPEAKER_MEDIA)
			return s;
	}
	return NULL;
}

/* The latest organisation named before mention index mi whose name holds
 * the word role ("the ministry" -> "unification ministry"). */
static kcna_speaker *resolve_body(const kcna_doc *doc, size_t mi, const char *role)
{
	size_t rl = strlen(role);
	size_t looked = 0;
	for (size_t k = mi; k-- > 0 && looked < 400; looked++) {
		kcna_speaker *s = doc->mn.mentions.items[k].speaker;
		if (!s || s->kind != KCNA_SPEAKER_ORGANIZATION)
			continue;
		for (const char *p = s->name; *p; p++) {
			if ((p == s->name || p[-1] == ' ') && strncasecmp(p, role, rl) == 0 &&
			    (p[rl] == 0 || p[rl] == ' ' || p[rl] == '\''))
				return s;
		}
	}
	return NULL;
}

/* The speaker a mention names: its own, or for a pronoun or description
 * ("he", "the minister", "the ministry") the one it refers back to. */
kcna_speaker *kcna_mention_speaker(const kcna_doc *doc, const mention *m)
{
	if (m->speaker)
		return m->speaker;
	size_t mi = (size_t)(m - doc->mn.mentions.items);
	if (m->is_pronoun)
		return m->has_antecedent ? m->antecedent : resolve_back(doc, mi, NULL);
	if (m->is_description) {
		char role[ROLE_MAX];
		const token *t = &doc->seg.toks.items[m->role_tok];
		if (!role_word(doc, t, role))
			return resolve_back(doc, mi, NULL);
		/* "the paper" is the medium named last; "the media" are the press
		 * at large, no one outlet */
		if (m->role_is_body && (t->cls & LX_MEDIAWORD))
			return tok_is(doc, t, "media") ? NULL : kcna_medium_before(doc, m->first_tok);
		if (m->role_is_body)
			return resolve_body(doc, mi, role);
		kcna_speaker *s = resolve_back(doc, mi, role);
		/* a bare "the minister" is whoever was named last; "the NATO
		 * secretary general" says more than that */
		return s || m->first_tok < m->role_tok ? s : resolve_back(doc, mi, NULL);
	}
	return NULL;
}

int kcna_find_mentions(kcna_doc *doc)
{
	return index_mentions(doc);
}
