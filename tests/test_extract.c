/* Extraction behaviour on sentences written for these tests. */
#include <check.h>
#include "check_main.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <kcnaparse/kcnaparse.h>

static kcna_parser *P;
static kcna_doc *D;
static void setup(void) { ck_assert_int_eq(kcna_parser_new(&P), KCNA_OK); D = NULL; }
static void teardown(void) { kcna_doc_free(D); kcna_parser_free(P); }

/* A parser is frozen by its first parse: other options take a new one. */
static void use_options(unsigned options)
{
	kcna_doc_free(D);
	D = NULL;
	kcna_parser_free(P);
	ck_assert_int_eq(kcna_parser_new(&P), KCNA_OK);
	ck_assert_int_eq(kcna_parser_set_options(P, options), KCNA_OK);
}

static void parse(const char *text, const char *ref)
{
	kcna_doc_free(D);
	D = NULL;
	ck_assert_int_eq(kcna_parse_dated(P, text, strlen(text), ref, &D), KCNA_OK);
}

/* The value of the date whose text is `text`, or NULL. */
static const char *date_value(const char *text)
{
	for (size_t i = 0; i < kcna_doc_date_count(D); i++)
		if (strcmp(kcna_date_text(kcna_doc_date(D, i)), text) == 0)
			return kcna_date_value(kcna_doc_date(D, i));
	return NULL;
}

static const char *speaker_of(const char *quote)
{
	for (size_t i = 0; i < kcna_doc_quote_count(D); i++) {
		const kcna_quote *q = kcna_doc_quote(D, i);
		if (strcmp(kcna_quote_text(q), quote) == 0)
			return kcna_quote_speaker(q) ? kcna_speaker_name(kcna_quote_speaker(q)) : "(none)";
	}
	return "(no such quote)";
}

/* ---- dates ---- */
START_TEST(full_and_partial_dates)
{
	parse("The plant opened on August 16, 2024, and again on 3 March 2021. "
	      "Work resumed Sept. 9 and Dec 27. The plan for June 2024 was set in 2021.", "2024-12-30");
	ck_assert_str_eq(date_value("August 16, 2024"), "2024-08-16");
	ck_assert_str_eq(date_value("3 March 2021"), "2021-03-03");
	ck_assert_str_eq(date_value("Sept. 9"), "2024-09-09");
	ck_assert_str_eq(date_value("Dec 27"), "2024-12-27");
	ck_assert_str_eq(date_value("June 2024"), "2024-06");
	ck_assert_str_eq(date_value("2021"), "2021");
}
END_TEST

START_TEST(past_leaning_resolution_crosses_years)
{
	/* a month-day later in the year than the reference date lies last year */
	parse("The delegation arrived on Dec. 28 and left on Jan. 2.", "2025-01-05");
	ck_assert_str_eq(date_value("Dec. 28"), "2024-12-28");
	ck_assert_str_eq(date_value("Jan. 2"), "2025-01-02");
	/* weekdays: latest on or before the reference date */
	parse("The meeting was held Monday. It closed on Sunday.", "2024-01-03");
	ck_assert_str_eq(date_value("Monday"), "2024-01-01");
	ck_assert_str_eq(date_value("Sunday"), "2023-12-31");
	/* leap day */
	parse("The ship sailed on Feb. 29.", "2024-03-10");
	ck_assert_str_eq(date_value("Feb. 29"), "2024-02-29");
}
END_TEST

START_TEST(future_words_point_ahead)
{
	parse("The two leaders will meet next Tuesday. The summit will open on Monday.", "2026-01-02");
	ck_assert_str_eq(date_value("next Tuesday"), "2026-01-06");
	ck_assert_str_eq(date_value("Monday"), "2026-01-05");
}
END_TEST

START_TEST(relative_dates)
{
	parse("Officials met yesterday and last week. Trade grew last year and this month. "
	      "Talks began 3 days ago.", "2024-08-16");
	ck_assert_str_eq(date_value("yesterday"), "2024-08-15");
	ck_assert_str_eq(date_value("last week"), "2024-W32");
	ck_assert_str_eq(date_value("last year"), "2023");
	ck_assert_str_eq(date_value("this month"), "2024-08");
	ck_assert_str_eq(date_value("3 days ago"), "2024-08-13");
}
END_TEST

START_TEST(iso_week_across_years)
{
	/* 2021-01-01 is in ISO week 53 of 2020 */
	parse("Exports fell this week.", "2021-01-01");
	ck_assert_str_eq(date_value("this week"), "2020-W53");
}
END_TEST

START_TEST(anchored_dates)
{
	parse("The letter was sent on December 18. It was published a week later.", "2025-12-30");
	ck_assert_str_eq(date_value("December 18"), "2025-12-18");
	ck_assert_str_eq(date_value("a week later"), "2025-12-25");
	size_t a, b;
	for (size_t i = 0; i < kcna_doc_date_count(D); i++) {
		const kcna_date *d = kcna_doc_date(D, i);
		if (strcmp(kcna_date_text(d), "a week later") == 0) {
			ck_assert_int_eq(kcna_date_anchor_span(d, &a, &b), KCNA_OK);
			ck_assert_uint_eq(b - a, strlen("December 18"));
		}
	}
	parse("Talks opened on July 23. The same day, a treaty was signed; the previous day was calm.", "2024-07-30");
	ck_assert_str_eq(date_value("The same day"), "2024-07-23");
	ck_assert_str_eq(date_value("the previous day"), "2024-07-22");
}
END_TEST

START_TEST(ranges_are_one_interval)
{
	parse("Japan ruled Korea in 1910-1945. The fair runs Jan. 4-7 and the talks ran from Dec. 9 to 11.",
	      "2025-12-30");
	ck_assert_str_eq(date_value("1910-1945"), "1910/1945");
	ck_assert_str_eq(date_value("Jan. 4-7"), "2026-01-04/2026-01-07"); /* days ahead, across the new year */
	ck_assert_str_eq(date_value("Dec. 9 to 11"), "2025-12-09/2025-12-11");
	ck_assert_uint_eq(kcna_doc_date_count(D), 3);
	/* TempEval-3 writes each end as its own expression */
	use_options(KCNA_OPT_TIMEX3);
	parse("Japan ruled Korea in 1910-1945. The talks ran from Dec. 9 to 11.", "2025-12-30");
	ck_assert_uint_eq(kcna_doc_date_count(D), 4);
	ck_assert_str_eq(date_value("1910"), "1910");
	ck_assert_str_eq(date_value("1945"), "1945");
	ck_assert_str_eq(date_value("Dec. 9"), "2025-12-09");
	ck_assert_str_eq(date_value("11"), "2025-12-11");
}
END_TEST

START_TEST(modified_dates_and_juche)
{
	parse("Rain fell in late July. Juche 113 (2024) was a year of change. Issued Juche113.10.8.", "2024-10-09");
	ck_assert_str_eq(date_value("late July"), "2024-07");
	ck_assert_str_eq(date_value("Juche 113 (2024)"), "2024");
	ck_assert_str_eq(date_value("Juche113.10.8."), "2024-10-08");
}
END_TEST

START_TEST(no_false_dates)
{
	parse("You may march on. Some 2024 people and 10 000 troops were there. The Sun rose.", "2024-10-09");
	ck_assert_ptr_null(date_value("may"));
	ck_assert_ptr_null(date_value("march"));
	ck_assert_ptr_null(date_value("2024"));
	ck_assert_uint_eq(kcna_doc_date_count(D), 0);
	/* a singular noun ending in s after a year leaves the year a date */
	parse("A 2009 analysis and 2010 census differ from 2011 troops.", "2024-10-09");
	ck_assert_str_eq(date_value("2009"), "2009");
	ck_assert_str_eq(date_value("2010"), "2010");
	ck_assert_ptr_null(date_value("2011"));
}
END_TEST

