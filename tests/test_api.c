/* Public API contract: versions, statuses, ownership, offsets, JSON. */
#include <check.h>
#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <kcnaparse/kcnaparse.h>

static kcna_parser *P;
static void setup(void) { ck_assert_int_eq(kcna_parser_new(&P), KCNA_OK); }
static void teardown(void) { kcna_parser_free(P); P = NULL; }

static kcna_doc *parse(const char *text, const char *ref)
{
	kcna_doc *doc = NULL;
	ck_assert_int_eq(kcna_parse_dated(P, text, strlen(text), ref, &doc), KCNA_OK);
	ck_assert_ptr_nonnull(doc);
	return doc;
}

START_TEST(version_macros_agree)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%d.%d.%d", KCNAPARSE_VERSION_MAJOR, KCNAPARSE_VERSION_MINOR, KCNAPARSE_VERSION_PATCH);
	ck_assert_str_eq(kcna_version(), buf);
	ck_assert_str_eq(kcna_version(), KCNAPARSE_VERSION_STRING);
	ck_assert_int_eq(kcna_version_number(),
	                 KCNAPARSE_VERSION_MAJOR * 10000 + KCNAPARSE_VERSION_MINOR * 100 + KCNAPARSE_VERSION_PATCH);
}
END_TEST

START_TEST(strerror_names_every_status)
{
	for (int s = KCNA_OK; s <= KCNA_E_BAD_NAME; s++)
		ck_assert_str_ne(kcna_strerror((kcna_status)s), "unknown status");
	ck_assert_str_eq(kcna_strerror((kcna_status)99), "unknown status");
}
END_TEST

START_TEST(bad_arguments_are_reported)
{
	kcna_doc *doc = (kcna_doc *)0x1;
	ck_assert_int_eq(kcna_parse(NULL, "x", 1, &doc), KCNA_E_INVALID_ARG);
	ck_assert_ptr_null(doc);
	ck_assert_int_eq(kcna_parse(P, NULL, 3, &doc), KCNA_E_INVALID_ARG);
	ck_assert_int_eq(kcna_parse(P, "x", 1, NULL), KCNA_E_INVALID_ARG);
	ck_assert_int_eq(kcna_parser_set_reference_date(P, "2024-02-30"), KCNA_E_BAD_DATE);
	ck_assert_int_eq(kcna_parser_set_reference_date(P, "24-02-03"), KCNA_E_BAD_DATE);
	ck_assert_int_eq(kcna_parser_set_reference_date(P, "2024-02-29"), KCNA_OK);
	ck_assert_int_eq(kcna_parse_dated(P, "x", 1, "yesterday", &doc), KCNA_E_BAD_DATE);
	ck_assert_int_eq(kcna_parser_set_options(P, 0x80000000u), KCNA_E_INVALID_ARG);
	ck_assert_int_eq(kcna_parser_add_alias(P, "", "x"), KCNA_E_BAD_NAME);
	ck_assert_int_eq(kcna_parser_add_alias(NULL, "x", "y"), KCNA_E_INVALID_ARG);
	/* free functions accept NULL */
	kcna_doc_free(NULL);
	kcna_parser_free(NULL);
	kcna_free(NULL);
	ck_assert_int_eq(kcna_doc_quote_count(NULL), 0);
	ck_assert_ptr_null(kcna_doc_quote(NULL, 0));
	/* NULL items give *_NONE, never a real kind, and NONE has no name */
	ck_assert_int_eq(kcna_speaker_kind_of(NULL), KCNA_SPEAKER_NONE);
	ck_assert_int_eq(kcna_quote_kind_of(NULL), KCNA_QUOTE_NONE);
	ck_assert_int_eq(kcna_date_type_of(NULL), KCNA_DATE_NONE);
	ck_assert_int_eq(kcna_date_modifier(NULL), KCNA_MOD_NONE);
	ck_assert_ptr_null(kcna_speaker_kind_name(KCNA_SPEAKER_NONE));
	ck_assert_ptr_null(kcna_quote_kind_name(KCNA_QUOTE_NONE));
	ck_assert_ptr_null(kcna_date_type_name(KCNA_DATE_NONE));
	ck_assert_str_eq(kcna_speaker_kind_name(KCNA_SPEAKER_MEDIA), "media");
}
END_TEST

