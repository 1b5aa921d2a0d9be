/* Public handles and accessors: the parser (configuration), kcna_parse (runs
 * the pipeline) and the document that owns every result. */
#include <stdlib.h>
#include <sched.h>
#include <stdatomic.h>
#include <string.h>
#include <unicode/ubrk.h>
#include "internal.h"
#include "calendar.h"

/* ---------- library ---------- */
const char *kcna_version(void)
{
	return KCNAPARSE_VERSION_STRING;
}

int kcna_version_number(void)
{
	return KCNAPARSE_VERSION_MAJOR * 10000 + KCNAPARSE_VERSION_MINOR * 100 + KCNAPARSE_VERSION_PATCH;
}

const char *kcna_strerror(kcna_status status)
{
	switch (status) {
	case KCNA_OK: return "success";
	case KCNA_E_INVALID_ARG: return "invalid argument";
	case KCNA_E_NOMEM: return "out of memory";
	case KCNA_E_TOO_LARGE: return "input larger than the parser's limit";
	case KCNA_E_BAD_DATE: return "reference date is not a valid YYYY-MM-DD date";
	case KCNA_E_NOT_FOUND: return "no such item";
	case KCNA_E_STATE: return "the parser is frozen: it was configured after its first parse";
	case KCNA_E_BAD_NAME: return "a name is empty, not valid UTF-8, holds control characters or starts with punctuation";
	}
	return "unknown status";
}

static void *std_malloc(size_t n, void *u)
{
	(void)u;
	return malloc(n);
}
static void *std_realloc(void *p, size_t n, void *u)
{
	(void)u;
	return realloc(p, n);
}
static void std_free(void *p, void *u)
{
	(void)u;
	free(p);
}

/* ---------- parser ---------- */
int kcna_parse_iso_date(const char *s, int *y, int *m, int *d)
{
	if (!s)
		return 0;
	for (int i = 0; i < 10; i++) /* stops at a NUL: no byte past the string is read */
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	if (s[10] != 0)
		return 0;
	*y = atoi(s);
	*m = atoi(s + 5);
	*d = atoi(s + 8);
	return *y >= 1 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= kcna_days_in_month(*y, *m);
}

kcna_status kcna_parser_new_with_allocator(const kcna_allocator *alloc, kcna_parser **out)
{
	if (!out)
		return KCNA_E_INVALID_ARG;
	*out = NULL;
	kcna_allocator a = {std_malloc, std_realloc, std_free, NULL};
	if (alloc) {
		if (!alloc->malloc_fn || !alloc->realloc_fn || !alloc->free_fn)
			return KCNA_E_INVALID_ARG;
		a = *alloc;
	}
	kcna_parser *p = kcna_alloc_(&a, sizeof *p);
	if (!p)
		return KCNA_E_NOMEM;
	memset(p, 0, sizeof *p);
	p->alloc = a;
	atomic_init(&p->refs, 1);
	atomic_init(&p->state, PARSER_CONFIGURING);
	kcna_arena_init(&p->mem, &a, NULL);
	kcna_chunk_cache_init(&p->chunks);
	p->max_input = 256u << 20;
	p->lex = kcna_lexicon_new(&a);
	if (!p->lex)
		goto nomem;
	size_t nk;
	const known_entity *k = kcna_known_entities(&nk);
	for (size_t i = 0; i < nk; i++) {
		entity_def e = {k[i].name, k[i].kind, k[i].title, k[i].descriptions};
		if (!kcna_entity_add(p, e) || !kcna_alias_add_list(p, (uint32_t)i, k[i].aliases, 0) ||
		    !kcna_alias_add_list(p, (uint32_t)i, k[i].descriptions, 1))
			goto nomem;
	}
	kcna_sentence_rules_init(p); /* without ICU data, paragraphs stand in for sentences */
	*out = p;
	return KCNA_OK;
nomem:
	kcna_parser_free(p);
	return KCNA_E_NOMEM;
}