START_TEST(clock_times_and_centuries)
{
	/* 2024-08-16 is a Friday */
	parse("The convoy left at 10 a.m. Monday and returned at 8 PM. Talks began at 15:00 GMT Saturday "
	      "and ran until midnight. At 7:15 p.m., noon Thursday and 5 p.m. EST, Aug. 9 were set. "
	      "She won in 3:07:35 on a map at 1:50,000 scale.", "2024-08-16");
	ck_assert_str_eq(date_value("10 a.m. Monday"), "2024-08-12T10:00");
	ck_assert_int_eq(kcna_date_type_of(kcna_doc_date(D, 0)), KCNA_DATE_TIME);
	ck_assert_int_eq(kcna_date_day(kcna_doc_date(D, 0)), 12);
	ck_assert_str_eq(date_value("8 PM"), "2024-08-12T20:00"); /* on the day its sentence cited */
	ck_assert_str_eq(date_value("15:00 GMT Saturday"), "2024-08-10T15:00");
	ck_assert_str_eq(date_value("midnight"), "2024-08-10T24:00");
	ck_assert_str_eq(date_value("7:15 p.m."), "2024-08-16T19:15"); /* no day cited: the reference day */
	ck_assert_str_eq(date_value("noon Thursday"), "2024-08-15T12:00");
	ck_assert_str_eq(date_value("5 p.m. EST, Aug. 9"), "2024-08-09T17:00");
	ck_assert_ptr_null(date_value("3:07"));
	ck_assert_ptr_null(date_value("1:50"));
	ck_assert_ptr_null(date_value("50"));
	ck_assert_uint_eq(kcna_doc_date_count(D), 7);
	/* centuries by their first two digits; durations of hours and minutes */
	use_options(KCNA_OPT_ALL_TEMPORAL);
	parse("In the 20th century and the twenty-first century, unlike the eighteenth century or this century, "
	      "a five-hour drive took 16 hours, every morning, and one minute of silence.", "2013-03-22");
	ck_assert_str_eq(date_value("20th century"), "19");
	ck_assert_str_eq(date_value("twenty-first century"), "20");
	ck_assert_str_eq(date_value("eighteenth century"), "17");
	ck_assert_str_eq(date_value("this century"), "20");
	ck_assert_str_eq(date_value("five-hour"), "PT5H");
	ck_assert_str_eq(date_value("16 hours"), "PT16H");
	ck_assert_str_eq(date_value("one minute"), "PT1M");
	ck_assert_str_eq(date_value("every morning"), "XXXX-XX-XXTMO");
}
END_TEST

START_TEST(year_ends_and_fiscal_years)
{
	/* a year's end told in the past before December is last year's */
	parse("Flu cases peaked by the end of year. Output will grow by the end of the year. "
	      "Sales rose this fiscal year and fell last fiscal year.", "2013-03-22");
	ck_assert_str_eq(date_value("the end of year"), "2012");
	ck_assert_str_eq(date_value("the end of the year"), "2013");
	ck_assert_str_eq(date_value("this fiscal year"), "2013");
	ck_assert_str_eq(date_value("last fiscal year"), "2012");
	parse("Snow fell by the end of the year.", "2013-12-30");
	ck_assert_str_eq(date_value("the end of the year"), "2013");
}
END_TEST

START_TEST(durations_and_vague)
{
	/* recognised always, reported on request: they cite no calendar date */
	const char *text = "The work took almost five years. Now the plant is ready. Since March 3 it runs weekly.";
	parse(text, "2024-10-09");
	ck_assert_ptr_null(date_value("almost five years"));
	ck_assert_ptr_null(date_value("Now"));
	ck_assert_ptr_null(date_value("weekly"));
	ck_assert_str_eq(date_value("March 3"), "2024-03-03");
	ck_assert_uint_eq(kcna_doc_date_count(D), 1);
	use_options(KCNA_OPT_ALL_TEMPORAL);
	parse(text, "2024-10-09");
	ck_assert_str_eq(date_value("almost five years"), "P5Y");
	ck_assert_int_eq(kcna_date_type_of(kcna_doc_date(D, 0)), KCNA_DATE_DURATION);
	ck_assert_str_eq(date_value("Now"), "PRESENT_REF");
	ck_assert_str_eq(date_value("weekly"), "P1W");
	ck_assert_str_eq(date_value("March 3"), "2024-03-03");
	/* TIMEX3 mode implies it */
	use_options(KCNA_OPT_TIMEX3);
	parse(text, "2024-10-09");
	ck_assert_uint_eq(kcna_doc_date_count(D), 4);
}
END_TEST

START_TEST(tense_decides_direction)
{
	/* the tense word may follow the date, or stand far before it */
	parse("On Tuesday, the premier will inspect the port. "
	      "The envoys are scheduled to take part in a slate of official talks on Monday afternoon. "
	      "The ministry said Friday that talks ended.", "2026-01-02");
	ck_assert_str_eq(date_value("Tuesday"), "2026-01-06");
	ck_assert_str_eq(date_value("Monday"), "2026-01-05"); /* the day: a time of day only with the temporal options */
	ck_assert_str_eq(date_value("Friday"), "2026-01-02");
	/* a month-day a little ahead with no tense word is coming; with a past verb it lies last year */
	parse("The forum opens Nov. 21 in the capital. The forum closed on Nov. 20.", "2025-11-01");
	ck_assert_str_eq(date_value("Nov. 21"), "2025-11-21");
	ck_assert_str_eq(date_value("Nov. 20"), "2024-11-20");
}
END_TEST

START_TEST(quarters_sets_and_old_years)
{
	use_options(KCNA_OPT_ALL_TEMPORAL);
	parse("Profit rose in the third quarter and fourth-quarter sales fell. "
	      "The board meets weekly and reports annually. The daily Minju Joson wrote it. "
	      "A 6-year-old boy was there. 1896 -- The railway opened. Prices fell in recent weeks.", "2025-08-10");
	ck_assert_str_eq(date_value("the third quarter"), "2025-Q3");
	ck_assert_str_eq(date_value("fourth-quarter"), "2024-Q4");
	ck_assert_str_eq(date_value("weekly"), "P1W");
	ck_assert_str_eq(date_value("annually"), "P1Y");
	ck_assert_ptr_null(date_value("daily"));
	ck_assert_ptr_null(date_value("6-year"));
	ck_assert_str_eq(date_value("1896"), "1896");
	ck_assert_str_eq(date_value("recent weeks"), "PXW");
	/* 1800s numbers elsewhere are counts, not years */
	parse("The unit has 1850 members.", "2025-11-10");
	ck_assert_uint_eq(kcna_doc_date_count(D), 0);
}
END_TEST

START_TEST(vague_and_financial_references)
{
	use_options(KCNA_OPT_ALL_TEMPORAL);
	/* 2025-11-05 is a Wednesday: the latest weekend is that of ISO week 44 */
	parse("Previously, the plant was idle. Today's world is different, but today's talks went well. "
	      "In the past, the current system served. We will meet in the future, too. "
	      "The firm said recent sales over the weekend beat the year-earlier quarter; "
	      "the current year will be better. Crops failed for years.", "2025-11-05");
	ck_assert_ptr_null(date_value("Previously"));
	ck_assert_ptr_null(date_value("Today"));
	ck_assert_str_eq(date_value("today"), "2025-11-05");
	ck_assert_str_eq(date_value("the past"), "PAST_REF");
	ck_assert_str_eq(date_value("current"), "PRESENT_REF");
	ck_assert_str_eq(date_value("the future"), "FUTURE_REF");
	ck_assert_str_eq(date_value("recent"), "PAST_REF");
	ck_assert_str_eq(date_value("the weekend"), "2025-W44-WE");
	ck_assert_str_eq(date_value("the year-earlier quarter"), "2024-Q3");
	ck_assert_str_eq(date_value("the current year"), "2025");
	ck_assert_str_eq(date_value("years"), "PXY");
	/* "a year earlier" after a quarter is that quarter a year back */
	parse("Net income rose in the third quarter from a year earlier. Sales fell from a year ago.", "1989-11-02");
	ck_assert_str_eq(date_value("a year earlier"), "1988-Q3");
	ck_assert_str_eq(date_value("a year ago"), "1988-Q3");
	/* an adjective "future" and a plural after no preposition are no dates */
	parse("The future king met the years of struggle.", "2025-11-05");
	ck_assert_uint_eq(kcna_doc_date_count(D), 0);
}
END_TEST

START_TEST(quoted_words_do_not_set_the_tense)
{
	/* the "will" is Kim's; "said" tells when Monday was */
	parse("Kim Jong Un said, \"We will win,\" on Monday.", "2024-05-03");
	ck_assert_str_eq(date_value("Monday"), "2024-04-29");
	/* inside the quote its own words count */
	parse("Kim Jong Un said, \"We will meet on Monday.\"", "2024-05-03");
	ck_assert_str_eq(date_value("Monday"), "2024-05-06");
	/* a reporting verb in the present leaves a near date ahead */
	parse("The minister says the forum opens Nov. 21.", "2025-11-01");
	ck_assert_str_eq(date_value("Nov. 21"), "2025-11-21");
	parse("The minister said the forum opened Nov. 21.", "2025-11-01");
	ck_assert_str_eq(date_value("Nov. 21"), "2024-11-21");
	/* the participle of a cue is no present */
	parse("He was quoted as saying the forum opened on Nov. 21.", "2025-11-01");
	ck_assert_str_eq(date_value("Nov. 21"), "2024-11-21");
}
END_TEST

START_TEST(year_words_after_a_day_or_range)
{
	parse("The drills ran from Jan. 4 to 9 last year.", "2025-03-05");
	ck_assert_str_eq(date_value("Jan. 4 to 9 last year"), "2024-01-04/2024-01-09");
	parse("The drills ran Jan. 4-9 last year, and the talks began on Jan. 4 this year.", "2025-03-05");
	ck_assert_str_eq(date_value("Jan. 4-9 last year"), "2024-01-04/2024-01-09");
	ck_assert_str_eq(date_value("Jan. 4 this year"), "2025-01-04");
	parse("The talks run from Dec. 30 to Jan. 2 next year.", "2025-03-05");
	ck_assert_str_eq(date_value("Dec. 30 to Jan. 2 next year"), "2025-12-30/2026-01-02");
	/* "last week" is not a year word */
	parse("He met her on Jan. 4 last week.", "2025-03-05");
	ck_assert_str_eq(date_value("Jan. 4"), "2025-01-04");
}
END_TEST

