/* Bad input and allocation failure: results or a clean status, never a
 * crash, a hang or a leak (run under ASan in CI). */
#include <check.h>
#include "check_main.h"
#include <stdlib.h>
#include <string.h>
#include <kcnaparse/kcnaparse.h>

static void check_doc(const char *text, size_t len, kcna_doc *doc)
{
	size_t a, b;
	for (size_t i = 0; i < kcna_doc_quote_count(doc); i++) {
		ck_assert_int_eq(kcna_quote_span(kcna_doc_quote(doc, i), &a, &b), KCNA_OK);
		ck_assert(a <= b && b <= len);
	}
	for (size_t i = 0; i < kcna_doc_date_count(doc); i++) {
		ck_assert_int_eq(kcna_date_span(kcna_doc_date(doc, i), &a, &b), KCNA_OK);
		ck_assert(a <= b && b <= len);
		ck_assert(memcmp(text + a, kcna_date_text(kcna_doc_date(doc, i)), b - a) == 0 ||
		          strstr(kcna_date_text(kcna_doc_date(doc, i)), "\xEF\xBF\xBD"));
	}
	char *json = NULL;
	ck_assert_int_eq(kcna_doc_to_json(doc, 0, &json, NULL), KCNA_OK);
	kcna_free(json);
}

static kcna_parser *P;
static void setup(void) { ck_assert_int_eq(kcna_parser_new(&P), KCNA_OK); }
static void teardown(void) { kcna_parser_free(P); }

/* Parses with the shared parser and checks the invariants; the caller frees. */
static kcna_doc *parse_checked(const char *text, size_t len)
{
	kcna_doc *doc = NULL;
	ck_assert_int_eq(kcna_parse(P, text, len, &doc), KCNA_OK);
	check_doc(text, len, doc);
	return doc;
}

static void must_parse(const char *text, size_t len)
{
	kcna_doc_free(parse_checked(text, len));
}

START_TEST(invalid_utf8_is_repaired)
{
	const char text[] = "Kim said \"bad \xC0\xAF byte \xED\xA0\x80 and tail\" on May 5 \xF0\x9F";
	kcna_doc *doc = parse_checked(text, sizeof text - 1);
	ck_assert(kcna_doc_flags(doc) & KCNA_DOC_REPAIRED_UTF8);
	ck_assert_uint_eq(kcna_doc_quote_count(doc), 1);
	ck_assert_ptr_nonnull(strstr(kcna_quote_text(kcna_doc_quote(doc, 0)), "\xEF\xBF\xBD"));
	kcna_doc_free(doc);
}
END_TEST

START_TEST(nul_bom_crlf_empty)
{
	const char text[] = "\xEF\xBB\xBFKim said \"a\0b\" on Monday.\r\nNext line.\r\n";
	kcna_doc *doc = parse_checked(text, sizeof text - 1);
	ck_assert(kcna_doc_flags(doc) & KCNA_DOC_HAD_NUL);
	kcna_doc_free(doc);
	doc = parse_checked("", 0);
	ck_assert_uint_eq(kcna_doc_quote_count(doc), 0);
	kcna_doc_free(doc);
	must_parse(NULL, 0);
}
END_TEST

START_TEST(megabytes_of_marks)
{
	size_t n = 2u << 20;
	char *text = malloc(n);
	ck_assert_ptr_nonnull(text);
	for (size_t i = 0; i < n; i++)
		text[i] = "\"' a\xE2\x80\x9C"[i % 7];
	must_parse(text, n);
	for (size_t i = 0; i < n; i++)
		text[i] = (i % 5 == 4) ? ' ' : "Kim"[i % 3];
	must_parse(text, n);
	memset(text, '7', n);
	must_parse(text, n);
	free(text);
}
END_TEST

START_TEST(random_bytes)
{
	unsigned seed = 12345;
	char buf[4096];
	for (int round = 0; round < 200; round++) {
		size_t len = (size_t)(seed % sizeof buf);
		for (size_t i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			buf[i] = (char)(seed >> 16);
		}
		must_parse(buf, len);
	}
}
END_TEST

/* An allocator that fails the Nth allocation. */
static long countdown;
static void *fail_malloc(size_t n, void *u)
{
	(void)u;
	return countdown-- == 0 ? NULL : malloc(n);
}
static void *fail_realloc(void *p, size_t n, void *u)
{
	(void)u;
	return countdown-- == 0 ? NULL : realloc(p, n);
}
static void fail_free(void *p, void *u)
{
	(void)u;
	free(p);
}

/* One sentence of megabytes with quotes, cues and dates throughout: the
 * attribution window is bounded, so this stays linear (it was quadratic). */
START_TEST(one_giant_sentence)
{
	const char unit[] = "On Monday, he said \"Aug. 15\" ";
	size_t n = (2u << 20) / (sizeof unit - 1);
	char *text = malloc(n * (sizeof unit - 1) + 1);
	ck_assert_ptr_nonnull(text);
	for (size_t i = 0; i < n; i++)
		memcpy(text + i * (sizeof unit - 1), unit, sizeof unit - 1);
	must_parse(text, n * (sizeof unit - 1));
	free(text);
}
END_TEST

START_TEST(every_allocation_failure_is_clean)
{
	const char *text = "Pyongyang, July 27 (KCNA) -- \"Victory is ours,\" Kim Jong Un said on Monday, "
	                   "according to KCNA. He added that the \"future\" was bright in 2024.";
	kcna_allocator a = {fail_malloc, fail_realloc, fail_free, NULL};
	int succeeded = 0;
	for (long n = 0; n < 2000 && !succeeded; n++) {
		countdown = n;
		kcna_parser *p = NULL;
		kcna_status st = kcna_parser_new_with_allocator(&a, &p);
		if (st != KCNA_OK) {
			ck_assert_int_eq(st, KCNA_E_NOMEM);
			continue;
		}
		kcna_doc *doc = NULL;
		st = kcna_parse(p, text, strlen(text), &doc);
		if (st == KCNA_OK) {
			char *json = NULL;
			st = kcna_doc_to_json(doc, 0, &json, NULL);
			if (st == KCNA_OK) {
				succeeded = 1;
				kcna_free(json);
			}
		}
		if (st != KCNA_OK)
			ck_assert_int_eq(st, KCNA_E_NOMEM);
		kcna_doc_free(doc);
		kcna_parser_free(p);
	}
	ck_assert(succeeded);
}
END_TEST

Suite *robust_suite(void)
{
	Suite *s = suite_create("robust");
	TCase *tc = tcase_create("robust");
	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, invalid_utf8_is_repaired);
	tcase_add_test(tc, nul_bom_crlf_empty);
	tcase_add_test(tc, megabytes_of_marks);
	tcase_add_test(tc, random_bytes);
	tcase_add_test(tc, one_giant_sentence);
	tcase_add_test(tc, every_allocation_failure_is_clean);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(robust_suite)