kcna_status kcna_parser_new(kcna_parser **out)
{
	return kcna_parser_new_with_allocator(NULL, out);
}

static void parser_destroy(kcna_parser *p)
{
	if (p->sentence_template)
		ubrk_close(p->sentence_template);
	kcna_lexicon_free(p->lex, &p->alloc);
	kcna_arena_release(&p->mem);
	kcna_chunk_cache_release(&p->chunks, &p->alloc);
	kcna_allocator a = p->alloc;
	kcna_dealloc_(&a, p);
}

void kcna_parser_release(kcna_parser *p)
{
	if (p && atomic_fetch_sub_explicit(&p->refs, 1, memory_order_acq_rel) == 1)
		parser_destroy(p);
}

void kcna_parser_free(kcna_parser *p)
{
	kcna_parser_release(p);
}

/* A state word doubles as the configuration lock: a setter holds
 * PARSER_EDITING while it writes, and the first parse moves
 * PARSER_CONFIGURING to PARSER_FROZEN through PARSER_FREEZING. Contention
 * only happens on misuse (configuring while parsing), so waiting yields. */
enum { PARSER_EDITING = PARSER_FROZEN + 1 };

static kcna_status begin_edit(kcna_parser *p)
{
	for (;;) {
		int expect = PARSER_CONFIGURING;
		if (atomic_compare_exchange_weak_explicit(&p->state, &expect, PARSER_EDITING, memory_order_acquire,
		                                          memory_order_acquire))
			return KCNA_OK;
		if (expect == PARSER_FROZEN || expect == PARSER_FREEZING)
			return KCNA_E_STATE;
		if (expect == PARSER_EDITING)
			sched_yield();
	}
}

static kcna_status end_edit(kcna_parser *p, kcna_status st)
{
	atomic_store_explicit(&p->state, PARSER_CONFIGURING, memory_order_release);
	return st;
}

int kcna_parser_acquire(kcna_parser *p)
{
	for (;;) {
		int expect = PARSER_CONFIGURING;
		/* acquire on failure too: a thread that finds FROZEN reads the
		 * index the freezing thread built */
		if (atomic_compare_exchange_weak_explicit(&p->state, &expect, PARSER_FREEZING, memory_order_acquire,
		                                          memory_order_acquire)) {
			int ok = kcna_aliases_index(p);
			atomic_store_explicit(&p->state, ok ? PARSER_FROZEN : PARSER_CONFIGURING, memory_order_release);
			if (!ok)
				return 0;
			expect = PARSER_FROZEN;
		}
		if (expect == PARSER_FROZEN) {
			atomic_fetch_add_explicit(&p->refs, 1, memory_order_relaxed);
			return 1;
		}
		if (expect != PARSER_CONFIGURING)
			sched_yield(); /* another thread is freezing it, or (misuse) configuring it */
	}
}

kcna_status kcna_parser_set_reference_date(kcna_parser *p, const char *iso_date)
{
	if (!p)
		return KCNA_E_INVALID_ARG;
	int y = 0, m = 0, d = 0;
	if (iso_date && !kcna_parse_iso_date(iso_date, &y, &m, &d))
		return KCNA_E_BAD_DATE;
	kcna_status st = begin_edit(p);
	if (st)
		return st;
	p->has_ref = iso_date != NULL;
	p->ref_y = y;
	p->ref_m = m;
	p->ref_d = d;
	return end_edit(p, KCNA_OK);
}

kcna_status kcna_parser_set_options(kcna_parser *p, unsigned options)
{
	if (!p || (options & ~(KCNA_OPT_TIMEX3 | KCNA_OPT_NO_HTML_ENTITIES | KCNA_OPT_ALL_TEMPORAL |
	                       KCNA_OPT_DATE_ORDER_DMY | KCNA_OPT_RULE_ATTRIBUTION)))
		return KCNA_E_INVALID_ARG;
	kcna_status st = begin_edit(p);
	if (st)
		return st;
	p->options = options;
	return end_edit(p, KCNA_OK);
}