START_TEST(new_years_day_is_the_nearest)
{
	parse("Putin sent New Year's greetings to Kim Jong Un.", "2023-12-30");
	ck_assert_str_eq(date_value("New Year's"), "2024-01-01");
	parse("Putin sent New Year\xE2\x80\x99s greetings to Kim Jong Un.", "2024-01-02");
	ck_assert_str_eq(date_value("New Year\xE2\x80\x99s"), "2024-01-01");
	parse("A New Year's Day reception was held.", "2024-01-02");
	ck_assert_str_eq(date_value("New Year's Day"), "2024-01-01");
}
END_TEST

START_TEST(datelines_without_a_dash)
{
	parse("Seoul, Dec 27 (NationPress)\nNorth Korea said on Friday it would \"respond\".\n", NULL);
	ck_assert_ptr_nonnull(kcna_doc_dateline(D));
	ck_assert_str_eq(kcna_date_text(kcna_doc_dateline(D)), "Dec 27");
	parse("Seoul, Dec. 27 (AFP-Yonhap) -- North Korea said it would \"respond\".", NULL);
	ck_assert_str_eq(kcna_date_text(kcna_doc_dateline(D)), "Dec. 27");
	/* a place and a date inside a sentence are no dateline */
	parse("He flew to Seoul, Dec. 27 (a Friday) and spoke.", NULL);
	ck_assert_ptr_null(kcna_doc_dateline(D));
}
END_TEST

START_TEST(anchors_are_spans_or_absent)
{
	size_t a = 99, b = 99;
	use_options(KCNA_OPT_ALL_TEMPORAL);
	/* no reference date: "a week later" counts from Monday, whose span it reports */
	const char *text = "The talks began on Monday, May 6. A week later they ended.";
	parse(text, NULL);
	const kcna_date *later = kcna_doc_date(D, 1);
	ck_assert_str_eq(kcna_date_text(later), "A week later");
	ck_assert_str_eq(kcna_date_value(later), "XXXX-05-13");
	ck_assert_int_eq(kcna_date_anchor_span(later, &a, &b), KCNA_OK);
	ck_assert_uint_lt(a, b);
	ck_assert(memcmp(text + a, "Monday, May 6", b - a) == 0);
	/* nothing to count from: no anchor, and a status that says so */
	parse("A week later they ended.", NULL);
	ck_assert_int_eq(kcna_date_anchor_span(kcna_doc_date(D, 0), &a, &b), KCNA_E_NOT_FOUND);
}
END_TEST

/* Other calendars' holidays: ICU's days, and a bounded number of them per
 * document, so that a text naming hundreds costs no more than a few. */
START_TEST(other_calendars_holidays_are_bounded)
{
	char text[4096];
	size_t len = 0;
	for (int y = 1901; y <= 2000; y++)
		len += (size_t)snprintf(text + len, sizeof text - len, "Ramadan %d. ", y);
	parse(text, "2024-05-03");
	ck_assert_uint_eq(kcna_doc_date_count(D), 100);
	ck_assert_str_eq(date_value("Ramadan 1964"), "1964-01-16"); /* the 64th computed */
	ck_assert_ptr_null(date_value("Ramadan 1965"));              /* past the bound: its year alone */
	ck_assert_str_eq(date_value("1965"), "1965");
	ck_assert_str_eq(kcna_date_value(kcna_doc_date(D, 0)), "1901-12-12"); /* 1 Ramadan 1319 AH, by ICU */
	parse("They fasted at Ramadan 2010 and lit candles at Hanukkah 2010.", "2024-05-03");
	ck_assert_str_eq(date_value("Ramadan 2010"), "2010-08-11");
	ck_assert_str_eq(date_value("Hanukkah 2010"), "2010-12-02");
}
END_TEST

START_TEST(no_year_past_9999)
{
	use_options(KCNA_OPT_ALL_TEMPORAL);
	parse("He will come tomorrow at 10 a.m. and again next year. It ended yesterday.", "9999-12-31");
	ck_assert_str_eq(date_value("tomorrow at 10 a.m."), "XXXX-01-01T10:00");
	ck_assert_int_eq(kcna_date_resolved(kcna_doc_date(D, 0)), 0);
	ck_assert_int_eq(kcna_date_year(kcna_doc_date(D, 0)), -1);
	ck_assert_str_eq(date_value("next year"), "XXXX");
	ck_assert_str_eq(date_value("yesterday"), "9999-12-30");
}
END_TEST

/* ---- quotes ---- */
START_TEST(quote_after_with_cue)
{
	parse("\"We will never give up,\" Choe Son Hui said.", "2024-01-01");
	ck_assert_str_eq(speaker_of("We will never give up,"), "Choe Son Hui");
	parse("\"The drills must stop,\" said Sergei Shoigu.", "2024-01-01");
	ck_assert_str_eq(speaker_of("The drills must stop,"), "Sergei Shoigu");
}
END_TEST

START_TEST(quote_before_with_cue_and_that)
{
	parse("Vladimir Putin told Kim Jong Un that ties would \"grow stronger every year\".", "2024-01-01");
	ck_assert_str_eq(speaker_of("grow stronger every year"), "Vladimir Putin");
}
END_TEST

START_TEST(kcna_quoted_as_saying)
{
	parse("\"Our army is ready,\" the KCNA quoted Kim Jong Un as saying.", "2024-01-01");
	ck_assert_str_eq(speaker_of("Our army is ready,"), "Kim Jong Un");
	ck_assert_str_eq(kcna_quote_source(kcna_doc_quote(D, 0)), "KCNA");
}
END_TEST

START_TEST(according_to_media_is_a_source)
{
	parse("Putin said the talks were \"useful and frank,\" according to KCNA.", "2024-01-01");
	ck_assert_str_eq(speaker_of("useful and frank,"), "Vladimir Putin");
	ck_assert_str_eq(kcna_quote_source(kcna_doc_quote(D, 0)), "KCNA");
}
END_TEST

START_TEST(interrupted_quote_is_two)
{
	parse("\"The harvest is good,\" Pak Jong Chon said, \"and the barns are full.\"", "2024-01-01");
	ck_assert_uint_eq(kcna_doc_quote_count(D), 2);
	ck_assert_str_eq(speaker_of("The harvest is good,"), "Pak Jong Chon");
	ck_assert_str_eq(speaker_of("and the barns are full."), "Pak Jong Chon");
}
END_TEST

START_TEST(pronoun_follows_named_person)
{
	parse("Xi Jinping arrived in the morning. \"Friendship is precious,\" he said.", "2024-01-01");
	ck_assert_str_eq(speaker_of("Friendship is precious,"), "Xi Jinping");
}
END_TEST

START_TEST(apostrophes_are_not_quotes)
{
	parse("Korea's rivers and the North\xE2\x80\x99s hills met the hostile forces' drills.", "2024-01-01");
	ck_assert_uint_eq(kcna_doc_quote_count(D), 0);
}
END_TEST

START_TEST(nested_single_inside_double)
{
	parse("Wi Sung-lac said, \"The so-called 'ban' is over.\"", "2024-01-01");
	ck_assert_uint_eq(kcna_doc_quote_count(D), 2);
	ck_assert_str_eq(speaker_of("The so-called 'ban' is over."), "Wi Sung-lac");
	ck_assert_str_eq(speaker_of("ban"), "Wi Sung-lac");
}
END_TEST

START_TEST(unmatched_mark_stops_at_paragraph)
{
	parse("Kim Yo Jong said \"this never closes\nNext paragraph has no quote.", "2024-01-01");
	ck_assert_uint_eq(kcna_doc_quote_count(D), 1);
	ck_assert_str_eq(kcna_quote_text(kcna_doc_quote(D, 0)), "this never closes");
}
END_TEST

START_TEST(multi_paragraph_quote)
{
	parse("Kim Jong Un said: \"First part.\n\"Second part.\"\n", "2024-01-01");
	ck_assert_uint_eq(kcna_doc_quote_count(D), 2);
	ck_assert_str_eq(speaker_of("First part."), "Kim Jong Un");
	ck_assert_str_eq(speaker_of("Second part."), "Kim Jong Un");
}
END_TEST

START_TEST(html_quot_entities)
{
	parse("Lee Jae Myung said &quot;peace comes first&quot; on Friday.", "2026-01-02");
	ck_assert_str_eq(speaker_of("peace comes first"), "Lee Jae Myung");
}
END_TEST

START_TEST(glued_names_and_variants_cluster)
{
	parse("ComradeKim Jong Unreceived the envoy. Later Kim Jong-un said \"welcome\".", "2024-01-01");
	ck_assert_str_eq(speaker_of("welcome"), "Kim Jong Un");
	const kcna_speaker *s = kcna_quote_speaker(kcna_doc_quote(D, 0));
	ck_assert_uint_eq(kcna_speaker_mention_count(s), 2);
}
END_TEST

