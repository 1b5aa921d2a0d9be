/* One parser shared by several threads, each parsing its own documents:
 * every thread's JSON must equal the single-threaded result. Run under
 * ThreadSanitizer in CI (.ci/run) to catch shared mutable state. */
#include <check.h>
#include "check_main.h"
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <kcnaparse/kcnaparse.h>

static const char *const ARTICLES[] = {
	"Pyongyang, August 16 (KCNA) -- Kim Jong Un said \"We will win,\" on Monday. He added: \"Peace is near.\"",
	"SEOUL, Aug. 15 (UPI) -- The unification ministry said Friday that \"talks are off.\" "
	"The talks ran from Dec. 9 to 11, the ministry said.",
	"Premier Ri Chol Ho sent a letter to Premier Batu Erdene, hailing the \"heroic\" work, three days ago.",
	"Juche113.10.8. \"Unclosed mark at the end\nNext paragraph on the Day of the Sun, in 1910-1945.",
};
enum { N_ARTICLES = sizeof ARTICLES / sizeof ARTICLES[0], N_THREADS = 4, ROUNDS = 50 };

static kcna_parser *shared_parser;
static char *expected[N_ARTICLES];

static char *parse_to_json(const char *text)
{
	kcna_doc *doc = NULL;
	char *json = NULL;
	if (kcna_parse(shared_parser, text, strlen(text), &doc) != KCNA_OK)
		return NULL;
	if (kcna_doc_to_json(doc, 0, &json, NULL) != KCNA_OK)
		json = NULL;
	kcna_doc_free(doc);
	return json;
}

static void *worker(void *arg)
{
	size_t offset = (size_t)(uintptr_t)arg;
	for (int r = 0; r < ROUNDS; r++) {
		size_t k = (offset + (size_t)r) % N_ARTICLES;
		char *json = parse_to_json(ARTICLES[k]);
		int same = json && strcmp(json, expected[k]) == 0;
		kcna_free(json);
		if (!same)
			return (void *)1;
	}
	return NULL;
}

START_TEST(shared_parser_across_threads)
{
	ck_assert_int_eq(kcna_parser_new(&shared_parser), KCNA_OK);
	ck_assert_int_eq(kcna_parser_set_reference_date(shared_parser, "2024-08-16"), KCNA_OK);
	for (size_t k = 0; k < N_ARTICLES; k++)
		ck_assert_ptr_nonnull(expected[k] = parse_to_json(ARTICLES[k]));
	pthread_t threads[N_THREADS];
	for (size_t t = 0; t < N_THREADS; t++)
		ck_assert_int_eq(pthread_create(&threads[t], NULL, worker, (void *)(uintptr_t)t), 0);
	int failures = 0;
	for (size_t t = 0; t < N_THREADS; t++) {
		void *result = NULL;
		ck_assert_int_eq(pthread_join(threads[t], &result), 0);
		failures += result != NULL;
	}
	ck_assert_int_eq(failures, 0);
	for (size_t k = 0; k < N_ARTICLES; k++)
		kcna_free(expected[k]);
	kcna_parser_free(shared_parser);
}
END_TEST

static Suite *threads_suite(void)
{
	Suite *s = suite_create("threads");
	TCase *tc = tcase_create("threads");
	tcase_add_test(tc, shared_parser_across_threads);
	tcase_set_timeout(tc, 300);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(threads_suite)