START_TEST(input_limit_gives_too_large)
{
	kcna_doc *doc = (kcna_doc *)&doc; /* must be reset to NULL on failure */
	ck_assert_int_eq(kcna_parser_set_max_input(P, 10), KCNA_OK);
	ck_assert_int_eq(kcna_parse(P, "This text is longer than ten bytes.", 35, &doc), KCNA_E_TOO_LARGE);
	ck_assert_ptr_null(doc);
	ck_assert_int_eq(kcna_parse(P, "short", 5, &doc), KCNA_OK);
	kcna_doc_free(doc);
}
END_TEST

START_TEST(spans_point_at_their_text)
{
	const char *text = "Pyongyang, May 2 (KCNA) -- Premier Pak Thae Song said on Monday that the dam was "
	                   "\xE2\x80\x9C" "a proud feat of our people" "\xE2\x80\x9D" ".";
	kcna_doc *doc = parse(text, NULL);
	ck_assert_uint_eq(kcna_doc_quote_count(doc), 1);
	const kcna_quote *q = kcna_doc_quote(doc, 0);
	size_t a, b;
	ck_assert_int_eq(kcna_quote_span(q, &a, &b), KCNA_OK);
	ck_assert_uint_eq(b - a, strlen(kcna_quote_text(q)));
	ck_assert(memcmp(text + a, kcna_quote_text(q), b - a) == 0);
	ck_assert_str_eq(kcna_quote_text(q), "a proud feat of our people");
	ck_assert_str_eq(kcna_speaker_name(kcna_quote_speaker(q)), "Pak Thae Song");
	ck_assert_str_eq(kcna_quote_cue(q), "said");
	/* "May 2" and "Monday": the loop below must have dates to check */
	ck_assert_uint_eq(kcna_doc_date_count(doc), 2);
	for (size_t i = 0; i < kcna_doc_date_count(doc); i++) {
		const kcna_date *d = kcna_doc_date(doc, i);
		ck_assert_int_eq(kcna_date_span(d, &a, &b), KCNA_OK);
		ck_assert_uint_eq(b - a, strlen(kcna_date_text(d)));
		ck_assert(memcmp(text + a, kcna_date_text(d), b - a) == 0);
	}
	/* no year anywhere and no reference date: the dateline keeps its X's */
	const kcna_date *dl = kcna_doc_dateline(doc);
	ck_assert_ptr_nonnull(dl);
	ck_assert_str_eq(kcna_date_value(dl), "XXXX-05-02");
	ck_assert_int_eq(kcna_date_resolved(dl), 0);
	ck_assert_ptr_null(kcna_doc_reference_date(doc));
	kcna_doc_free(doc);
}
END_TEST

START_TEST(reference_date_wins_over_dateline)
{
	const char *text = "SEOUL, Aug. 15 (UPI) -- The talks ended on Tuesday.";
	kcna_doc *doc = parse(text, "2023-08-15");
	ck_assert_str_eq(kcna_doc_reference_date(doc), "2023-08-15");
	ck_assert_str_eq(kcna_date_value(kcna_doc_dateline(doc)), "XXXX-08-15");
	const kcna_date *d = kcna_doc_date(doc, kcna_doc_date_count(doc) - 1);
	ck_assert_str_eq(kcna_date_text(d), "Tuesday");
	ck_assert_str_eq(kcna_date_value(d), "2023-08-15");
	ck_assert_int_eq(kcna_date_year(d), 2023);
	ck_assert_int_eq(kcna_date_month(d), 8);
	ck_assert_int_eq(kcna_date_day(d), 15);
	kcna_doc_free(doc);
}
END_TEST

START_TEST(user_alias_joins_speakers)
{
	ck_assert_int_eq(kcna_parser_add_alias(P, "Ri Il Hwan", "Comrade Ri"), KCNA_OK);
	const char *text = "Comrade Ri said the plan was \"fulfilled ahead of time\".";
	kcna_doc *doc = parse(text, "2024-01-01");
	ck_assert_uint_eq(kcna_doc_quote_count(doc), 1);
	ck_assert_str_eq(kcna_speaker_name(kcna_quote_speaker(kcna_doc_quote(doc, 0))), "Ri Il Hwan");
	kcna_doc_free(doc);
}
END_TEST

