/* Public handles and accessors: the parser (configuration), kcna_parse (runs
 * the pipeline) and the document that owns every result. */
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include "internal.h"

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
int parse_iso_date(const char *s, int *y, int *m, int *d)
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
	return *y >= 1 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= days_in_month(*y, *m);
}

static void first_word_lower(const char *text, char *out, size_t n)
{
	size_t i = 0;
	for (; text[i] && text[i] != ' ' && text[i] != '-' && i + 1 < n; i++)
		out[i] = ascii_lower(text[i]);
	out[i] = 0;
	/* a possessive first word ("kim's sister") is looked up as "kim" */
	char *ap = strchr(out, '\'');
	if (ap)
		*ap = 0;
}

/* Whether two aliases match the same text: case aside, and a run of
 * spaces and hyphens as one separator (as match_alias reads them). */
static int same_alias_text(const char *a, const char *b)
{
	for (;;) {
		int sep_a = *a == ' ' || *a == '-', sep_b = *b == ' ' || *b == '-';
		if (sep_a != sep_b)
			return 0;
		if (sep_a) {
			while (*a == ' ' || *a == '-')
				a++;
			while (*b == ' ' || *b == '-')
				b++;
			continue;
		}
		if (ascii_lower(*a) != ascii_lower(*b))
			return 0;
		if (!*a)
			return 1;
		a++;
		b++;
	}
}

static int add_alias_def(kcna_parser *p, uint32_t entity, const char *text, size_t len, int is_description)
{
	alias_def a;
	memset(&a, 0, sizeof a);
	a.text = arena_strndup(&p->mem, text, len);
	if (!a.text)
		return 0;
	first_word_lower(a.text, a.first, sizeof a.first);
	size_t fl = strlen(a.first);
	if (a.text[fl] == ' ' || a.text[fl] == '-') { /* a prefilter for the look-up */
		const char *w = a.text + fl;
		while (*w == ' ' || *w == '-')
			w++;
		for (; a.second_len < 8 && ((*w | 32) >= 'a' && (*w | 32) <= 'z'); w++, a.second_len++)
			a.second_key |= (uint64_t)(unsigned char)(*w | 32) << (8 * a.second_len);
	}
	a.entity = entity;
	a.is_description = is_description;
	/* "Kim Jong-un" and "Kim Jong-Un" match the same text: keep one */
	for (size_t i = 0; i < p->aliases.count; i++) {
		const alias_def *o = &p->aliases.items[i];
		if (o->entity == entity && o->is_description == is_description && same_alias_text(o->text, a.text))
			return 1;
	}
	if (!VEC_PUSH(&p->mem, &p->aliases, a))
		return 0;
	/* keep sorted by first word (insertion: tables are small) */
	alias_def *v = p->aliases.items;
	for (size_t i = p->aliases.count - 1; i > 0 && strcmp(v[i - 1].first, v[i].first) > 0; i--) {
		alias_def t = v[i];
		v[i] = v[i - 1];
		v[i - 1] = t;
	}
	return 1;
}

/* The first-word index over the sorted aliases, rebuilt after each change
 * (its table only grows, so repeated additions stay within memory). */
static int index_aliases(kcna_parser *p)
{
	size_t cap = 16;
	while (cap < p->aliases.count * 4)
		cap <<= 1;
	if (!p->alias_index || cap > p->alias_index_mask + 1) {
		p->alias_index = arena_alloc(&p->mem, cap * sizeof *p->alias_index);
		if (!p->alias_index)
			return 0;
	} else {
		cap = p->alias_index_mask + 1;
	}
	memset(p->alias_index, 0, cap * sizeof *p->alias_index);
	memset(p->alias_first_bits, 0, sizeof p->alias_first_bits);
	p->alias_index_mask = cap - 1;
	for (size_t i = 0; i < p->aliases.count;) {
		size_t j = i + 1;
		while (j < p->aliases.count && strcmp(p->aliases.items[j].first, p->aliases.items[i].first) == 0)
			j++;
		uint32_t h = lexicon_hash(p->aliases.items[i].first, strlen(p->aliases.items[i].first));
		size_t slot = h & p->alias_index_mask;
		while (p->alias_index[slot].hi)
			slot = (slot + 1) & p->alias_index_mask;
		p->alias_index[slot] = (alias_range){h, (uint32_t)i, (uint32_t)j};
		word_filter_add(p->alias_first_bits, ALIAS_FILTER_WORDS, h);
		i = j;
	}
	return 1;
}