kcna_status kcna_parser_set_max_input(kcna_parser *p, size_t max_bytes)
{
	if (!p)
		return KCNA_E_INVALID_ARG;
	kcna_status st = begin_edit(p);
	if (st)
		return st;
	p->max_input = max_bytes;
	return end_edit(p, KCNA_OK);
}

/* A name the caller hands in: non-empty valid UTF-8 without control
 * characters, starting with a letter, digit or non-ASCII character. */
static int valid_alias_name(const char *s)
{
	if (!s || !*s)
		return 0;
	unsigned char c = (unsigned char)s[0];
	int starts_ok = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
	return starts_ok && kcna_text_is_clean_utf8(s, strlen(s));
}

static kcna_status add_alias_locked(kcna_parser *p, const char *canonical, const char *alias)
{
	uint32_t entity = kcna_entity_find(p, canonical);
	if (entity == UINT32_MAX) {
		entity_def e = {kcna_arena_strndup(&p->mem, canonical, strlen(canonical)), KCNA_SPEAKER_PERSON, NULL, NULL};
		entity = (uint32_t)p->entities.count;
		if (!e.name || !kcna_entity_add(p, e) || !kcna_alias_add(p, entity, canonical, strlen(canonical), 0))
			return KCNA_E_NOMEM;
	}
	return kcna_alias_add(p, entity, alias, strlen(alias), 0) ? KCNA_OK : KCNA_E_NOMEM;
}

kcna_status kcna_parser_add_alias(kcna_parser *p, const char *canonical, const char *alias)
{
	return kcna_parser_add_aliases(p, &canonical, &alias, 1, NULL);
}

kcna_status kcna_parser_add_aliases(kcna_parser *p, const char *const *canonical, const char *const *aliases,
                                    size_t count, size_t *bad_index)
{
	if (bad_index)
		*bad_index = 0;
	if (!p || (count && (!canonical || !aliases)))
		return KCNA_E_INVALID_ARG;
	for (size_t i = 0; i < count; i++)
		if (!valid_alias_name(canonical[i]) || !valid_alias_name(aliases[i])) {
			if (bad_index)
				*bad_index = i;
			return KCNA_E_BAD_NAME;
		}
	kcna_status st = begin_edit(p);
	if (st)
		return st;
	for (size_t i = 0; i < count && !st; i++)
		if ((st = add_alias_locked(p, canonical[i], aliases[i])) && bad_index)
			*bad_index = i;
	return end_edit(p, st);
}

/* ---------- parsing ---------- */
/* What only the stages read: the tokens, the token-to-mention map and the
 * tokenizer's cue lists (over half of a parse's memory). The results
 * (spans, text, speakers) never refer to them, so they go before the
 * document reaches the caller. */
static void release_internals(kcna_doc *doc)
{
	void *blocks[] = {doc->seg.toks.items,      doc->mn.tok_mention,        doc->seg.sent_cues.items,
	                  doc->seg.date_cues.items, doc->seg.mention_cues.items, doc->seg.quote_cues.items,
	                  doc->seg.speech_cues.items};
	for (size_t k = 0; k < sizeof blocks / sizeof blocks[0]; k++)
		kcna_arena_free_block(&doc->mem, blocks[k]);
	memset(&doc->seg.toks, 0, sizeof doc->seg.toks);
	memset(&doc->seg.sent_cues, 0, sizeof doc->seg.sent_cues);
	memset(&doc->seg.date_cues, 0, sizeof doc->seg.date_cues);
	memset(&doc->seg.mention_cues, 0, sizeof doc->seg.mention_cues);
	memset(&doc->seg.quote_cues, 0, sizeof doc->seg.quote_cues);
	memset(&doc->seg.speech_cues, 0, sizeof doc->seg.speech_cues);
	doc->mn.tok_mention = NULL;
}

