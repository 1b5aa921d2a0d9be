/* Fuzz target over kcna_parse_dated + kcna_doc_to_json.
 *
 * The first input byte picks the options (bit 0: TIMEX3, bit 1: a reference
 * date, bit 2: no HTML entities); the rest is the article. With bit 3 set,
 * the input configures a fresh parser first: the next byte b makes the
 * allocator fail its call number b*b/2+1 (b = 0: never), the first line holds aliases
 * ("Canonical=Alias|..."), and bit 4 frees the parser before the document
 * is read (documents hold their parser). Invariants checked
 * on every input: each span lies inside the input and, unless the library
 * reports a repair, its text is exactly the input bytes; every string is
 * valid UTF-8; the JSON export parses back.
 *
 * Built with -fsanitize=fuzzer this is a libFuzzer target; built without
 * (-DKCNA_FUZZ_REPLAY) it gets a main() that replays files and directories,
 * which is how the seed corpus runs as an ordinary test. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <kcnaparse/kcnaparse.h>
#include "json_check.h"

#define REQUIRE(cond)                                                                   \
	do {                                                                                \
		if (!(cond)) {                                                                  \
			fprintf(stderr, "fuzz_parse: invariant failed at %s:%d: %s\n", __FILE__, \
			        __LINE__, #cond);                                                   \
			abort();                                                                    \
		}                                                                               \
	} while (0)

static void check_string(const char *s)
{
	REQUIRE(s != NULL);
	REQUIRE(utf8_check(s, strlen(s)));
}

/* A span's text must be its bytes, except where the library repaired them. */
static void check_span(const char *text, size_t len, int repaired, size_t a, size_t b,
                       const char *span_text)
{
	REQUIRE(a <= b && b <= len);
	if (span_text == NULL)
		return;
	check_string(span_text);
	if (!repaired) {
		REQUIRE(strlen(span_text) == b - a);
		REQUIRE(memcmp(text + a, span_text, b - a) == 0);
	}
}