/* The learned ranker gives each speaker a probability, and "no speaker" 0;
 * the hand ranking (KCNA_OPT_RULE_ATTRIBUTION) is the baseline it
 * replaces: certain (1) wherever it finds a speaker. */
START_TEST(quote_confidence_and_the_rule_baseline)
{
	const char *text = "\"We will never give up,\" Choe Son Hui said.\n"
	                   "Choe Son Hui spoke at the meeting for an hour. \"We are ready for dialogue and for "
	                   "confrontation alike.\"\n";
	kcna_doc *doc = parse(text, "2024-05-03");
	ck_assert_uint_eq(kcna_doc_quote_count(doc), 2);
	const kcna_quote *said = kcna_doc_quote(doc, 0), *later = kcna_doc_quote(doc, 1);
	ck_assert_str_eq(kcna_speaker_name(kcna_quote_speaker(said)), "Choe Son Hui");
	ck_assert(kcna_quote_confidence(said) > 0.5 && kcna_quote_confidence(said) <= 1.0);
	ck_assert_str_eq(kcna_speaker_name(kcna_quote_speaker(later)), "Choe Son Hui"); /* no cue: the ranker's */
	ck_assert(kcna_quote_confidence(later) < kcna_quote_confidence(said));
	ck_assert(kcna_quote_confidence(NULL) == 0.0);
	kcna_doc_free(doc);
	doc = parse("Choe Son Hui said that the talks would resume soon.", "2024-05-03");
	ck_assert_uint_eq(kcna_doc_statement_count(doc), 1);
	ck_assert_str_eq(kcna_speaker_name(kcna_statement_speaker(kcna_doc_statement(doc, 0))), "Choe Son Hui");
	ck_assert(kcna_statement_confidence(kcna_doc_statement(doc, 0)) > 0.5);
	ck_assert(kcna_statement_confidence(NULL) == 0.0);
	kcna_doc_free(doc);
	doc = parse("Prices of \"premium\" goods rose.", "2024-05-03");
	ck_assert_ptr_null(kcna_quote_speaker(kcna_doc_quote(doc, 0)));
	ck_assert(kcna_quote_confidence(kcna_doc_quote(doc, 0)) == 0.0);
	kcna_doc_free(doc);

	kcna_parser *rules = NULL;
	ck_assert_int_eq(kcna_parser_new(&rules), KCNA_OK);
	ck_assert_int_eq(kcna_parser_set_options(rules, KCNA_OPT_RULE_ATTRIBUTION), KCNA_OK);
	ck_assert_int_eq(kcna_parse(rules, text, strlen(text), &doc), KCNA_OK);
	ck_assert_str_eq(kcna_speaker_name(kcna_quote_speaker(kcna_doc_quote(doc, 0))), "Choe Son Hui");
	ck_assert(kcna_quote_confidence(kcna_doc_quote(doc, 0)) == 1.0);
	ck_assert(kcna_quote_confidence(kcna_doc_quote(doc, 1)) == 1.0); /* the previous quote's speaker */
	kcna_doc_free(doc);
	kcna_parser_free(rules);
}
END_TEST

START_TEST(json_is_output_v1)
{
	const char *text = "Kim Yo Jong said: \"We will \\respond\".\n";
	kcna_doc *doc = parse(text, "2024-06-01");
	char *json = NULL;
	size_t len = 0;
	ck_assert_int_eq(kcna_doc_to_json(doc, 0, &json, &len), KCNA_OK);
	ck_assert_uint_eq(strlen(json), len);
	ck_assert_ptr_nonnull(strstr(json, "\"reference_date\": \"2024-06-01\""));
	ck_assert_ptr_nonnull(strstr(json, "\"text\": \"We will \\\\respond\""));
	ck_assert_ptr_nonnull(strstr(json, "\"name\": \"Kim Yo Jong\""));
	ck_assert_ptr_nonnull(strstr(json, "\"dates\": ["));
	kcna_free(json);
	kcna_doc_free(doc);
}
END_TEST