kcna_status kcna_parse_dated(const kcna_parser *cp, const char *utf8, size_t len, const char *reference_date,
                             kcna_doc **out)
{
	if (!out)
		return KCNA_E_INVALID_ARG;
	*out = NULL;
	if (!cp || (!utf8 && len))
		return KCNA_E_INVALID_ARG;
	int y = 0, m = 0, d = 0;
	if (reference_date && !kcna_parse_iso_date(reference_date, &y, &m, &d))
		return KCNA_E_BAD_DATE;
	/* Parsing changes no setting: only the reference count and, once, the
	 * freeze (both atomic) write to the parser. */
	kcna_parser *p = (kcna_parser *)cp;
	if (!kcna_parser_acquire(p))
		return KCNA_E_NOMEM;
	/* offsets are 32-bit: KCNA_MAX_INPUT is the limit even when max_input is 0 */
	if ((p->max_input && len > p->max_input) || len > KCNA_MAX_INPUT) {
		kcna_parser_release(p);
		return KCNA_E_TOO_LARGE;
	}
	kcna_doc *doc = kcna_alloc_(&p->alloc, sizeof *doc);
	if (!doc) {
		kcna_parser_release(p);
		return KCNA_E_NOMEM;
	}
	memset(doc, 0, sizeof *doc);
	kcna_arena_init(&doc->mem, &p->alloc, &p->chunks);
	doc->parser = p;
	if (reference_date) {
		doc->has_ref = 1;
		doc->ref_y = y;
		doc->ref_m = m;
		doc->ref_d = d;
	} else if (p->has_ref) {
		doc->has_ref = 1;
		doc->ref_y = p->ref_y;
		doc->ref_m = p->ref_m;
		doc->ref_d = p->ref_d;
	}
	int ok = kcna_text_init(&doc->txt, &doc->mem, utf8 ? utf8 : "", len) && kcna_segment_text(doc) && kcna_find_dates(doc) &&
	         kcna_find_mentions(doc) && kcna_find_quotes(doc) && kcna_resolve_pronouns(doc) &&
	         kcna_attribute_quotes(doc) &&
	         kcna_find_statements(doc) && kcna_attribute_statements(doc) && kcna_find_messages(doc) && !doc->mem.failed;
	if (!ok) {
		kcna_doc_free(doc);
		return KCNA_E_NOMEM;
	}
	if (!p->keep_internals)
		release_internals(doc);
	*out = doc;
	return KCNA_OK;
}

kcna_status kcna_parse(const kcna_parser *p, const char *utf8, size_t len, kcna_doc **out)
{
	return kcna_parse_dated(p, utf8, len, NULL, out);
}

void kcna_doc_free(kcna_doc *doc)
{
	if (!doc)
		return;
	kcna_parser *p = doc->parser;
	kcna_allocator a = doc->mem.alloc;
	kcna_arena_release(&doc->mem);
	kcna_dealloc_(&a, doc);
	kcna_parser_release(p);
}

unsigned kcna_doc_flags(const kcna_doc *doc)
{
	return doc ? doc->txt.flags : 0;
}

const char *kcna_doc_reference_date(const kcna_doc *doc)
{
	return doc && doc->has_ref ? doc->ref_str : NULL;
}

const kcna_date *kcna_doc_dateline(const kcna_doc *doc)
{
	return doc ? doc->dt.dateline : NULL;
}

size_t kcna_doc_speaker_count(const kcna_doc *doc)
{
	return doc ? doc->mn.speakers.count : 0;
}

const kcna_speaker *kcna_doc_speaker(const kcna_doc *doc, size_t i)
{
	return doc && i < doc->mn.speakers.count ? doc->mn.speakers.items[i] : NULL;
}

size_t kcna_doc_quote_count(const kcna_doc *doc)
{
	return doc ? doc->qt.found.count : 0;
}

const kcna_quote *kcna_doc_quote(const kcna_doc *doc, size_t i)
{
	return doc && i < doc->qt.found.count ? &doc->qt.found.items[i] : NULL;
}