static void check_doc(const char *text, size_t len, const kcna_doc *doc)
{
	int repaired = (kcna_doc_flags(doc) & (KCNA_DOC_REPAIRED_UTF8 | KCNA_DOC_HAD_NUL)) != 0;
	size_t a, b;

	for (size_t i = 0; i < kcna_doc_speaker_count(doc); i++) {
		const kcna_speaker *s = kcna_doc_speaker(doc, i);
		check_string(kcna_speaker_name(s));
		for (size_t k = 0; k < kcna_speaker_alias_count(s); k++)
			check_string(kcna_speaker_alias(s, k));
		for (size_t k = 0; k < kcna_speaker_mention_count(s); k++) {
			REQUIRE(kcna_speaker_mention_span(s, k, &a, &b) == KCNA_OK);
			check_span(text, len, repaired, a, b, NULL);
		}
	}
	for (size_t i = 0; i < kcna_doc_quote_count(doc); i++) {
		const kcna_quote *q = kcna_doc_quote(doc, i);
		REQUIRE(kcna_quote_span(q, &a, &b) == KCNA_OK);
		check_span(text, len, repaired, a, b, kcna_quote_text(q));
	}
	for (size_t i = 0; i < kcna_doc_date_count(doc); i++) {
		const kcna_date *d = kcna_doc_date(doc, i);
		REQUIRE(kcna_date_span(d, &a, &b) == KCNA_OK);
		check_span(text, len, repaired, a, b, kcna_date_text(d));
		check_string(kcna_date_value(d));
		if (kcna_date_anchor_span(d, &a, &b) == KCNA_OK)
			check_span(text, len, repaired, a, b, NULL);
	}
	for (size_t i = 0; i < kcna_doc_statement_count(doc); i++) {
		const kcna_statement *st = kcna_doc_statement(doc, i);
		REQUIRE(kcna_statement_span(st, &a, &b) == KCNA_OK);
		check_span(text, len, repaired, a, b, kcna_statement_text(st));
		REQUIRE(kcna_statement_kind_name(kcna_statement_kind_of(st)) != NULL);
	}
	for (unsigned flags = 0; flags <= 1; flags++) {
		char *json = NULL;
		size_t json_len = 0;
		REQUIRE(kcna_doc_to_json(doc, flags, &json, &json_len) == KCNA_OK);
		REQUIRE(json_len == strlen(json));
		REQUIRE(json_check(json, json_len));
		kcna_free(json);
	}
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* An allocator that fails its Nth call (and only that one): every
 * allocation path must report KCNA_E_NOMEM and leak nothing. */
typedef struct failing {
	unsigned long calls, fail_at;
} failing;
static void *failing_malloc(size_t n, void *u)
{
	failing *f = u;
	return ++f->calls == f->fail_at ? NULL : malloc(n);
}
static void *failing_realloc(void *p, size_t n, void *u)
{
	failing *f = u;
	return ++f->calls == f->fail_at ? NULL : realloc(p, n);
}
static void failing_free(void *p, void *u)
{
	(void)u;
	free(p);
}

/* Adds the aliases of "Canonical=Alias|Canonical=Alias" (one line). */
static kcna_status add_aliases_from(kcna_parser *p, const char *line, size_t len)
{
	enum { MAX_PAIRS = 16 };
	char buf[512];
	const char *canon[MAX_PAIRS], *alias[MAX_PAIRS];
	size_t n = 0;
	if (len >= sizeof buf)
		len = sizeof buf - 1;
	memcpy(buf, line, len);
	buf[len] = 0;
	for (char *pair = buf, *next; pair && n < MAX_PAIRS; pair = next) {
		next = strchr(pair, '|');
		if (next)
			*next++ = 0;
		char *eq = strchr(pair, '=');
		if (!eq)
			continue;
		*eq = 0;
		canon[n] = pair;
		alias[n++] = eq + 1;
	}
	size_t bad = 0;
	kcna_status st = kcna_parser_add_aliases(p, canon, alias, n, &bad);
	REQUIRE(st == KCNA_OK || st == KCNA_E_BAD_NAME || st == KCNA_E_NOMEM);
	REQUIRE(st != KCNA_E_BAD_NAME || bad < n);
	return st;
}

static void run_configured(unsigned mode, const unsigned char *data, size_t size)
{
	if (size < 1)
		return;
	/* early calls one by one, later ones sparser: a parse makes thousands */
	failing f = {0, (unsigned long)data[0] * data[0] / 2 + (data[0] > 0)};
	kcna_allocator a = {failing_malloc, failing_realloc, failing_free, &f};
	const char *rest = (const char *)data + 1;
	size_t rest_len = size - 1;
	const char *nl = memchr(rest, '\n', rest_len);
	size_t line_len = nl ? (size_t)(nl - rest) : 0;
	kcna_parser *p = NULL;
	kcna_status st = kcna_parser_new_with_allocator(&a, &p);
	if (st == KCNA_E_NOMEM)
		return;
	REQUIRE(st == KCNA_OK);
	st = kcna_parser_set_options(p, (mode & 1) ? KCNA_OPT_TIMEX3 | KCNA_OPT_ALL_TEMPORAL : 0);
	if (st == KCNA_OK && (mode & 2))
		st = kcna_parser_set_reference_date(p, "9999-12-30");
	if (st == KCNA_OK && line_len)
		add_aliases_from(p, rest, line_len);
	const char *text = line_len ? rest + line_len + 1 : rest;
	size_t text_len = line_len ? rest_len - line_len - 1 : rest_len;
	kcna_doc *doc = NULL;
	st = kcna_parse(p, text, text_len, &doc);
	REQUIRE(st == KCNA_OK || st == KCNA_E_NOMEM);
	REQUIRE((st == KCNA_OK) == (doc != NULL));
	/* a frozen parser refuses configuration, whatever the allocator did */
	if (st == KCNA_OK)
		REQUIRE(kcna_parser_set_options(p, 0) == KCNA_E_STATE);
	if (mode & 16)
		kcna_parser_free(p);
	if (doc) {
		char *json = NULL;
		st = kcna_doc_to_json(doc, 0, &json, NULL);
		REQUIRE(st == KCNA_OK || st == KCNA_E_NOMEM);
		kcna_free(json);
		if (f.fail_at == 0 || f.calls < f.fail_at) { /* no failure yet: check it all, failing no more */
			f.fail_at = 0;
			check_doc(text, text_len, doc);
		}
	}
	kcna_doc_free(doc);
	if (!(mode & 16))
		kcna_parser_free(p);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static kcna_parser *parsers[8];
	unsigned mode;
	kcna_doc *doc = NULL;
	const char *text;

	if (size == 0)
		return 0;
	if (data[0] & 8u) {
		run_configured(data[0], data + 1, size - 1);
		return 0;
	}
	mode = data[0] & 7u;
	if (parsers[mode] == NULL) {
		REQUIRE(kcna_parser_new(&parsers[mode]) == KCNA_OK);
		REQUIRE(kcna_parser_set_options(parsers[mode],
		                                ((mode & 1) ? KCNA_OPT_TIMEX3 : 0) |
		                                    ((mode & 4) ? KCNA_OPT_NO_HTML_ENTITIES : 0)) == KCNA_OK);
		if (mode & 2)
			REQUIRE(kcna_parser_set_reference_date(parsers[mode], "2024-02-29") == KCNA_OK);
	}
	text = (const char *)data + 1;
	REQUIRE(kcna_parse(parsers[mode], text, size - 1, &doc) == KCNA_OK);
	check_doc(text, size - 1, doc);
	kcna_doc_free(doc);
	return 0;
}

#ifdef KCNA_FUZZ_REPLAY
static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0, n;
	if (!f) {
		perror(path);
		return 1;
	}
	do {
		if (len == cap) {
			unsigned char *grown = realloc(buf, cap = cap ? cap * 2 : 65536);
			if (!grown) {
				fclose(f);
				free(buf);
				return 1;
			}
			buf = grown;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 0;
}

static int replay(const char *path, size_t *count)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		perror(path);
		return 1;
	}
	if (S_ISDIR(st.st_mode)) {
		DIR *dir = opendir(path);
		struct dirent *e;
		int rc = 0;
		if (!dir) {
			perror(path);
			return 1;
		}
		while ((e = readdir(dir)) != NULL) {
			char child[4096];
			if (e->d_name[0] == '.')
				continue;
			snprintf(child, sizeof child, "%s/%s", path, e->d_name);
			rc |= replay(child, count);
		}
		closedir(dir);
		return rc;
	}
	(*count)++;
	return replay_file(path);
}

int main(int argc, char **argv)
{
	size_t count = 0;
	int rc = 0;
	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...  (replays inputs through the fuzz target)\n", argv[0]);
		return 2;
	}
	for (int i = 1; i < argc; i++)
		rc |= replay(argv[i], &count);
	printf("fuzz_parse: replayed %zu inputs\n", count);
	return rc;
}
#endif