const alias_range *alias_range_for(const kcna_parser *p, uint32_t hash)
{
	for (size_t slot = hash & p->alias_index_mask; p->alias_index[slot].hi;
	     slot = (slot + 1) & p->alias_index_mask)
		if (p->alias_index[slot].hash == hash)
			return &p->alias_index[slot];
	return NULL;
}

static int add_list(kcna_parser *p, uint32_t entity, const char *list, int is_description)
{
	while (list && *list) {
		const char *bar = strchr(list, '|');
		size_t n = bar ? (size_t)(bar - list) : strlen(list);
		if (n && !add_alias_def(p, entity, list, n, is_description))
			return 0;
		list = bar ? bar + 1 : NULL;
	}
	return 1;
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
	arena_init(&p->mem, &a);
	p->max_input = 256u << 20;
	p->lex = lexicon_new(&a);
	if (!p->lex)
		goto nomem;
	size_t nk;
	const known_entity *k = known_entities(&nk);
	for (size_t i = 0; i < nk; i++) {
		entity_def e = {k[i].name, k[i].kind, k[i].title, k[i].descriptions};
		if (!VEC_PUSH(&p->mem, &p->entities, e) || !add_list(p, (uint32_t)i, k[i].aliases, 0) ||
		    !add_list(p, (uint32_t)i, k[i].descriptions, 1))
			goto nomem;
	}
	if (!index_aliases(p))
		goto nomem;
	sentence_rules_init(p); /* without ICU data, paragraphs stand in for sentences */
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

void kcna_parser_free(kcna_parser *p)
{
	if (!p)
		return;
	if (p->sentence_template)
		ubrk_close(p->sentence_template);
	lexicon_free(p->lex, &p->alloc);
	arena_release(&p->mem);
	kcna_allocator a = p->alloc;
	kcna_dealloc_(&a, p);
}

kcna_status kcna_parser_set_reference_date(kcna_parser *p, const char *iso_date)
{
	if (!p)
		return KCNA_E_INVALID_ARG;
	if (!iso_date) {
		p->has_ref = 0;
		return KCNA_OK;
	}
	int y, m, d;
	if (!parse_iso_date(iso_date, &y, &m, &d))
		return KCNA_E_BAD_DATE;
	p->has_ref = 1;
	p->ref_y = y;
	p->ref_m = m;
	p->ref_d = d;
	return KCNA_OK;
}

kcna_status kcna_parser_set_options(kcna_parser *p, unsigned options)
{
	if (!p || (options & ~(KCNA_OPT_TIMEX3 | KCNA_OPT_NO_HTML_ENTITIES | KCNA_OPT_ALL_TEMPORAL)))
		return KCNA_E_INVALID_ARG;
	p->options = options;
	return KCNA_OK;
}

kcna_status kcna_parser_set_max_input(kcna_parser *p, size_t max_bytes)
{
	if (!p)
		return KCNA_E_INVALID_ARG;
	p->max_input = max_bytes;
	return KCNA_OK;
}

kcna_status kcna_parser_add_alias(kcna_parser *p, const char *canonical, const char *alias)
{
	if (!p || !canonical || !alias || !*canonical || !*alias)
		return KCNA_E_INVALID_ARG;
	uint32_t entity = UINT32_MAX;
	for (size_t i = 0; i < p->entities.count; i++)
		if (strcmp(p->entities.items[i].name, canonical) == 0)
			entity = (uint32_t)i;
	if (entity == UINT32_MAX) {
		entity_def e = {arena_strndup(&p->mem, canonical, strlen(canonical)), KCNA_SPEAKER_PERSON, NULL, NULL};
		if (!e.name || !VEC_PUSH(&p->mem, &p->entities, e) ||
		    !add_alias_def(p, (uint32_t)(p->entities.count - 1), canonical, strlen(canonical), 0) ||
		    !index_aliases(p))
			return KCNA_E_NOMEM;
		entity = (uint32_t)(p->entities.count - 1);
	}
	return add_alias_def(p, entity, alias, strlen(alias), 0) && index_aliases(p) ? KCNA_OK : KCNA_E_NOMEM;
}

/* ---------- parsing ---------- */
kcna_status kcna_parse_dated(const kcna_parser *p, const char *utf8, size_t len, const char *reference_date,
                             kcna_doc **out)
{
	if (!out)
		return KCNA_E_INVALID_ARG;
	*out = NULL;
	if (!p || (!utf8 && len))
		return KCNA_E_INVALID_ARG;
	if ((p->max_input && len > p->max_input) || len >= UINT32_MAX - 1)
		return KCNA_E_TOO_LARGE;
	int y = 0, m = 0, d = 0;
	if (reference_date && !parse_iso_date(reference_date, &y, &m, &d))
		return KCNA_E_BAD_DATE;
	kcna_doc *doc = kcna_alloc_(&p->alloc, sizeof *doc);
	if (!doc)
		return KCNA_E_NOMEM;
	memset(doc, 0, sizeof *doc);
	arena_init(&doc->mem, &p->alloc);
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
	int ok = text_init(&doc->txt, &doc->mem, utf8 ? utf8 : "", len) && segment_text(doc) && find_dates(doc) &&
	         find_mentions(doc) && find_quotes(doc) && attribute_quotes(doc) && !doc->mem.failed;
	if (!ok) {
		kcna_doc_free(doc);
		return KCNA_E_NOMEM;
	}
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
	kcna_allocator a = doc->mem.alloc;
	arena_release(&doc->mem);
	kcna_dealloc_(&a, doc);
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
	return doc ? doc->dateline : NULL;
}

size_t kcna_doc_speaker_count(const kcna_doc *doc)
{
	return doc ? doc->speakers.count : 0;
}

const kcna_speaker *kcna_doc_speaker(const kcna_doc *doc, size_t i)
{
	return doc && i < doc->speakers.count ? doc->speakers.items[i] : NULL;
}

size_t kcna_doc_quote_count(const kcna_doc *doc)
{
	return doc ? doc->quotes.count : 0;
}

const kcna_quote *kcna_doc_quote(const kcna_doc *doc, size_t i)
{
	return doc && i < doc->quotes.count ? &doc->quotes.items[i] : NULL;
}

size_t kcna_doc_date_count(const kcna_doc *doc)
{
	return doc ? doc->dates.count : 0;
}

const kcna_date *kcna_doc_date(const kcna_doc *doc, size_t i)
{
	return doc && i < doc->dates.count ? &doc->dates.items[i] : NULL;
}

kcna_status kcna_doc_to_json(const kcna_doc *doc, unsigned flags, char **out, size_t *len)
{
	if (!out)
		return KCNA_E_INVALID_ARG;
	*out = NULL;
	if (!doc || (flags & ~KCNA_JSON_PRETTY))
		return KCNA_E_INVALID_ARG;
	return json_write_doc(doc, flags, out, len) ? KCNA_OK : KCNA_E_NOMEM;
}

/* ---------- speakers ---------- */
size_t kcna_speaker_id(const kcna_speaker *s) { return s ? s->id : 0; }
const char *kcna_speaker_name(const kcna_speaker *s) { return s ? s->name : NULL; }
kcna_speaker_kind kcna_speaker_kind_of(const kcna_speaker *s) { return s ? s->kind : KCNA_SPEAKER_PERSON; }
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
kcna_quote_kind kcna_quote_kind_of(const kcna_quote *q) { return q ? q->kind : KCNA_QUOTE_FULL; }

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

kcna_date_type kcna_date_type_of(const kcna_date *d) { return d ? d->type : KCNA_DATE_DATE; }
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

/* ---------- names ---------- */
const char *kcna_speaker_kind_name(kcna_speaker_kind k)
{
	static const char *N[] = {"person", "organization", "media", "country"};
	return (unsigned)k < 4 ? N[k] : "person";
}

const char *kcna_quote_kind_name(kcna_quote_kind k)
{
	static const char *N[] = {"full", "partial", "term"};
	return (unsigned)k < 3 ? N[k] : "full";
}

const char *kcna_date_type_name(kcna_date_type t)
{
	static const char *N[] = {"DATE", "TIME", "DURATION", "SET"};
	return (unsigned)t < 4 ? N[t] : "DATE";
}

const char *kcna_date_mod_name(kcna_date_mod m)
{
	static const char *N[] = {NULL, "EARLY", "MID", "LATE", "START", "END", "APPROX", "LESS_THAN", "MORE_THAN"};
	return (unsigned)m < 9 ? N[m] : NULL;
}