START_TEST(document_outlives_its_parser)
{
	/* every accessor and the JSON export after the parser is freed (ASan
	 * and valgrind in CI catch a read of freed parser memory) */
	kcna_parser *own;
	ck_assert_int_eq(kcna_parser_new(&own), KCNA_OK);
	ck_assert_int_eq(kcna_parser_add_alias(own, "Kim Jong Un", "the Marshal"), KCNA_OK);
	const char *text = "Pyongyang, May 2 (KCNA) -- The Marshal said \"hi\" on Monday. Kim Jong Un smiled.";
	kcna_doc *doc = NULL;
	ck_assert_int_eq(kcna_parse_dated(own, text, strlen(text), "2024-05-03", &doc), KCNA_OK);
	kcna_parser_free(own);
	ck_assert_uint_eq(kcna_doc_quote_count(doc), 1);
	const kcna_quote *q = kcna_doc_quote(doc, 0);
	const kcna_speaker *s = kcna_quote_speaker(q);
	ck_assert_str_eq(kcna_speaker_name(s), "Kim Jong Un");
	ck_assert_ptr_nonnull(kcna_speaker_title(s));
	ck_assert_str_eq(kcna_speaker_kind_name(kcna_speaker_kind_of(s)), "person");
	for (size_t i = 0; i < kcna_speaker_alias_count(s); i++)
		ck_assert_ptr_nonnull(kcna_speaker_alias(s, i));
	ck_assert_uint_ge(kcna_speaker_mention_count(s), 2);
	ck_assert_str_eq(kcna_quote_cue(q), "said");
	ck_assert_str_eq(kcna_date_text(kcna_doc_dateline(doc)), "May 2");
	ck_assert_uint_ge(kcna_doc_date_count(doc), 1);
	char *json = NULL;
	ck_assert_int_eq(kcna_doc_to_json(doc, KCNA_JSON_PRETTY, &json, NULL), KCNA_OK);
	ck_assert_ptr_nonnull(strstr(json, "\"name\": \"Kim Jong Un\""));
	kcna_doc_free(doc);
	kcna_free(json); /* a buffer outlives its document too */
}
END_TEST

START_TEST(parser_is_frozen_by_its_first_parse)
{
	ck_assert_int_eq(kcna_parser_set_options(P, KCNA_OPT_ALL_TEMPORAL), KCNA_OK);
	kcna_doc *doc = parse("Ri said \"yes\".", NULL);
	kcna_doc_free(doc);
	ck_assert_int_eq(kcna_parser_set_options(P, 0), KCNA_E_STATE);
	ck_assert_int_eq(kcna_parser_set_reference_date(P, "2024-01-01"), KCNA_E_STATE);
	ck_assert_int_eq(kcna_parser_set_max_input(P, 10), KCNA_E_STATE);
	ck_assert_int_eq(kcna_parser_add_alias(P, "Ri Il Hwan", "Comrade Ri"), KCNA_E_STATE);
	/* a bad value is still named as such */
	ck_assert_int_eq(kcna_parser_set_reference_date(P, "2024-13-01"), KCNA_E_BAD_DATE);
	ck_assert_str_ne(kcna_strerror(KCNA_E_STATE), "unknown status");
}
END_TEST

START_TEST(alias_names_are_validated)
{
	size_t bad = 99;
	const char *canon[] = {"Ri Il Hwan", "Pak Jong Chon", "Choe Son Hui"};
	const char *alias[] = {"Comrade Ri", "Marshal \xC3\x28Pak", "Minister Choe"};
	ck_assert_int_eq(kcna_parser_add_aliases(P, canon, alias, 3, &bad), KCNA_E_BAD_NAME);
	ck_assert_uint_eq(bad, 1);
	ck_assert_int_eq(kcna_parser_add_alias(P, "Kim\x01Jong", "Kim"), KCNA_E_BAD_NAME);
	ck_assert_int_eq(kcna_parser_add_alias(P, "Kim", "-- Kim"), KCNA_E_BAD_NAME);
	ck_assert_int_eq(kcna_parser_add_aliases(P, NULL, NULL, 0, NULL), KCNA_OK);
	/* nothing of the failed batch was added: "Comrade Ri" is nobody known */
	kcna_doc *doc = parse("Comrade Ri said \"yes\". Minister Choe said \"no\".", NULL);
	for (size_t i = 0; i < kcna_doc_speaker_count(doc); i++) {
		ck_assert_str_ne(kcna_speaker_name(kcna_doc_speaker(doc, i)), "Ri Il Hwan");
		ck_assert_str_ne(kcna_speaker_name(kcna_doc_speaker(doc, i)), "Choe Son Hui");
	}
	kcna_doc_free(doc);
}
END_TEST