size_t kcna_doc_date_count(const kcna_doc *doc)
{
	return doc ? doc->dt.found.count : 0;
}

const kcna_date *kcna_doc_date(const kcna_doc *doc, size_t i)
{
	return doc && i < doc->dt.found.count ? &doc->dt.found.items[i] : NULL;
}

kcna_status kcna_doc_to_json(const kcna_doc *doc, unsigned flags, char **out, size_t *len)
{
	if (!out)
		return KCNA_E_INVALID_ARG;
	*out = NULL;
	if (!doc || (flags & ~KCNA_JSON_PRETTY))
		return KCNA_E_INVALID_ARG;
	return kcna_json_write_doc(doc, flags, out, len) ? KCNA_OK : KCNA_E_NOMEM;
}

/* ---------- speakers ---------- */
size_t kcna_speaker_id(const kcna_speaker *s) { return s ? s->id : 0; }
const char *kcna_speaker_name(const kcna_speaker *s) { return s ? s->name : NULL; }
kcna_speaker_kind kcna_speaker_kind_of(const kcna_speaker *s) { return s ? s->kind : KCNA_SPEAKER_NONE; }
const char *kcna_speaker_title(const kcna_speaker *s) { return s ? s->title : NULL; }
size_t kcna_speaker_alias_count(const kcna_speaker *s) { return s ? s->aliases.count : 0; }

const char *kcna_speaker_alias(const kcna_speaker *s, size_t i)
{
	return s && i < s->aliases.count ? s->aliases.items[i] : NULL;
}

size_t kcna_speaker_mention_count(const kcna_speaker *s) { return s ? s->mentions.count : 0; }

kcna_status kcna_speaker_mention_span(const kcna_speaker *s, size_t i, size_t *start, size_t *end)
{
	if (!s || i >= s->mentions.count || !start || !end)
		return KCNA_E_INVALID_ARG;
	*start = s->mentions.items[i].start;
	*end = s->mentions.items[i].end;
	return KCNA_OK;
}

/* ---------- quotes ---------- */
const char *kcna_quote_text(const kcna_quote *q) { return q ? q->text : NULL; }

kcna_status kcna_quote_span(const kcna_quote *q, size_t *start, size_t *end)
{
	if (!q || !start || !end)
		return KCNA_E_INVALID_ARG;
	*start = q->start;
	*end = q->end;
	return KCNA_OK;
}

const kcna_speaker *kcna_quote_speaker(const kcna_quote *q) { return q ? q->speaker : NULL; }
const char *kcna_quote_cue(const kcna_quote *q) { return q ? q->cue : NULL; }
const char *kcna_quote_source(const kcna_quote *q) { return q ? q->source : NULL; }
kcna_quote_kind kcna_quote_kind_of(const kcna_quote *q) { return q ? q->kind : KCNA_QUOTE_NONE; }
double kcna_quote_confidence(const kcna_quote *q) { return q ? q->confidence : 0.0; }

/* ---------- statements ---------- */
size_t kcna_doc_statement_count(const kcna_doc *doc) { return doc ? doc->st.found.count : 0; }

const kcna_statement *kcna_doc_statement(const kcna_doc *doc, size_t i)
{
	return doc && i < doc->st.found.count ? &doc->st.found.items[i] : NULL;
}

const kcna_speaker *kcna_doc_author(const kcna_doc *doc) { return doc ? doc->st.author : NULL; }
const char *kcna_statement_text(const kcna_statement *s) { return s ? s->text : NULL; }

kcna_status kcna_statement_span(const kcna_statement *s, size_t *start, size_t *end)
{
	if (!s || !start || !end)
		return KCNA_E_INVALID_ARG;
	*start = s->start;
	*end = s->end;
	return KCNA_OK;
}

