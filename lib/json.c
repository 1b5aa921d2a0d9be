/* JSON stage: output format v2 (doc/output-format.md), the one writer the CLI
 * and the bindings share. A growable buffer from the document's allocator. */
#include <stdio.h>
#include <string.h>
#include "internal.h"

typedef struct buf {
	const kcna_allocator *a;
	char *p;
	size_t len, cap;
	int failed;
} buf;

static void put(buf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 1024;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *block = b->p ? b->p - sizeof(out_header) : NULL;
		char *np = b->a->realloc_fn(block, cap + sizeof(out_header), b->a->user);
		if (!np) {
			b->failed = 1;
			return;
		}
		((out_header *)np)->a = *b->a;
		b->p = np + sizeof(out_header);
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

static void puts_(buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void put_str(buf *b, const char *s)
{
	if (!s) {
		puts_(b, "null");
		return;
	}
	put(b, "\"", 1);
	const char *run = s;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		put(b, run, (size_t)(s - run));
		char esc[8];
		switch (c) {
		case '"': puts_(b, "\\\""); break;
		case '\\': puts_(b, "\\\\"); break;
		case '\n': puts_(b, "\\n"); break;
		case '\r': puts_(b, "\\r"); break;
		case '\t': puts_(b, "\\t"); break;
		default:
			snprintf(esc, sizeof esc, "\\u%04x", c);
			puts_(b, esc);
		}
		run = s + 1;
	}
	put(b, run, (size_t)(s - run));
	put(b, "\"", 1);
}

/* Decimal digits by hand: snprintf was a tenth of a corpus run's time. */
static void put_num(buf *b, long long v)
{
	char n[24];
	size_t i = sizeof n;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do {
		n[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		n[--i] = '-';
	put(b, n + i, sizeof n - i);
}

/* A number in [0, 1] with three decimals, without printf (whose decimal
 * point follows the caller's locale). */
static void put_fraction(buf *b, double v)
{
	long thousandths = v <= 0 ? 0 : v >= 1 ? 1000 : (long)(v * 1000 + 0.5);
	char s[8] = {(char)('0' + thousandths / 1000), '.', (char)('0' + thousandths / 100 % 10),
	             (char)('0' + thousandths / 10 % 10), (char)('0' + thousandths % 10)};
	put(b, s, 5);
}

static void nl(buf *b, unsigned flags, int indent)
{
	if (!(flags & KCNA_JSON_PRETTY))
		return;
	put(b, "\n", 1);
	for (int i = 0; i < indent; i++)
		put(b, "  ", 2);
}

static void put_span(buf *b, uint32_t start, uint32_t end)
{
	puts_(b, "\"start\": ");
	put_num(b, start);
	puts_(b, ", \"end\": ");
	put_num(b, end);
}

/* A list of speaker ids: [0, 3]. */
static void put_speaker_ids(buf *b, kcna_speaker *const *speakers, size_t n)
{
	put(b, "[", 1);
	for (size_t k = 0; k < n; k++) {
		if (k)
			puts_(b, ", ");
		put_num(b, (long long)speakers[k]->id);
	}
	put(b, "]", 1);
}

static void put_date(buf *b, const kcna_date *d, int full)
{
	put(b, "{", 1);
	put_span(b, d->start, d->end);
	puts_(b, ", \"text\": ");
	put_str(b, d->text);
	if (full) {
		puts_(b, ", \"type\": ");
		put_str(b, kcna_date_type_name(d->type));
	}
	puts_(b, ", \"value\": ");
	put_str(b, d->value);
	if (full) {
		puts_(b, ", \"resolved\": ");
		puts_(b, kcna_date_resolved(d) ? "true" : "false");
		if (d->mod != KCNA_MOD_NONE) {
			puts_(b, ", \"mod\": ");
			put_str(b, kcna_date_mod_name(d->mod));
		}
		if (d->end_value) {
			puts_(b, ", \"end_value\": ");
			put_str(b, d->end_value);
		}
		if (d->has_anchor) {
			puts_(b, ", \"anchor\": {");
			put_span(b, d->anchor_start, d->anchor_end);
			put(b, "}", 1);
		}
	}
	put(b, "}", 1);
}

int kcna_json_write_doc(const kcna_doc *doc, unsigned flags, char **out, size_t *len)
{
	size_t cap = 0;
	*out = NULL;
	return kcna_json_rewrite_doc(doc, flags, out, &cap, len);
}

int kcna_json_rewrite_doc(const kcna_doc *doc, unsigned flags, char **out, size_t *cap, size_t *len)
{
	buf b = {&doc->mem.alloc, *out, 0, *cap, 0};
	puts_(&b, "{\"reference_date\": ");
	put_str(&b, doc->has_ref ? doc->ref_str : NULL);
	put(&b, ",", 1);
	nl(&b, flags, 1);
	puts_(&b, "\"dateline\": ");
	if (doc->dt.dateline)
		put_date(&b, doc->dt.dateline, 0);
	else
		puts_(&b, "null");
	put(&b, ",", 1);
	nl(&b, flags, 1);
	puts_(&b, "\"speakers\": [");
	for (size_t i = 0; i < doc->mn.speakers.count; i++) {
		const kcna_speaker *s = doc->mn.speakers.items[i];
		if (i)
			put(&b, ",", 1);
		nl(&b, flags, 2);
		puts_(&b, "{\"id\": ");
		put_num(&b, (long long)s->id);
		puts_(&b, ", \"name\": ");
		put_str(&b, s->name);
		puts_(&b, ", \"kind\": ");
		put_str(&b, kcna_speaker_kind_name(s->kind));
		puts_(&b, ", \"title\": ");
		put_str(&b, s->title);
		puts_(&b, ", \"aliases\": [");
		for (size_t k = 0; k < s->aliases.count; k++) {
			if (k)
				puts_(&b, ", ");
			put_str(&b, s->aliases.items[k]);
		}
		puts_(&b, "], \"mentions\": [");
		for (size_t k = 0; k < s->mentions.count; k++) {
			if (k)
				puts_(&b, ", ");
			put(&b, "{", 1);
			put_span(&b, s->mentions.items[k].start, s->mentions.items[k].end);
			put(&b, "}", 1);
		}
		puts_(&b, "]}");
	}
	puts_(&b, "],");
	nl(&b, flags, 1);
	puts_(&b, "\"quotes\": [");
	for (size_t i = 0; i < doc->qt.found.count; i++) {
		const kcna_quote *q = &doc->qt.found.items[i];
		if (i)
			put(&b, ",", 1);
		nl(&b, flags, 2);
		put(&b, "{", 1);
		put_span(&b, q->start, q->end);
		puts_(&b, ", \"text\": ");
		put_str(&b, q->text);
		puts_(&b, ", \"speaker\": ");
		if (q->speaker)
			put_num(&b, (long long)q->speaker->id);
		else
			puts_(&b, "null");
		puts_(&b, ", \"cue\": ");
		put_str(&b, q->cue);
		puts_(&b, ", \"source\": ");
		put_str(&b, q->source);
		puts_(&b, ", \"kind\": ");
		put_str(&b, kcna_quote_kind_name(q->kind));
		puts_(&b, ", \"confidence\": ");
		put_fraction(&b, q->confidence);
		put(&b, "}", 1);
	}
	puts_(&b, "],");
	nl(&b, flags, 1);
	puts_(&b, "\"dates\": [");
	for (size_t i = 0; i < doc->dt.found.count; i++) {
		if (i)
			put(&b, ",", 1);
		nl(&b, flags, 2);
		put_date(&b, &doc->dt.found.items[i], 1);
	}
	puts_(&b, "],");
	nl(&b, flags, 1);
	puts_(&b, "\"statements\": [");
	for (size_t i = 0; i < doc->st.found.count; i++) {
		const kcna_statement *st = &doc->st.found.items[i];
		if (i)
			put(&b, ",", 1);
		nl(&b, flags, 2);
		put(&b, "{", 1);
		put_span(&b, st->start, st->end);
		puts_(&b, ", \"text\": ");
		put_str(&b, st->text);
		puts_(&b, ", \"speaker\": ");
		if (st->speaker)
			put_num(&b, (long long)st->speaker->id);
		else
			puts_(&b, "null");
		puts_(&b, ", \"cue\": ");
		put_str(&b, st->cue);
		puts_(&b, ", \"kind\": ");
		put_str(&b, kcna_statement_kind_name(st->kind));
		puts_(&b, ", \"confidence\": ");
		put_fraction(&b, st->confidence);
		put(&b, "}", 1);
	}
	puts_(&b, "],");
	nl(&b, flags, 1);
	puts_(&b, "\"messages\": [");
	for (size_t i = 0; i < doc->msg.found.count; i++) {
		const kcna_message *m = &doc->msg.found.items[i];
		if (i)
			put(&b, ",", 1);
		nl(&b, flags, 2);
		put(&b, "{", 1);
		put_span(&b, m->start, m->end);
		puts_(&b, ", \"text\": ");
		put_str(&b, m->text);
		puts_(&b, ", \"kind\": ");
		put_str(&b, kcna_message_kind_name(m->kind));
		puts_(&b, ", \"sender\": ");
		put_speaker_ids(&b, m->senders.items, m->senders.count);
		puts_(&b, ", \"recipient\": ");
		put_speaker_ids(&b, m->recipients.items, m->recipients.count);
		puts_(&b, ", \"date\": ");
		if (m->date)
			put_num(&b, (long long)(m->date - doc->dt.found.items));
		else
			puts_(&b, "null");
		puts_(&b, ", \"occasion\": ");
		if (m->has_occasion) {
			put(&b, "{", 1);
			put_span(&b, m->occasion_start, m->occasion_end);
			put(&b, "}", 1);
		} else {
			puts_(&b, "null");
		}
		puts_(&b, ", \"statements\": [");
		for (size_t k = 0; k < m->statements.count; k++) {
			if (k)
				puts_(&b, ", ");
			put_num(&b, (long long)m->statements.items[k]);
		}
		puts_(&b, "]}");
	}
	puts_(&b, "],");
	nl(&b, flags, 1);
	puts_(&b, "\"author\": ");
	if (doc->st.author)
		put_num(&b, (long long)doc->st.author->id);
	else
		puts_(&b, "null");
	puts_(&b, "}");
	if (b.failed) {
		if (b.p)
			b.a->free_fn(b.p - sizeof(out_header), b.a->user);
		*out = NULL;
		*cap = 0;
		return 0;
	}
	*out = b.p;
	*cap = b.cap;
	if (len)
		*len = b.len;
	return 1;
}