START_TEST(alias_with_a_long_first_word_matches)
{
	ck_assert_int_eq(kcna_parser_add_alias(P, "Mr Internationalisationsbeauftragter",
	                                       "Internationalisationsbeauftragter Meier"), KCNA_OK);
	kcna_doc *doc = parse("Internationalisationsbeauftragter Meier said \"we agree\".", NULL);
	ck_assert_uint_eq(kcna_doc_quote_count(doc), 1);
	ck_assert_str_eq(kcna_speaker_name(kcna_quote_speaker(kcna_doc_quote(doc, 0))),
	                 "Mr Internationalisationsbeauftragter");
	kcna_doc_free(doc);
}
END_TEST

START_TEST(many_aliases_are_added_in_linear_time)
{
	/* 200,000 names: quadratic adding took minutes; the test's timeout
	 * (60 s, 300 s under valgrind) catches a return to it */
	enum { N = 200000 };
	char (*names)[32] = malloc(sizeof(*names) * N);
	const char **canon = malloc(sizeof(*canon) * N), **alias = malloc(sizeof(*alias) * N);
	ck_assert_ptr_nonnull(names);
	for (size_t i = 0; i < N; i++) {
		char word[8] = {0}; /* i in base 26, as letters: a name the tokenizer reads as one word */
		for (size_t k = 0, v = i; k < 4; k++, v /= 26)
			word[3 - k] = (char)('a' + v % 26);
		snprintf(names[i], sizeof names[i], "Officer%s Kang", word);
		canon[i] = "Kang Sun Nam";
		alias[i] = names[i];
	}
	ck_assert_int_eq(kcna_parser_add_aliases(P, canon, alias, N, NULL), KCNA_OK);
	ck_assert_int_eq(kcna_parser_add_alias(P, "Ri Il Hwan", "Comrade Ri"), KCNA_OK);
	kcna_doc *doc = parse("Officerljwh Kang said \"ready\". Comrade Ri said \"go\".", NULL);
	ck_assert_uint_eq(kcna_doc_quote_count(doc), 2);
	ck_assert_str_eq(kcna_speaker_name(kcna_quote_speaker(kcna_doc_quote(doc, 0))), "Kang Sun Nam");
	ck_assert_str_eq(kcna_speaker_name(kcna_quote_speaker(kcna_doc_quote(doc, 1))), "Ri Il Hwan");
	kcna_doc_free(doc);
	free(names);
	free(canon);
	free(alias);
}
END_TEST

Suite *api_suite(void)
{
	Suite *s = suite_create("api");
	TCase *tc = tcase_create("api");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, version_macros_agree);
	tcase_add_test(tc, strerror_names_every_status);
	tcase_add_test(tc, bad_arguments_are_reported);
	tcase_add_test(tc, input_limit_gives_too_large);
	tcase_add_test(tc, spans_point_at_their_text);
	tcase_add_test(tc, reference_date_wins_over_dateline);
	tcase_add_test(tc, user_alias_joins_speakers);
	tcase_add_test(tc, quote_confidence_and_the_rule_baseline);
	tcase_add_test(tc, json_is_output_v1);
	tcase_add_test(tc, document_outlives_its_parser);
	tcase_add_test(tc, parser_is_frozen_by_its_first_parse);
	tcase_add_test(tc, alias_names_are_validated);
	tcase_add_test(tc, alias_with_a_long_first_word_matches);
	tcase_add_test(tc, many_aliases_are_added_in_linear_time);
	suite_add_tcase(s, tc);
	return s;
}

CHECK_MAIN(api_suite)