const kcna_speaker *kcna_statement_speaker(const kcna_statement *s) { return s ? s->speaker : NULL; }
const char *kcna_statement_cue(const kcna_statement *s) { return s ? s->cue : NULL; }
kcna_statement_kind kcna_statement_kind_of(const kcna_statement *s) { return s ? s->kind : KCNA_STATEMENT_NONE; }
double kcna_statement_confidence(const kcna_statement *s) { return s ? s->confidence : 0.0; }

/* ---------- messages ---------- */
size_t kcna_doc_message_count(const kcna_doc *doc) { return doc ? doc->msg.found.count : 0; }

const kcna_message *kcna_doc_message(const kcna_doc *doc, size_t i)
{
	return doc && i < doc->msg.found.count ? &doc->msg.found.items[i] : NULL;
}

kcna_message_kind kcna_message_kind_of(const kcna_message *m) { return m ? m->kind : KCNA_MESSAGE_NONE; }

kcna_status kcna_message_span(const kcna_message *m, size_t *start, size_t *end)
{
	if (!m || !start || !end)
		return KCNA_E_INVALID_ARG;
	*start = m->start;
	*end = m->end;
	return KCNA_OK;
}

size_t kcna_message_sender_count(const kcna_message *m) { return m ? m->senders.count : 0; }

const kcna_speaker *kcna_message_sender(const kcna_message *m, size_t i)
{
	return m && i < m->senders.count ? m->senders.items[i] : NULL;
}

size_t kcna_message_recipient_count(const kcna_message *m) { return m ? m->recipients.count : 0; }

const kcna_speaker *kcna_message_recipient(const kcna_message *m, size_t i)
{
	return m && i < m->recipients.count ? m->recipients.items[i] : NULL;
}

const kcna_date *kcna_message_date(const kcna_message *m) { return m ? m->date : NULL; }

kcna_status kcna_message_occasion_span(const kcna_message *m, size_t *start, size_t *end)
{
	if (!m || !start || !end)
		return KCNA_E_INVALID_ARG;
	if (!m->has_occasion)
		return KCNA_E_NOT_FOUND;
	*start = m->occasion_start;
	*end = m->occasion_end;
	return KCNA_OK;
}

size_t kcna_message_statement_count(const kcna_message *m) { return m ? m->statements.count : 0; }

const kcna_statement *kcna_message_statement(const kcna_message *m, size_t i)
{
	return m && i < m->statements.count ? &m->doc->st.found.items[m->statements.items[i]] : NULL;
}

/* ---------- dates ---------- */
const char *kcna_date_text(const kcna_date *d) { return d ? d->text : NULL; }

kcna_status kcna_date_span(const kcna_date *d, size_t *start, size_t *end)
{
	if (!d || !start || !end)
		return KCNA_E_INVALID_ARG;
	*start = d->start;
	*end = d->end;
	return KCNA_OK;
}

kcna_date_type kcna_date_type_of(const kcna_date *d) { return d ? d->type : KCNA_DATE_NONE; }
const char *kcna_date_value(const kcna_date *d) { return d ? d->value : NULL; }
int kcna_date_resolved(const kcna_date *d) { return d && d->value && !strchr(d->value, 'X') && !strstr(d->value, "_REF"); }
int kcna_date_year(const kcna_date *d) { return d ? d->year : -1; }
int kcna_date_month(const kcna_date *d) { return d ? d->month : -1; }
int kcna_date_day(const kcna_date *d) { return d ? d->day : -1; }
const char *kcna_date_end_value(const kcna_date *d) { return d ? d->end_value : NULL; }
kcna_date_mod kcna_date_modifier(const kcna_date *d) { return d ? d->mod : KCNA_MOD_NONE; }

kcna_status kcna_date_anchor_span(const kcna_date *d, size_t *start, size_t *end)
{
	if (!d || !start || !end)
		return KCNA_E_INVALID_ARG;
	if (!d->has_anchor)
		return KCNA_E_NOT_FOUND;
	*start = d->anchor_start;
	*end = d->anchor_end;
	return KCNA_OK;
}
