/* Specified behaviour: tests/spec/dates.txt lists sentences with their
 * reference date, options and every date expected ("text=value; ...");
 * tests/spec/quotes.txt every quote expected ("text=speaker; ...");
 * tests/spec/mentions.txt every speaker ("name/kind; ..."). The
 * harness checks each line's output and that every date pattern (dates.c
 * PATTERNS), attribution frame (attribution.c) and mention rule
 * (mentions.c) is exercised by some line. It reaches those names through
 * the static objects. */
#include <check.h>
#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

enum { MAX_PATTERNS = 64, LINE_MAX_BYTES = 4096 };

/* Unescapes \n and \t in place. */
static void unescape(char *s)
{
	char *o = s;
	for (; *s; s++) {
		if (*s == '\\' && (s[1] == 'n' || s[1] == 't')) {
			*o++ = s[1] == 'n' ? '\n' : '\t';
			s++;
		} else {
			*o++ = *s;
		}
	}
	*o = 0;
}

static FILE *open_spec(const char *name)
{
	char path[4096];
	const char *src = getenv("KCNA_SOURCE_ROOT");
	snprintf(path, sizeof path, "%s/tests/spec/%s", src ? src : ".", name);
	FILE *f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	return f;
}

static kcna_parser *parser_for(const char *options)
{
	kcna_parser *p = NULL;
	ck_assert_int_eq(kcna_parser_new(&p), KCNA_OK);
	unsigned opt = strcmp(options, "all") == 0      ? KCNA_OPT_ALL_TEMPORAL
	               : strcmp(options, "timex3") == 0 ? KCNA_OPT_TIMEX3
	               : strcmp(options, "dmy") == 0    ? KCNA_OPT_DATE_ORDER_DMY
	                                                : 0;
	ck_assert_msg(opt || strcmp(options, "-") == 0, "unknown options %s", options);
	ck_assert_int_eq(kcna_parser_set_options(p, opt), KCNA_OK);
	return p;
}

/* Marks in seen[] the name of names_fn that equals name. */
typedef const char *(*names_fn)(size_t k);
static void mark_seen(int *seen, names_fn names, const char *name)
{
	for (size_t k = 0; name && names(k); k++)
		if (strcmp(name, names(k)) == 0)
			seen[k] = 1;
}

/* Writes a document's items ("text=value; ...") into got, marking the
 * names of the rules that read them. */
typedef void (*describe_fn)(const kcna_doc *doc, char *got, size_t size, int *seen);

static void append(char *got, size_t size, size_t i, const char *a, const char *b, const char *sep)
{
	size_t len = strlen(got);
	snprintf(got + len, size - len, "%s%s%s%s", i ? "; " : "", a, sep, b);
}

static void describe_dates(const kcna_doc *doc, char *got, size_t size, int *seen)
{
	for (size_t i = 0; i < kcna_doc_date_count(doc); i++) {
		const kcna_date *d = kcna_doc_date(doc, i);
		append(got, size, i, kcna_date_text(d), kcna_date_value(d), "=");
		mark_seen(seen, kcna_date_pattern_name, d->pattern);
	}
}

static void describe_quotes(const kcna_doc *doc, char *got, size_t size, int *seen)
{
	for (size_t i = 0; i < kcna_doc_quote_count(doc); i++) {
		const kcna_quote *q = kcna_doc_quote(doc, i);
		const kcna_speaker *s = kcna_quote_speaker(q);
		append(got, size, i, kcna_quote_text(q), s ? kcna_speaker_name(s) : "-", "=");
		mark_seen(seen, kcna_attribution_frame_name, q->frame);
	}
}

static void describe_mentions(const kcna_doc *doc, char *got, size_t size, int *seen)
{
	for (size_t i = 0; i < kcna_doc_speaker_count(doc); i++) {
		const kcna_speaker *s = kcna_doc_speaker(doc, i);
		append(got, size, i, kcna_speaker_name(s), kcna_speaker_kind_name(kcna_speaker_kind_of(s)), "/");
	}
	for (size_t i = 0; i < doc->mn.mentions.count; i++)
		mark_seen(seen, kcna_mention_rule_name, doc->mn.mentions.items[i].rule);
}

/* Checks every line of a spec file ("ref [TAB options] TAB text TAB
 * expected") and that every name of names (but skip) is exercised. */
static void run_spec(const char *file, int has_options, describe_fn describe, names_fn names, const char *skip)
{
	FILE *f = open_spec(file);
	char line[LINE_MAX_BYTES];
	int seen[MAX_PATTERNS] = {0}, failures = 0, lines = 0;
	for (int n = 1; fgets(line, sizeof line, f); n++) {
		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		char *ref = strtok(line, "\t"), *options = has_options ? strtok(NULL, "\t") : "-";
		char *text = strtok(NULL, "\t"), *expected = strtok(NULL, "\t");
		ck_assert_msg(ref && options && text, "%s:%d: too few fields", file, n);
		unescape(text);
		kcna_parser *p = parser_for(options);
		kcna_doc *doc = NULL;
		ck_assert_int_eq(kcna_parse_dated(p, text, strlen(text), strcmp(ref, "-") ? ref : NULL, &doc), KCNA_OK);
		char got[LINE_MAX_BYTES] = "";
		describe(doc, got, sizeof got, seen);
		if (strcmp(got, expected ? expected : "") != 0) {
			fprintf(stderr, "%s:%d: %s\n  expected: %s\n  got:      %s\n", file, n, text, expected ? expected : "", got);
			failures++;
		}
		lines++;
		kcna_doc_free(doc);
		kcna_parser_free(p);
	}
	fclose(f);
	for (size_t k = 0; names(k); k++)
		if (!seen[k] && !(skip && strcmp(names(k), skip) == 0)) {
			fprintf(stderr, "%s: no line exercises %s\n", file, names(k));
			failures++;
		}
	ck_assert_int_gt(lines, 0);
	ck_assert_int_eq(failures, 0);
}

START_TEST(dates_as_specified)
{
	/* the gate only stops the search: it reads no date */
	run_spec("dates.txt", 1, describe_dates, kcna_date_pattern_name, "word_patterns_gate");
}
END_TEST

START_TEST(quotes_as_specified)
{
	run_spec("quotes.txt", 0, describe_quotes, kcna_attribution_frame_name, NULL);
}
END_TEST

START_TEST(mentions_as_specified)
{
	run_spec("mentions.txt", 0, describe_mentions, kcna_mention_rule_name, NULL);
}
END_TEST

static Suite *spec_suite(void)
{
	Suite *s = suite_create("spec");
	TCase *tc = tcase_create("spec");
	tcase_add_test(tc, dates_as_specified);
	tcase_add_test(tc, quotes_as_specified);
	tcase_add_test(tc, mentions_as_specified);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(spec_suite)
