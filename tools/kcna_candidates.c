/* kcna-candidates: the attribution stage's candidates and their features,
 * as the library computes them, for the trainer (tools/train_attribution.py).
 *
 * Reads lines "PATH<TAB>REFERENCE-DATE" (the date may be empty) on stdin;
 * writes a header line {"features": [names]} and then one JSON line per
 * outermost quote, then per indirect statement (its content as "quote"):
 *   {"file": PATH, "kind": "quote" | "statement", "quote": [start, end],
 *    "none": [feature ids],
 *    "candidates": [{"mention": [start, end] | null, "speaker": NAME,
 *                    "speaker_id": ID, "channel": BOOL, "features": [ids]}, ...]}
 * and after a document's quotes one line listing its mentions with the
 * speaker each resolves to (pronouns and descriptions resolved):
 *   {"file": PATH, "mentions": [[start, end, speaker id], ...]}
 * Built with -Dtests=true; links the library's objects statically to reach
 * the internal entry point kcna_attribution_visit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <kcnaparse/kcnaparse.h>
#include "internal.h"
#include "attribution.h"

static void put_string(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			printf("\\%c", ch);
		else if (ch < 0x20)
			printf("\\u%04x", ch);
		else
			putchar(ch);
	}
	putchar('"');
}

static void put_features(const uint8_t *f, size_t n)
{
	putchar('[');
	for (size_t k = 0; k < n; k++)
		printf(k ? ",%u" : "%u", f[k]);
	putchar(']');
}

static void visit(void *ctx, const kcna_doc *doc, const kcna_quote *q, const quote_candidates *cs, int statement)
{
	(void)doc;
	printf("{\"file\":");
	put_string((const char *)ctx);
	printf(",\"kind\":\"%s\"", statement ? "statement" : "quote");
	printf(",\"quote\":[%u,%u],\"none\":", q->start, q->end);
	put_features(cs->none_features, cs->none_feature_count);
	printf(",\"candidates\":[");
	for (size_t k = 0; k < cs->count; k++) {
		const candidate_view *c = &cs->items[k];
		printf(k ? ",{\"mention\":" : "{\"mention\":");
		if (c->m)
			printf("[%u,%u]", c->m->start, c->m->end);
		else
			printf("null");
		printf(",\"speaker\":");
		put_string(c->speaker->name);
		printf(",\"speaker_id\":%zu,\"channel\":%s", c->speaker->id, c->channel ? "true" : "false");
		printf(",\"features\":");
		put_features(c->features, c->feature_count);
		putchar('}');
	}
	printf("]}\n");
}

static void put_mentions(const kcna_doc *doc, const char *path)
{
	printf("{\"file\":");
	put_string(path);
	printf(",\"mentions\":[");
	int first = 1;
	for (size_t k = 0; k < doc->mn.mentions.count; k++) {
		const mention *m = &doc->mn.mentions.items[k];
		const kcna_speaker *s = kcna_mention_speaker(doc, m);
		if (!s)
			continue;
		printf(first ? "[%u,%u,%zu]" : ",[%u,%u,%zu]", m->start, m->end, s->id);
		first = 0;
	}
	printf("]}\n");
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			char *grown = realloc(buf, cap *= 2);
			if (!grown) {
				free(buf);
				buf = NULL;
			}
			buf = grown;
		}
	}
	fclose(f);
	*len = n;
	return buf;
}

int main(void)
{
	printf("{\"features\":[");
	for (size_t f = 0; kcna_attribution_feature_name(f); f++) {
		if (f)
			putchar(',');
		put_string(kcna_attribution_feature_name(f));
	}
	printf("]}\n");
	char line[4096];
	int failed = 0;
	while (fgets(line, sizeof line, stdin)) {
		line[strcspn(line, "\r\n")] = 0;
		char *tab = strchr(line, '\t');
		const char *ref = "";
		if (tab) {
			*tab = 0;
			ref = tab + 1;
		}
		size_t len;
		char *text = read_file(line, &len);
		kcna_parser *p = NULL;
		kcna_doc *doc = NULL;
		if (kcna_parser_new(&p) == KCNA_OK)
			p->keep_internals = 1; /* the visit reads the tokens after the parse */
		if (!text || !p || (*ref && kcna_parser_set_reference_date(p, ref)) ||
		    kcna_parse(p, text, len, &doc)) {
			fprintf(stderr, "kcna-candidates: cannot parse %s\n", line);
			failed = 1;
		} else {
			kcna_attribution_visit(doc, visit, line);
			put_mentions(doc, line);
		}
		kcna_doc_free(doc);
		kcna_parser_free(p);
		free(text);
	}
	return failed;
}