START_TEST(the_ministry_is_the_body_named_before)
{
	parse("Access will begin Tuesday, according to the unification ministry. "
	      "The papers are now classed as \"general materials\" not as \"special\" ones, the ministry said.",
	      "2025-12-30");
	ck_assert_str_eq(speaker_of("general materials"), "unification ministry");
	ck_assert_str_eq(speaker_of("special"), "unification ministry");
}
END_TEST

START_TEST(objects_and_possessors_are_not_speakers)
{
	parse("Premier Ri Chol Ho sent a letter to Mongolian Premier Batu Erdene, hailing the \"heroic\" work. "
	      "In the letter, Ri praised the \"brave\" efforts of Mongolia's builders, noting the year was good. "
	      "Mongolia's Ambassador to Pyongyang Dorj Bat has said the workers would be an \"asset\" there.",
	      "2025-12-30");
	ck_assert_str_eq(speaker_of("heroic"), "Ri Chol Ho");
	ck_assert_str_eq(speaker_of("brave"), "Ri Chol Ho");
	ck_assert_str_eq(speaker_of("asset"), "Dorj Bat");
}
END_TEST

/* Kinds of mention, and the speaker each quote gets: a run that qualifies
 * a noun or titles a work names no speaker (the same words as a subject
 * still do); a title of a body written in lowercase describes the speaker;
 * a body named after a person is the body; a body's name cut short before
 * its "of" is the body named in full. */
static const struct {
	const char *text, *quote, *speaker;
} MENTION_KINDS[] = {
	{"Governor Paul Reyes responded to a Tom Reed fan Wednesday night by saying his refusal was a "
	 "\"manufactured\" issue.\n\nThe critic Dan Moss reviewed the film Lonely Road Home, calling it \"a triumph.\"\n\n"
	 "Tom Reed said the vote was \"rigged.\"",
	 "manufactured", "Paul Reyes"},
	{NULL, "a triumph.", "Dan Moss"},
	{NULL, "rigged.", "Tom Reed"},
	{"Pyongyang, May 3 (KCNA) -- The chief of the general staff of the puppet army claimed the drills were "
	 "\"defensive.\"\n\nThe national security office chief of the puppet presidential office called it \"a success.\"",
	 "defensive.", "chief of the general staff of the puppet army"},
	{NULL, "a success.", "national security office chief of the puppet presidential office"},
	{"Donald Trump met aides. The Trump administration called the deal \"a win.\"\n\n"
	 "The Yoon Suk Yeol group called it \"a success.\"\n\n"
	 "The Joint Chiefs of Staff said the missile flew \"some 900 km.\" "
	 "The Joint Chiefs added that it was \"a grave provocation.\"\n\nTrump said the talks were \"great.\"",
	 "a win.", "Trump administration"},
	{NULL, "a success.", "Yoon Suk Yeol group"},
	{NULL, "a grave provocation.", "Joint Chiefs of Staff"},
	{NULL, "great.", "Donald Trump"},
	/* a lowercase body before a verb that is surely one (a past form, an
	 * auxiliary) ends its noun phrase, so it can speak */
	{"However, the city authorities turned down the request, terming the rally \"an illegal gathering\".",
	 "an illegal gathering", "city authorities"},
	{"The unification ministry was quick to call the drill \"a provocation\".", "a provocation", "unification ministry"},
	/* a place named after a person is no mention of the person */
	{"Kim Jong Un visited Kim Il Sung Square and said the square was \"the heart of the capital\".",
	 "the heart of the capital", "Kim Jong Un"},
};

START_TEST(mention_kinds_decide_speakers)
{
	for (size_t k = 0; k < sizeof MENTION_KINDS / sizeof MENTION_KINDS[0]; k++) {
		if (MENTION_KINDS[k].text) /* a row without text asks of the text before */
			parse(MENTION_KINDS[k].text, "2024-05-03");
		ck_assert_msg(strcmp(speaker_of(MENTION_KINDS[k].quote), MENTION_KINDS[k].speaker) == 0, "%s: %s, expected %s",
		              MENTION_KINDS[k].quote, speaker_of(MENTION_KINDS[k].quote), MENTION_KINDS[k].speaker);
	}
	/* places, events and documents are no persons; a surname is no place */
	parse("Talks on the Gaza Strip, the Asian Games and the National Mobilization Law began, and President Park "
	      "Geun Hye said \"we agree\".", "2024-05-03");
	for (size_t i = 0; i < kcna_doc_speaker_count(D); i++) {
		const char *name = kcna_speaker_name(kcna_doc_speaker(D, i));
		ck_assert_msg(!strstr(name, "Strip") && !strstr(name, "Games") && !strstr(name, "Law"), "%s", name);
	}
	ck_assert_str_eq(speaker_of("we agree"), "Park Geun Hye");
	/* a body word before another noun is no body: "the party congress hall" */
	parse("The ruling party congress hall stood empty, the guide said.", "2024-05-03");
	for (size_t i = 0; i < kcna_doc_speaker_count(D); i++)
		ck_assert_ptr_null(strstr(kcna_speaker_name(kcna_doc_speaker(D, i)), "party"));
	/* a title before a thing describes no one */
	parse("The head of the office building said nothing.", "2024-05-03");
	for (size_t i = 0; i < kcna_doc_speaker_count(D); i++)
		ck_assert_ptr_null(strstr(kcna_speaker_name(kcna_doc_speaker(D, i)), "building"));
}
END_TEST

START_TEST(a_person_before_beats_the_medium_after)
{
	parse("Kim Jong Un replied with a letter, saying that the ties \"would grow stronger in all fields,\" KCNA said. "
	      "\"We must stay vigilant,\" KCNA said.", "2024-08-16");
	ck_assert_str_eq(speaker_of("would grow stronger in all fields,"), "Kim Jong Un");
	ck_assert_str_eq(kcna_quote_source(kcna_doc_quote(D, 0)), "KCNA");
	ck_assert_str_eq(speaker_of("We must stay vigilant,"), "KCNA");
}
END_TEST

START_TEST(titles_of_works_go_to_their_author)
{
	parse("Pyongyang, October 20 (KCNA) -- Foreign Minister Choe Son Hui issued a press statement titled "
	      "\"Sanctions will never work\".", "2024-10-20");
	ck_assert_str_eq(speaker_of("Sanctions will never work"), "Choe Son Hui");
}
END_TEST

START_TEST(persons_sharing_a_surname)
{
	parse("Kim Jong Un met Kim Yo Jong and Kim Tok Hun. \"The plan is sound,\" Kim Tok Hun said. "
	      "\"We will finish it,\" Kim Yo Jong added.", "2024-01-01");
	ck_assert_str_eq(speaker_of("The plan is sound,"), "Kim Tok Hun");
	ck_assert_str_eq(speaker_of("We will finish it,"), "Kim Yo Jong");
}
END_TEST

START_TEST(pronoun_with_two_candidates)
{
	/* "he" is the subject of the latest sentence, not the guest named first */
	parse("Vladimir Putin received Xi Jinping in Moscow. Putin thanked his guest. "
	      "\"Our ties are strong,\" he said.", "2024-01-01");
	ck_assert_str_eq(speaker_of("Our ties are strong,"), "Vladimir Putin");
}
END_TEST

START_TEST(capitalised_news_is_no_headline)
{
	parse("Ri Chol Ho met Pak Song Il. \"Welcome,\" said Ri.", "2024-01-01");
	ck_assert_str_eq(speaker_of("Welcome,"), "Ri Chol Ho");
}
END_TEST

/* A headline's quotes repeat the body's; a first paragraph that is news
 * keeps its own, and so does a body paragraph in title case. */
START_TEST(headline_quotes_are_the_body_s)
{
	parse("Senator Sees 'Grave Danger' In The New Border Plan\n\n"
	      "The plan is a \"grave danger,\" Senator Mary Stone said on Monday.\n\n"
	      "Stone Calls It 'A Total Disgrace' Again",
	      "2024-01-01");
	ck_assert_uint_eq(kcna_doc_quote_count(D), 2);
	ck_assert_str_eq(speaker_of("grave danger,"), "Mary Stone");
	ck_assert_str_eq(speaker_of("Grave Danger"), "(no such quote)");
	ck_assert_str_ne(speaker_of("A Total Disgrace"), "(no such quote)");
	parse("\"We will win,\" Senator Mary Stone said in a speech on Monday.", "2024-01-01");
	ck_assert_str_eq(speaker_of("We will win,"), "Mary Stone");
}
END_TEST

