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

START_TEST(dates_as_specified)
{
	FILE *f = open_spec("dates.txt");
	char line[LINE_MAX_BYTES];
	int seen[MAX_PATTERNS] = {0}, failures = 0, lines = 0;
	for (int n = 1; fgets(line, sizeof line, f); n++) {
		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		char *ref = strtok(line, "\t"), *options = strtok(NULL, "\t"), *text = strtok(NULL, "\t");
		char *expected = strtok(NULL, "\t");
		ck_assert_msg(ref && options && text, "dates.txt:%d: ref, options, text and dates expected", n);
		unescape(text);
		kcna_parser *p = parser_for(options);
		kcna_doc *doc = NULL;
		ck_assert_int_eq(kcna_parse_dated(p, text, strlen(text), strcmp(ref, "-") ? ref : NULL, &doc), KCNA_OK);
		char got[LINE_MAX_BYTES] = "";
		for (size_t i = 0; i < kcna_doc_date_count(doc); i++) {
			const kcna_date *d = kcna_doc_date(doc, i);
			size_t len = strlen(got);
			snprintf(got + len, sizeof got - len, "%s%s=%s", i ? "; " : "", kcna_date_text(d), kcna_date_value(d));
			for (size_t k = 0; d->pattern && kcna_date_pattern_name(k); k++)
				if (strcmp(d->pattern, kcna_date_pattern_name(k)) == 0)
					seen[k] = 1;
		}
		if (strcmp(got, expected ? expected : "") != 0) {
			fprintf(stderr, "dates.txt:%d: %s\n  expected: %s\n  got:      %s\n", n, text, expected ? expected : "",
			        got);
			failures++;
		}
		lines++;
		kcna_doc_free(doc);
		kcna_parser_free(p);
	}
	fclose(f);
	for (size_t k = 0; kcna_date_pattern_name(k); k++)
		if (!seen[k] && strcmp(kcna_date_pattern_name(k), "word_patterns_gate") != 0) {
			fprintf(stderr, "dates.txt: no line exercises the pattern %s\n", kcna_date_pattern_name(k));
			failures++;
		}
	ck_assert_int_gt(lines, 0);
	ck_assert_int_eq(failures, 0);
}
END_TEST

START_TEST(quotes_as_specified)
{
	FILE *f = open_spec("quotes.txt");
	char line[LINE_MAX_BYTES];
	int seen[MAX_PATTERNS] = {0}, failures = 0, lines = 0;
	kcna_parser *p = parser_for("-");
	for (int n = 1; fgets(line, sizeof line, f); n++) {
		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		char *ref = strtok(line, "\t"), *text = strtok(NULL, "\t"), *expected = strtok(NULL, "\t");
		ck_assert_msg(ref && text, "quotes.txt:%d: ref, text and quotes expected", n);
		unescape(text);
		kcna_doc *doc = NULL;
		ck_assert_int_eq(kcna_parse_dated(p, text, strlen(text), strcmp(ref, "-") ? ref : NULL, &doc), KCNA_OK);
		char got[LINE_MAX_BYTES] = "";
		for (size_t i = 0; i < kcna_doc_quote_count(doc); i++) {
			const kcna_quote *q = kcna_doc_quote(doc, i);
			const kcna_speaker *s = kcna_quote_speaker(q);
			size_t len = strlen(got);
			snprintf(got + len, sizeof got - len, "%s%s=%s", i ? "; " : "", kcna_quote_text(q),
			         s ? kcna_speaker_name(s) : "-");
			for (size_t k = 0; q->frame && kcna_attribution_frame_name(k); k++)
				if (strcmp(q->frame, kcna_attribution_frame_name(k)) == 0)
					seen[k] = 1;
		}
		if (strcmp(got, expected ? expected : "") != 0) {
			fprintf(stderr, "quotes.txt:%d: %s\n  expected: %s\n  got:      %s\n", n, text,
			        expected ? expected : "", got);
			failures++;
		}
		lines++;
		kcna_doc_free(doc);
	}
	fclose(f);
	kcna_parser_free(p);
	for (size_t k = 0; kcna_attribution_frame_name(k); k++)
		if (!seen[k]) {
			fprintf(stderr, "quotes.txt: no line exercises the frame %s\n", kcna_attribution_frame_name(k));
			failures++;
		}
	ck_assert_int_gt(lines, 0);
	ck_assert_int_eq(failures, 0);
}
END_TEST

START_TEST(mentions_as_specified)
{
	FILE *f = open_spec("mentions.txt");
	char line[LINE_MAX_BYTES];
	int seen[MAX_PATTERNS] = {0}, failures = 0, lines = 0;
	kcna_parser *p = parser_for("-");
	for (int n = 1; fgets(line, sizeof line, f); n++) {
		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		char *ref = strtok(line, "\t"), *text = strtok(NULL, "\t"), *expected = strtok(NULL, "\t");
		ck_assert_msg(ref && text, "mentions.txt:%d: ref, text and speakers expected", n);
		unescape(text);
		kcna_doc *doc = NULL;
		ck_assert_int_eq(kcna_parse_dated(p, text, strlen(text), strcmp(ref, "-") ? ref : NULL, &doc), KCNA_OK);
		char got[LINE_MAX_BYTES] = "";
		for (size_t i = 0; i < kcna_doc_speaker_count(doc); i++) {
			const kcna_speaker *s = kcna_doc_speaker(doc, i);
			size_t len = strlen(got);
			snprintf(got + len, sizeof got - len, "%s%s/%s", i ? "; " : "", kcna_speaker_name(s),
			         kcna_speaker_kind_name(kcna_speaker_kind_of(s)));
		}
		for (size_t i = 0; i < doc->mn.mentions.count; i++)
			for (size_t k = 0; kcna_mention_rule_name(k); k++)
				if (doc->mn.mentions.items[i].rule && strcmp(doc->mn.mentions.items[i].rule, kcna_mention_rule_name(k)) == 0)
					seen[k] = 1;
		if (strcmp(got, expected ? expected : "") != 0) {
			fprintf(stderr, "mentions.txt:%d: %s\n  expected: %s\n  got:      %s\n", n, text,
			        expected ? expected : "", got);
			failures++;
		}
		lines++;
		kcna_doc_free(doc);
	}
	fclose(f);
	kcna_parser_free(p);
	for (size_t k = 0; kcna_mention_rule_name(k); k++)
		if (!seen[k]) {
			fprintf(stderr, "mentions.txt: no line exercises the rule %s\n", kcna_mention_rule_name(k));
			failures++;
		}
	ck_assert_int_gt(lines, 0);
	ck_assert_int_eq(failures, 0);
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