START_TEST(cue_roles_agree_before_and_after)
{
	/* one table of cue roles: "cited" and "quoted" credit their object on
	 * either side of the quote, the medium is the channel */
	const char *verbs[] = {"cited", "quoted"};
	for (int v = 0; v < 2; v++) {
		char text[160];
		snprintf(text, sizeof text, "KCNA %s Kim Jong Un, \"we will win\".", verbs[v]);
		parse(text, "2024-01-01");
		ck_assert_str_eq(speaker_of("we will win"), "Kim Jong Un");
		ck_assert_str_eq(kcna_quote_cue(kcna_doc_quote(D, 0)), verbs[v]);
		ck_assert_str_eq(kcna_quote_source(kcna_doc_quote(D, 0)), "KCNA");
		snprintf(text, sizeof text, "\"We will win,\" KCNA %s Kim Jong Un as saying.", verbs[v]);
		parse(text, "2024-01-01");
		ck_assert_str_eq(speaker_of("We will win,"), "Kim Jong Un");
		ck_assert_str_eq(kcna_quote_source(kcna_doc_quote(D, 0)), "KCNA");
	}
	/* a saying verb credits its subject, the medium itself when it is one */
	parse("\"The drills must stop,\" KCNA said.", "2024-01-01");
	ck_assert_str_eq(speaker_of("The drills must stop,"), "KCNA");
}
END_TEST

/* Whether the document has a speaker of that name. */
static int has_speaker(const char *name)
{
	for (size_t i = 0; i < kcna_doc_speaker_count(D); i++)
		if (strcmp(kcna_speaker_name(kcna_doc_speaker(D, i)), name) == 0)
			return 1;
	return 0;
}

START_TEST(page_furniture_names_no_speakers)
{
	parse("Subscribe To The Seoul Herald!\n"
	      "\n"
	      "Kim Jong Un at the new plant on Monday. Ivan Petrov/Sputnik\n"
	      "\n"
	      "Kim Jong Un said the plant was \"a great victory\".\n"
	      "\n"
	      "RELATED Kim Yo Jong slams drills as provocation\n"
	      "\n"
	      "Follow Us\n",
	      "2024-05-03");
	ck_assert_str_eq(speaker_of("a great victory"), "Kim Jong Un");
	ck_assert(!has_speaker("South Korea"));  /* "Seoul" of the furniture line */
	ck_assert(!has_speaker("Ivan Petrov"));  /* a photo credit */
	ck_assert(!has_speaker("Sputnik"));
	ck_assert(!has_speaker("Kim Yo Jong"));  /* a related link */
	ck_assert(!has_speaker("United States")); /* "Us" is no US */
}
END_TEST

START_TEST(names_inside_names_and_events)
{
	/* a paper named after a place is a medium, not the place */
	parse("The Seoul Herald reported that the talks \"went well\".", "2024-05-03");
	ck_assert(has_speaker("Seoul Herald"));
	ck_assert(!has_speaker("South Korea"));
	ck_assert_int_eq(kcna_speaker_kind_of(kcna_quote_speaker(kcna_doc_quote(D, 0))), KCNA_SPEAKER_MEDIA);
	/* an event is no person; the acronym in capitals is still the country */
	parse("Since World War II, the US said \"never again\".", "2024-05-03");
	ck_assert(!has_speaker("World War II"));
	ck_assert_str_eq(speaker_of("never again"), "United States");
	/* a designation's glued letter starts no name */
	parse("The US sold 36 AH-64E Apache helicopters, Ri Il Hwan said.", "2024-05-03");
	ck_assert(!has_speaker("E Apache"));
	/* a short sentence with a period is no furniture */
	parse("Ri Il Hwan said \"yes\".", "2024-05-03");
	ck_assert_str_eq(speaker_of("yes"), "Ri Il Hwan");
}
END_TEST

/* ---- statements ---- */
/* "text=speaker/kind" of every statement, "; "-separated, into buf. */
static const char *statements_of(char *buf, size_t n)
{
	buf[0] = 0;
	for (size_t i = 0; i < kcna_doc_statement_count(D); i++) {
		const kcna_statement *st = kcna_doc_statement(D, i);
		const kcna_speaker *s = kcna_statement_speaker(st);
		size_t len = strlen(buf);
		snprintf(buf + len, n - len, "%s%s=%s/%s", i ? "; " : "", kcna_statement_text(st),
		         s ? kcna_speaker_name(s) : "-", kcna_statement_kind_name(kcna_statement_kind_of(st)));
	}
	return buf;
}

/* Forms of reported speech, one sentence set per row (reference date
 * 2024-05-03), and the statements each must give: every form with the ways
 * it must not fire. */
static const struct {
	const char *text, *statements;
} REPORTED_SPEECH[] = {
	/* the inverted form with an unnamed subject its words describe, and with a pronoun no one was found for */
	{"The van was escorted by the police, a source said. The plan is dead, it is said.",
	 "The van was escorted by the police=a source/indirect"},
	{"The plan failed, he said.",
	 "The plan failed=-/indirect"},
	/* ... and before the auxiliaries of the inverted verb */
	{"The plan has failed, authorities have said.",
	 "The plan has failed=authorities/indirect"},
	/* the attribution set inside the sentence it reports: the whole sentence, its speaker between the commas */
	{"The new plant, Choe Son Hui said, would open in spring. If the talks fail, Mr. Ri Son "
	  "Gwon argues, there are other ways.",
	 "The new plant, Choe Son Hui said, would open in spring=Choe Son Hui/indirect; If the "
	  "talks fail, Mr. Ri Son Gwon argues, there are other ways=Ri Son Gwon/indirect"},
	/* not a list, an adjunct after a trailing attribution, nor a quotation's attribution */
	{"The minister, Choe Son Hui said, and her aides left early. The talks are over, Choe Son "
	  "Hui said, adding that the drills went on. \"The plan,\" Choe Son Hui said, \"is dead.\"",
	 "The talks are over=Choe Son Hui/indirect; the drills went on=Choe Son Hui/indirect"},
	/* "according to" a source no name gives: the words that name it, without what dates it; not a plan */
	{"Many mothers live in the United States, according to federal statistics released on "
	  "Friday. The work went on all night, according to the plan. According to the data, most "
	  "refugees arrived in May.",
	 "Many mothers live in the United States=federal statistics/indirect; most refugees "
	  "arrived in May=the data/indirect"},
	/* the channel opening the sentence: its words, unless they report someone's speech */
	{"According to the Korean Central News Agency, the plant opened last week. According to "
	  "KCNA, Kim Jong Un said that the plant would open soon.",
	 "the plant opened last week=KCNA/indirect; the plant would open soon=Kim Jong Un/indirect"},
	/* an unnamed subject opening the sentence, before an auxiliary; a "that" of the content's own */
	{"Experts said the new test could change that. Authorities have said officers searched "
	  "the house.",
	 "the new test could change that=Experts/indirect; officers searched the "
	  "house=Authorities/indirect"},
	/* a title's own "of" is no preposition; a clause word opening the sentence is no subject */
	{"Secretary of State John Kerry said the country would work with others. When asked about "
	  "the visit, the ministry confirmed that the visit was the first.",
	 "the country would work with others=John Kerry/indirect; the visit was the first=the "
	  "ministry/indirect"},
	/* the day it was said is no content, a day's possession is; an adverbial opening the sentence
	 * before a set-off attribution is part of the whole sentence's content */
	{"Choe Son Hui said Friday the talks had failed. Choe Son Hui said after the meeting "
	  "broke up. Choe Son Hui praised Friday's decision as a victory. During her years in "
	  "office, Choe Son Hui said, the country grew stronger.",
	 "the talks had failed=Choe Son Hui/indirect; Friday's decision as a victory=Choe Son "
	  "Hui/indirect; During her years in office, Choe Son Hui said, the country grew "
	  "stronger=Choe Son Hui/indirect"},
	/* the inverted form before "and" and a new clause; a plural pronoun left to the ranker; a noun in -ly */
	{"The talks would take weeks, the ministry said, and the drills went on. The plan has "
	  "failed, they say. The relatives wanted to see the video, attorneys for the family said.",
	 "The talks would take weeks=the ministry/indirect; The plan has failed=-/indirect; The "
	  "relatives wanted to see the video=attorneys for the family/indirect"},
	/* "told X" with a short adjunct names the one addressed; a clause after them, "asked whether" report words */
	{"Choe Son Hui told the news agency on Thursday. Choe Son Hui told reporters the talks "
	  "had failed for good. Ri Son Gwon asked whether the talks would resume.",
	 "reporters the talks had failed for good=Choe Son Hui/indirect; whether the talks would "
	  "resume=Ri Son Gwon/indirect"},
	/* a promise's words are what is to be done; an acronym no name was read for; "they", for the ranker */
	{"Ri Son Gwon vowed to bring back the lost jobs. Ri Son Gwon said to reporters. The IMF "
	  "had warned that growth would slow for years. They argue that the plan overstepped the "
	  "law.",
	 "to bring back the lost jobs=Ri Son Gwon/indirect; growth would slow for years=The "
	  "IMF/indirect; the plan overstepped the law=-/indirect"},
	/* a description with numbers in it */
	{"The poll was taken in May. Another 19 percent said they would not pick either candidate.",
	 "they would not pick either candidate=Another 19 percent/indirect"},
	/* someone named by their relation to another speaks, not the other; a possessor's letter is the possessor's */
	{"Choe Son Hui spoke on Monday. Her aides said the talks had failed. The plan is dead, "
	  "her spokesman said. Ri Son Gwon's lawyer has said he will refuse to answer. Kim Jong "
	  "Un's letter said the ties would grow.",
	 "the talks had failed=Her aides/indirect; The plan is dead=her spokesman/indirect; he "
	  "will refuse to answer=Ri Son Gwon's lawyer/indirect; the ties would grow=Kim Jong "
	  "Un/indirect"},
	/* ... and the possessor's own speech or channel */
	{"Kim Jong Un received the delegates. His answers said the ties were strong.",
	 "the ties were strong=Kim Jong Un/indirect"},
	/* a participle after a noun modifies it: no speaker ("content praising"); after a comma, the clause's */
	{"The book was banned over concerns that it includes content praising and promoting the regime. The "
	  "firm sued, claiming that the ban was unlawful.",
	 "the ban was unlawful=-/indirect"},
	/* a body inside a possessor in the appositive's prepositional phrase is no subject */
	{"Seoul, May 3 (Yonhap) -- The talks stalled in April. Park Min-su, a professor at Hanguk "
	  "University's Institute for Peace Studies, said the talks had failed for good.",
	 "the talks had failed for good=Park Min-su/indirect"},
};

START_TEST(reported_speech_forms)
{
	char buf[1024];
	for (size_t k = 0; k < sizeof REPORTED_SPEECH / sizeof REPORTED_SPEECH[0]; k++) {
		parse(REPORTED_SPEECH[k].text, "2024-05-03");
		const char *got = statements_of(buf, sizeof buf);
		ck_assert_msg(strcmp(got, REPORTED_SPEECH[k].statements) == 0, "%s\n  got:      %s\n  expected: %s",
		              REPORTED_SPEECH[k].text, got, REPORTED_SPEECH[k].statements);
	}
}
END_TEST

START_TEST(indirect_statements)
{
	char buf[1024];
	parse("Kim Jong Un said that the DPRK would always stand with Russia.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the DPRK would always stand with Russia=Kim Jong Un/indirect");
	size_t a, b;
	ck_assert_int_eq(kcna_statement_span(kcna_doc_statement(D, 0), &a, &b), KCNA_OK);
	ck_assert_uint_eq(b - a, strlen("the DPRK would always stand with Russia"));
	/* the object, then "that" */
	parse("Vladimir Putin told Kim Jong Un that the two countries would expand ties.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the two countries would expand ties=Vladimir Putin/indirect");
	/* without "that"; two "that" clauses are two statements */
	parse("Choe Son Hui stressed the drills were a provocation.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the drills were a provocation=Choe Son Hui/indirect");
	parse("Kim Yo Jong said that the drills must stop and that talks were over.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf),
	                 "the drills must stop=Kim Yo Jong/indirect; talks were over=Kim Yo Jong/indirect");
	/* "..., according to X": X's words; after "X said", X's and the channel's none */
	parse("The plant opened in the capital last week, according to the Korean Central News Agency.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "The plant opened in the capital last week=KCNA/indirect");
	parse("The two countries would expand ties, Putin said in his letter, according to KCNA.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "The two countries would expand ties=Vladimir Putin/indirect");
	/* a sentence opening with the cue's participle; the message as subject, then "it" */
	parse("Kim Jong Un visited the site. Saying that the fighters laid the foundation of the revolution, he called "
	      "for loyalty.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the fighters laid the foundation of the revolution=Kim Jong Un/indirect");
	parse("Putin sent a message to Kim. The message said that the countries honour the soldiers. It also noted that "
	      "the bonds of friendship are strong.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the countries honour the soldiers=Vladimir Putin/indirect; "
	                                                 "the bonds of friendship are strong=Vladimir Putin/indirect");
	/* a participle's names are not the subject of "he" after it */
	parse("Kim Jong Un visited the cemetery. Recollecting the fighters who held Kim Il Sung in esteem, he laid "
	      "flowers. Saying that the fighters won thanks to Kim Il Sung, he stressed that the feats will be "
	      "conveyed to posterity.",
	      "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf),
	                 "the fighters won thanks to Kim Il Sung=Kim Jong Un/indirect; "
	                 "the feats will be conveyed to posterity=Kim Jong Un/indirect");
	/* a second cue of the same speaker opens a second statement; "that" after a long adjunct */
	parse("Kim Jong Un says in a New Year's Day address that he is ready to meet Trump but warns he will seek a "
	      "new way.",
	      "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf),
	                 "he is ready to meet Trump=Kim Jong Un/indirect; he will seek a new way=Kim Jong Un/indirect");
	/* every form of a verb of communication, KCNA's verbs of scorn too; a noun form is no cue */
	parse("Choe Son Hui admits that the talks failed. The puppets spouted that the drills were defensive.",
	      "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf),
	                 "the talks failed=Choe Son Hui/indirect; the drills were defensive=The puppets/indirect");
	parse("Choe Son Hui set terms that the talks must meet. Her comments that day were brief.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "");
	/* "and" before a word that is no cue continues the content */
	parse("Kim Jong Un said the harvest was rich and the workers were proud.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the harvest was rich and the workers were proud=Kim Jong Un/indirect");
	/* the news agency, a medium named before */
	parse("The Korean Central News Agency published photos. Kim Jong Un has inspected the shipyard, according to "
	      "the news agency.",
	      "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "Kim Jong Un has inspected the shipyard=KCNA/indirect");
	/* a press review: a section under a paper's name, its article's words */
	parse("Pyongyang, May 2 (KCNA) -- Following are major news items in newspapers:\nRodong Sinmun\n"
	      "- An article says that the harvest is rich this year.\n- The paper editorially calls for "
	      "greater efforts in farming.\n",
	      "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the harvest is rich this year=Rodong Sinmun/indirect; "
	                                                 "greater efforts in farming=Rodong Sinmun/indirect");
	/* "..., the message noted." and "..., it said, adding:" are the message's sender's words;
	 * a body inside an appositive title is none */
	parse("Kim Jong Un received a message from Bashar Al-Assad, general secretary of the Baath Arab Socialist Party "
	      "and president of Syria.\nThe two parties defended the country, the message noted.\n"
	      "The Baath Arab Socialist Party is firm, it said, adding:\nWe will make joint efforts with you.\n",
	      "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "The two parties defended the country=Bashar Al-Assad/indirect; "
	                                                 "We will make joint efforts with you=Bashar Al-Assad/block");
	/* an unnamed speaker by the words that describe it; not a word's tail, a number or a clause word */
	parse("Federal and state officials said the election systems were safe.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the election systems were safe=Federal and state officials/indirect");
	parse("The report doesn't say the systems were safe.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the systems were safe=-/indirect");
	parse("Of the experts, seven said the vote was fair.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "the vote was fair=-/indirect");
	/* inverted, without the trailing attribution */
	parse("The talks will resume next month, Kim Yo Jong said.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "The talks will resume next month=Kim Yo Jong/indirect");
	/* ... and when an adjunct or an appositive follows the attribution */
	parse("The plant opened in the capital, the Korean Central News Agency said, without disclosing its location.",
	      "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "The plant opened in the capital=KCNA/indirect");
	parse("The talks will resume next month, said Kim Yo Jong, a vice department director.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "The talks will resume next month=Kim Yo Jong/indirect");
	/* and when another clause follows: the words before the attribution are still hers */
	parse("The plant opened in the capital, Kim Yo Jong said, and the workers cheered loudly.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "The plant opened in the capital=Kim Yo Jong/indirect");
	/* but not a clause that goes on past a list's comma: "A, B said, and C" names no words */
	parse("The minister, Kim Yo Jong said, and the workers cheered loudly.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "");
}
END_TEST

START_TEST(what_is_no_statement)
{
	char buf[1024];
	/* an adjective, hearsay, a quotation, a cue with a preposition, a fact */
	parse("The said agreement was signed by both sides.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "");
	parse("It is said that the weather was fine.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "");
	parse("Kim Jong Un said \"we will win the war\".", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "");
	parse("Ri Il Hwan spoke in the morning about the harvest.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "");
	parse("The fact that the bridge opened pleased Pak Thae Song.", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "");
}
END_TEST

START_TEST(block_statements_and_author)
{
	char buf[2048];
	/* a block ends where narration resumes */
	parse("Kim Jong Un sent a message to Vladimir Putin. The message said:\n"
	      "I extend warm greetings to you on the national day.\n"
	      "Our friendship will grow stronger year after year.\n"
	      "Kim Jong Un also visited a factory in the afternoon.\n",
	      "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf),
	                 "I extend warm greetings to you on the national day=Kim Jong Un/block; "
	                 "Our friendship will grow stronger year after year=Kim Jong Un/block");
	ck_assert_ptr_null(kcna_doc_author(D));
	/* a colon that introduces a list, not words, after no speech cue */
	parse("The delegation visited three cities:\nPyongyang, Wonsan and Hamhung.\n", "2024-05-03");
	ck_assert_str_eq(statements_of(buf, sizeof buf), "");
	/* a published press statement is its writer's voice */
	parse("Pyongyang, May 2 (KCNA) -- Choe Son Hui released the following press statement on Monday:\n"
	      "The drills are a grave provocation against our state.\n",
	      "2024-05-03");
	ck_assert_str_eq(kcna_speaker_name(kcna_doc_author(D)), "Choe Son Hui");
	/* a body's spokesman by title; an article issued by its writer */
	parse("Pyongyang, May 2 (KCNA) -- A spokesman for the Ministry of National Defence of the DPRK released the "
	      "following press statement on Monday:\nThe drills are a grave provocation.\n",
	      "2024-05-03");
	ck_assert_str_eq(kcna_speaker_name(kcna_doc_author(D)), "spokesman for the Ministry of National Defence of the DPRK");
	parse("Pyongyang, May 2 (KCNA) -- Following is the full text of an article \"Peace is no gift\" issued by a "
	      "military commentator of the DPRK on Friday:\nThe drills are a grave provocation.\n",
	      "2024-05-03");
	ck_assert_str_eq(kcna_speaker_name(kcna_doc_author(D)), "military commentator of the DPRK");
	/* an ordinary report has no author, though a title and "by" appear */
	parse("Pyongyang, May 2 (KCNA) -- A factory was visited by the premier of the Cabinet on Friday.\n", "2024-05-03");
	ck_assert_ptr_null(kcna_doc_author(D));
}
END_TEST

/* ---- messages ---- */
/* "kind: senders -> recipients @date" of every message, "; "-separated. */
static const char *messages_of(char *buf, size_t n)
{
	buf[0] = 0;
	for (size_t i = 0; i < kcna_doc_message_count(D); i++) {
		const kcna_message *m = kcna_doc_message(D, i);
		size_t len = strlen(buf);
		snprintf(buf + len, n - len, "%s%s:", i ? "; " : "", kcna_message_kind_name(kcna_message_kind_of(m)));
		for (size_t k = 0; k < kcna_message_sender_count(m); k++) {
			len = strlen(buf);
			snprintf(buf + len, n - len, " %s", kcna_speaker_name(kcna_message_sender(m, k)));
		}
		len = strlen(buf);
		snprintf(buf + len, n - len, " ->");
		for (size_t k = 0; k < kcna_message_recipient_count(m); k++) {
			len = strlen(buf);
			snprintf(buf + len, n - len, " %s", kcna_speaker_name(kcna_message_recipient(m, k)));
		}
		const kcna_date *d = kcna_message_date(m);
		len = strlen(buf);
		snprintf(buf + len, n - len, " @%s", d ? kcna_date_value(d) : "-");
	}
	return buf;
}

START_TEST(messages_between_parties)
{
	char buf[1024];
	parse("Kim Jong Un sent a reply message to Vladimir Putin on August 15.", "2024-08-16");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "reply: Kim Jong Un -> Vladimir Putin @2024-08-15");
	/* received ... from: the sender is after "from"; a list of senders */
	parse("Kim Jong Un received a message of condolence from Vladimir Putin and Xi Jinping.", "2024-08-16");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "condolences: Vladimir Putin Xi Jinping -> Kim Jong Un @-");
	/* nominal, a title's name is no party, the dateline's date is no sending date */
	parse("Pyongyang, August 16 (KCNA) -- A letter from Vladimir Putin, president of Russia, to Kim Jong Un "
	      "arrived on Monday.",
	      "2024-08-16");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "letter: Vladimir Putin -> Kim Jong Un @2024-08-12");
	/* occasion, and the block statements that are its words */
	parse("Kim Jong Un sent greetings to Xi Jinping on the occasion of the national day. The message said:\n"
	      "Our friendship will grow stronger.\n",
	      "2024-10-01");
	ck_assert_uint_eq(kcna_doc_message_count(D), 1);
	const kcna_message *m = kcna_doc_message(D, 0);
	size_t a, b;
	ck_assert_int_eq(kcna_message_occasion_span(m, &a, &b), KCNA_OK);
	ck_assert_uint_eq(b - a, strlen("the national day"));
	ck_assert_uint_eq(kcna_message_statement_count(m), 1);
	ck_assert_str_eq(kcna_statement_text(kcna_message_statement(m, 0)), "Our friendship will grow stronger");
	/* an exchange is a message each way */
	parse("Vladimir Putin and Kim Jong Un exchanged letters on Monday.", "2024-08-16");
	ck_assert_str_eq(messages_of(buf, sizeof buf),
	                 "letter: Vladimir Putin -> Kim Jong Un @2024-08-12; letter: Kim Jong Un -> Vladimir Putin @2024-08-12");
	/* a reference back is no new message; a letter without parties is none */
	parse("Kim Jong Un sent a letter to Xi Jinping. The letter praised the friendship.", "2024-10-01");
	ck_assert_uint_eq(kcna_doc_message_count(D), 1);
	parse("The letter was long and warm.", "2024-10-01");
	ck_assert_uint_eq(kcna_doc_message_count(D), 0);
	/* parties named by their titles alone, a list of them */
	parse("Kim Jong Un received messages of greeting from the president of the Russian Federation and the "
	      "first secretary of the C.C., Communist Party of Cuba and president of the Republic of Cuba.",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf),
	                 "greetings: president of the Russian Federation first secretary of the C.C., Communist Party "
	                 "of Cuba and president of the Republic of Cuba -> Kim Jong Un @-");
	/* a name opened by a common word, before its appositive title */
	parse("Choe Son Hui sent a message of greeting to Jan Lipavsky, foreign minister of the Czech Republic.",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "greetings: Choe Son Hui -> Jan Lipavsky @-");
	/* an initial ends no sentence: the sender and the date are the sentence's */
	parse("Kim Jong Un received a message of greeting from V. Putin, president of Russia, on August 13.",
	      "2024-08-16");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "greetings: Vladimir Putin -> Kim Jong Un @2024-08-13");
	/* a date that names the message is not the day it was sent; a messenger is no party */
	parse("Vladimir Putin sent a New Year's greeting message to Kim Jong Un on December 18.", "2025-12-20");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "greetings: Vladimir Putin -> Kim Jong Un @2025-12-18");
	parse("Sergei Shoigu conveyed the letter from Vladimir Putin to Kim Jong Un.", "2025-12-20");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "letter: Vladimir Putin -> Kim Jong Un @-");
	/* thanks for sending: the one thanked sent it to the one who thanks */
	parse("Kim Jong Un sent a reply message to Bashar Al-Assad, president of Syria.\n"
	      "He expressed thanks to the Syrian president for sending a message of sympathy.",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf),
	                 "reply: Kim Jong Un -> Bashar Al-Assad @-; sympathy: Bashar Al-Assad -> Kim Jong Un @-");
	/* a reply letter's "I thank you for extending ...": the message it replies to went the other way */
	parse("Kim Jong Un sent a reply message to Xi Jinping. The message said:\nI express thanks to you for "
	      "extending sincere congratulations on our national day.\n",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf),
	                 "reply: Kim Jong Un -> Xi Jinping @-; congratulations: Xi Jinping -> Kim Jong Un @-");
	/* "a message of a body to ...", and messages named by the passive */
	parse("A meeting was held to convey a congratulatory message of the Central Committee of the Workers' Party "
	      "of Korea to the workers.",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf),
	                 "congratulations: Central Committee of the Workers' Party of Korea -> workers @-");
	parse("Congratulatory letters sent by personages of different countries praised the leader.", "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "congratulations: personages of different countries -> @-");
	/* "He ..." opening each sentence is the subject that the first named */
	parse("Kim Jong Un received messages from the president of Syria. He received baskets from the president of "
	      "Laos. He received a letter from the diplomatic corps.",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "message: president of Syria -> Kim Jong Un @-; "
	                                             "letter: diplomatic corps -> Kim Jong Un @-");
	/* parties named by descriptions, not names; a list ends at a participle */
	parse("Kim Tok Hun received messages of greeting from heads of government of different countries on the "
	      "occasion of the national day.",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "greetings: heads of government of different countries -> Kim Tok Hun @-");
	parse("The DPRK foreign minister sent a message of greeting to her Indonesian counterpart.", "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "greetings: DPRK foreign minister -> her Indonesian counterpart @-");
	parse("Vladimir Putin sends a letter to Kim Jong Un, reaffirming Russia-North Korea trade.", "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "letter: Vladimir Putin -> Kim Jong Un @-");
	/* a reply by "responded with"; a possessive past the message's own modifiers; a headline's message */
	parse("Vladimir Putin sent a letter to Kim Jong Un. The North Korean leader responded with a letter of his own.",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf),
	                 "letter: Vladimir Putin -> Kim Jong Un @-; letter: Kim Jong Un -> Vladimir Putin @-");
	parse("Pyongyang, May 2 (KCNA) -- This follows Vladimir Putin's own New Year's message to Kim Jong Un.",
	      "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "message: Vladimir Putin -> Kim Jong Un @-");
	parse("Putin Sends Letter to Kim Jong Un\n\nSeoul, May 2 (Yonhap) -- The letter was warm.", "2024-10-01");
	ck_assert_str_eq(messages_of(buf, sizeof buf), "letter: Vladimir Putin -> Kim Jong Un @-");
	/* ... but not thanks to a party for a gift: no message noun */
	parse("He expressed thanks to Bashar Al-Assad for sending a floral basket.", "2024-10-01");
	ck_assert_uint_eq(kcna_doc_message_count(D), 0);
}
END_TEST

/* ---- hard-wrapped text ---- */
static const char *quote_text_at(size_t i)
{
	return i < kcna_doc_quote_count(D) ? kcna_quote_text(kcna_doc_quote(D, i)) : "(no such quote)";
}

START_TEST(wrapped_quote_is_one_quote)
{
	const char *text = "Putin said the two countries will \"continue to expand ties and\n"
	                   "strengthen the friendship.\"\n";
	parse(text, "2024-01-01");
	ck_assert_uint_eq(kcna_doc_quote_count(D), 1);
	/* the reported text is the bytes of the span, line break and all */
	ck_assert_str_eq(quote_text_at(0), "continue to expand ties and\nstrengthen the friendship.");
	size_t a, b;
	kcna_quote_span(kcna_doc_quote(D, 0), &a, &b);
	ck_assert(memcmp(text + a, quote_text_at(0), b - a) == 0);
	ck_assert_str_eq(speaker_of("continue to expand ties and\nstrengthen the friendship."), "Vladimir Putin");
}
END_TEST

START_TEST(scraped_html_entities)
{
	/* an entity apostrophe is an apostrophe: a country's body is the
	 * speaker, named as read; its span keeps the bytes as written */
	const char *text = "South Korea&#x27;s spy agency assessed her as the North&#x27;s &quot;most likely "
	                   "successor,&quot; in its report.";
	parse(text, "2024-01-03");
	ck_assert_str_eq(speaker_of("most likely successor,"), "South Korea's spy agency");
	const kcna_speaker *s = kcna_doc_speaker(D, 0);
	size_t a, b;
	ck_assert_int_eq(kcna_speaker_mention_span(s, 0, &a, &b), KCNA_OK);
	ck_assert(b - a == strlen("South Korea&#x27;s spy agency") && memcmp(text + a, "South Korea&#x27;s", 18) == 0);
	/* after a full stop, an entity quotation mark before a capital starts a sentence */
	parse("Kim Jong Un met Wi Sung-lac. Wi told reporters. &quot;Seoul is ready,&quot; he said.", "2024-01-03");
	ck_assert_str_eq(speaker_of("Seoul is ready,"), "Wi Sung-lac");
	ck_assert_uint_eq(kcna_doc_statement_count(D), 0);
}
END_TEST

START_TEST(wrapped_speaker_reaches_its_quote)
{
	/* CRLF wire copy: the speaker on one line, the quote on the next */
	parse("Foreign Minister Choe Son Hui told the forum in Pyongyang on\r\n"
	      "Monday that the drills were \"a rehearsal for invasion\" and must\r\n"
	      "stop at once, according to the state media.\r\n",
	      "2024-01-03");
	ck_assert_str_eq(speaker_of("a rehearsal for invasion"), "Choe Son Hui");
	ck_assert_str_eq(date_value("Monday"), "2024-01-01");
}
END_TEST

START_TEST(wrapped_paragraphs_still_end)
{
	/* a blank line, an indented line and a dateline each start a paragraph:
	 * an unclosed quote stops at each */
	parse("Seoul, Dec. 27 (Yonhap) -- The ministry said the talks would\n"
	      "resume in spring, and officials said \"the door is open to\n"
	      "dialogue.\n"
	      "\n"
	      "Pyongyang said \"never\n"
	      "  again\" in a statement carried by state media on Friday and read\n"
	      "out on the radio several times during the long evening news.\n",
	      "2024-12-28");
	ck_assert_str_eq(quote_text_at(0), "the door is open to\ndialogue.");
	ck_assert_str_eq(quote_text_at(1), "never");
}
END_TEST

START_TEST(unwrapped_lines_stay_paragraphs)
{
	/* short lines that each end a sentence are paragraphs, not wrapping */
	parse("Kim Yo Jong said \"we are ready.\nRi Son Gwon said \"the enemy trembles.\"\n", "2024-01-01");
	ck_assert_str_eq(quote_text_at(0), "we are ready.");
	ck_assert_str_eq(speaker_of("the enemy trembles."), "Ri Son Gwon");
	/* a headline over a dateline is no wrapping either */
	parse("Kim Jong Un Receives Greetings\nPyongyang, May 2 (KCNA) -- Kim Jong Un said \"thanks\".\n", "2024-05-02");
	ck_assert_str_eq(speaker_of("thanks"), "Kim Jong Un");
	ck_assert_ptr_nonnull(kcna_doc_dateline(D));
}
END_TEST

Suite *extract_suite(void)
{
	Suite *s = suite_create("extract");
	TCase *d = tcase_create("dates");
	tcase_add_checked_fixture(d, setup, teardown);
	tcase_add_test(d, full_and_partial_dates);
	tcase_add_test(d, past_leaning_resolution_crosses_years);
	tcase_add_test(d, future_words_point_ahead);
	tcase_add_test(d, relative_dates);
	tcase_add_test(d, iso_week_across_years);
	tcase_add_test(d, anchored_dates);
	tcase_add_test(d, ranges_are_one_interval);
	tcase_add_test(d, modified_dates_and_juche);
	tcase_add_test(d, no_false_dates);
	tcase_add_test(d, year_ends_and_fiscal_years);
	tcase_add_test(d, clock_times_and_centuries);
	tcase_add_test(d, durations_and_vague);
	tcase_add_test(d, tense_decides_direction);
	tcase_add_test(d, quarters_sets_and_old_years);
	tcase_add_test(d, vague_and_financial_references);
	tcase_add_test(d, quoted_words_do_not_set_the_tense);
	tcase_add_test(d, year_words_after_a_day_or_range);
	tcase_add_test(d, new_years_day_is_the_nearest);
	tcase_add_test(d, datelines_without_a_dash);
	tcase_add_test(d, anchors_are_spans_or_absent);
	tcase_add_test(d, other_calendars_holidays_are_bounded);
	tcase_add_test(d, no_year_past_9999);
	suite_add_tcase(s, d);
	TCase *q = tcase_create("quotes");
	tcase_add_checked_fixture(q, setup, teardown);
	tcase_add_test(q, quote_after_with_cue);
	tcase_add_test(q, quote_before_with_cue_and_that);
	tcase_add_test(q, kcna_quoted_as_saying);
	tcase_add_test(q, according_to_media_is_a_source);
	tcase_add_test(q, interrupted_quote_is_two);
	tcase_add_test(q, pronoun_follows_named_person);
	tcase_add_test(q, apostrophes_are_not_quotes);
	tcase_add_test(q, nested_single_inside_double);
	tcase_add_test(q, unmatched_mark_stops_at_paragraph);
	tcase_add_test(q, multi_paragraph_quote);
	tcase_add_test(q, html_quot_entities);
	tcase_add_test(q, glued_names_and_variants_cluster);
	tcase_add_test(q, the_ministry_is_the_body_named_before);
	tcase_add_test(q, objects_and_possessors_are_not_speakers);
	tcase_add_test(q, mention_kinds_decide_speakers);
	tcase_add_test(q, a_person_before_beats_the_medium_after);
	tcase_add_test(q, titles_of_works_go_to_their_author);
	tcase_add_test(q, persons_sharing_a_surname);
	tcase_add_test(q, pronoun_with_two_candidates);
	tcase_add_test(q, capitalised_news_is_no_headline);
	tcase_add_test(q, headline_quotes_are_the_body_s);
	tcase_add_test(q, cue_roles_agree_before_and_after);
	tcase_add_test(q, page_furniture_names_no_speakers);
	tcase_add_test(q, names_inside_names_and_events);
	suite_add_tcase(s, q);
	TCase *st = tcase_create("statements");
	tcase_add_checked_fixture(st, setup, teardown);
	tcase_add_test(st, indirect_statements);
	tcase_add_test(st, reported_speech_forms);
	tcase_add_test(st, what_is_no_statement);
	tcase_add_test(st, block_statements_and_author);
	tcase_add_test(st, messages_between_parties);
	suite_add_tcase(s, st);
	TCase *w = tcase_create("wrapped");
	tcase_add_checked_fixture(w, setup, teardown);
	tcase_add_test(w, wrapped_quote_is_one_quote);
	tcase_add_test(w, scraped_html_entities);
	tcase_add_test(w, wrapped_speaker_reaches_its_quote);
	tcase_add_test(w, wrapped_paragraphs_still_end);
	tcase_add_test(w, unwrapped_lines_stay_paragraphs);
	suite_add_tcase(s, w);
	return s;
}

CHECK_MAIN(extract_suite)
