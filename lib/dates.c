/* Dates stage: finds cited dates by walking the tokens once, trying the
 * patterns below at each token (each looks at a bounded window), then
 * normalises each to an ISO 8601 / TIMEX3 value resolved against the
 * reference date. News reports the past: a day or month without a year is
 * the latest one on or before the reference date unless a word points ahead. */
#include <stdio.h>
#include <string.h>
#include "internal.h"
#include "calendar.h"

typedef struct dctx {
	kcna_doc *doc;
	const token *toks;
	uint32_t n;
	int has_ref, ry, rm, rd;
	int tense; /* of the clause around the match: +1 ahead, -1 past, 0 unmarked, TENSE_UNKNOWN */
	uint32_t at; /* token the current match starts at */
	/* token the whole expression starts at: a match inside another (the day
	 * of "until 5 p.m. EST Nov. 9", of "leave at 4 a.m. Thursday") reads the
	 * clause's tense and a deadline before it from there */
	uint32_t expr_at;
	/* the last date cited with a day (for "a week later", "the same day") */
	int have_last;
	dval last;
	uint32_t last_start, last_end, last_sent;
	int last_opens_sentence; /* that date is the sentence's first words ("In 1998, ...") */
	/* the year of the last date cited with one, any grain ("in October
	 * that year" after "In September 2010"); 0 before any */
	int last_year_cited;
	/* the month of the last date cited with one ("the following month"
	 * after "in March 2010"); last_month 0 before any */
	int last_month_y, last_month;
	uint32_t last_month_start, last_month_end;
	uint32_t last_year_sent, last_month_sent; /* the sentences they were cited in */
	/* the days of other calendars' holidays computed so far (ICU's calendars
	 * cost tens of microseconds a day; a text names few, and at most
	 * OTHER_CALENDAR_DAYS_MAX are computed): h < 0 unused */
	struct holiday_memo {
		int h, y, m, d, ok;
	} holiday_memo[8];
	unsigned holiday_memo_next;
	/* the last quarter cited ("the third quarter"), for "a year earlier" */
	int last_quarter_y, last_quarter;
	uint32_t last_quarter_sent;
	/* the last decade cited and where it ends ("the 1960s and '70s") */
	int last_decade_y;
	uint32_t last_decade_end;
	unsigned options;
	/* set while reading the clock time after a day ("Tuesday at 9"): the
	 * day's part (1 morning .. 4 night), 0 a whole day; -1 otherwise */
	int clock_day_part;
} dctx;

enum { ANCHOR_NONE, ANCHOR_LAST_DATE, ANCHOR_LAST_MONTH };

typedef struct match {
	uint32_t end_tok; /* exclusive */
	kcna_date_type type;
	dval v;
	int is_interval;
	dval v2;
	kcna_date_mod mod;
	const char *literal; /* value given as is: "P5Y", "PAST_REF" */
	char lit[32];
	int anchored; /* ANCHOR_*: the date it is counted from, whose span emit reports */
	int quarter_y, quarter; /* a quarter's year (-1 unknown) and number, as set_quarter wrote them */
	int quarter_cited;      /* a quarter the text names, which "a year earlier" refers back to
	                         * (not one derived from another) */
	const char *pattern;    /* the name of the pattern that matched (PATTERNS) */
	uint32_t starts_before; /* tokens the match begins before the one it was found at ("Q" of "Q3") */
} match;

static int num_of(const dctx *c, uint32_t i, int *out)
{
	if (i >= c->n || c->toks[i].kind != TK_NUM)
		return 0;
	const token *t = &c->toks[i];
	if (t->end - t->start > 6)
		return 0;
	int v = 0;
	for (uint32_t k = t->start; k < t->end; k++)
		v = v * 10 + (c->doc->txt.buf[k] - '0');
	*out = v;
	return 1;
}

static uint32_t lexcls(const dctx *c, uint32_t i)
{
	return i < c->n ? c->toks[i].cls : 0;
}

static int lexval(const dctx *c, uint32_t i)
{
	return tok_lex(&c->toks[i])->val;
}

static ALWAYS_INLINE int is_word(const dctx *c, uint32_t i, const char *w)
{
	return i < c->n && tok_is(c->doc, &c->toks[i], w);
}

/* Words between a count and its unit: "two more weeks", "an additional
 * year", "eight trading days". */
static const char *const UNIT_ADJECTIVES[] = {"more", "additional", "extra", "further", "trading", "business", "working"};

/* Whether token i is one of the words of a table (internal.h's tok_in). */
#define IS_WORD_IN(c, i, words) \
	((i) < (c)->n && tok_in((c)->doc, &(c)->toks[i], (words), sizeof(words) / sizeof(words)[0]))

/* The options that report times of day, durations, sets and vague dates. */
static int temporal_options(const dctx *c)
{
	return (c->options & (KCNA_OPT_TIMEX3 | KCNA_OPT_ALL_TEMPORAL)) != 0;
}

static int is_p(const dctx *c, uint32_t i, uint32_t cp)
{
	return i < c->n && tok_punct(&c->toks[i], cp);
}

/* A hyphen or an en dash ("1910-45", "June–August"). */
static int is_dash(const dctx *c, uint32_t i)
{
	return is_p(c, i, '-') || is_p(c, i, 0x2013);
}

/* A straight or curly apostrophe ("'90s", "Kim’s"). */
static int is_apostrophe(const dctx *c, uint32_t i)
{
	return is_p(c, i, '\'') || is_p(c, i, 0x2019);
}

static int glued(const dctx *c, uint32_t i)
{
	return i < c->n && !(c->toks[i].flags & TF_SPACE_BEFORE) && same_para(c->doc, &c->toks[i], &c->toks[i - 1]);
}

/* "today's world", "today's DPRK": the present era, not the day. The
 * day's own things ("today's talks") stay dates. */
static int is_present_era(const dctx *c, uint32_t i)
{
	static const char *const ERA_NOUNS[] = {"world", "youth", "society", "generation", "era", "age",
	                                        "children", "people", "times", "reality"};
	uint32_t k = i + 1;
	if (is_apostrophe(c, k))
		k++;
	else
		return 0;
	if (!is_word(c, k, "s") || k + 1 >= c->n || c->toks[k + 1].kind != TK_WORD)
		return 0;
	if (c->toks[k + 1].flags & TF_CAP)
		return 1; /* a proper name: "today's Korea" */
	for (size_t e = 0; e < sizeof ERA_NOUNS / sizeof ERA_NOUNS[0]; e++)
		if (is_word(c, k + 1, ERA_NOUNS[e]))
			return 1;
	return 0;
}

/* A unit word in the plural: "weeks", "years". */
static int is_plural(const dctx *c, uint32_t i)
{
	return i < c->n && c->toks[i].end - c->toks[i].start > 1 && c->doc->txt.buf[c->toks[i].end - 1] == 's';
}

/* TIMEX3 code of a part of the day (lexicon value 1..4). */
static const char *daypart_code(const dctx *c, uint32_t i)
{
	static const char *const CODES[] = {"NI", "MO", "AF", "EV", "NI"};
	int part = lexval(c, i);
	return CODES[part >= 1 && part <= 4 ? part : 0];
}

/* A part of a day after a day matched ("last Friday morning", "yesterday
 * afternoon"): with KCNA_OPT_TIMEX3 or KCNA_OPT_ALL_TEMPORAL the match
 * becomes a TIME of that day, "2024-05-03TMO" (GUIDELINES: times of day
 * are optional; a plain run reports the day). */
/* The match becomes the part of the day at token part of `day` ("the
 * morning of May 3": 2024-05-03TMO), a TIME keeping the day as its value. */
static void set_part_of_day(const dctx *c, match *out, const dval *day, uint32_t part)
{
	char v[24];
	out->v = *day;
	kcna_format_dval(day, v, sizeof v);
	snprintf(out->lit, sizeof out->lit, "%sT%s", v, daypart_code(c, part));
	out->literal = out->lit;
	out->type = KCNA_DATE_TIME;
}

static void add_daypart(dctx *c, match *out)
{
	uint32_t k = out->end_tok;
	if (k >= c->n || !(lexcls(c, k) & LX_DAYPART) || out->literal || out->v.gran != G_DAY ||
	    !temporal_options(c))
		return; /* times of day are reported with the temporal options; else the day is the date */
	set_part_of_day(c, out, &out->v, k);
	out->end_tok = k + 1;
}

/* Words before a noun that make the word after them one: "the plan", "their last night". */
static const char *const DETERMINERS[] = {"the", "a",  "an",   "his",   "her",  "its", "their",
                                          "our", "my", "your", "whose", "this", "that"};

static int day_at(const dctx *c, uint32_t i, int *d, uint32_t *next);
static int year_at(const dctx *c, uint32_t i, int *y);
static int ordinal_suffix_at(const dctx *c, uint32_t i);
static int ordinal_at(const dctx *c, uint32_t i, int *ord, uint32_t *next);
static int has_ordinal_ending(const dctx *c, uint32_t t);
static int month_with_year(const dctx *c, uint32_t k, int *m, int *y, uint32_t *end);

/* A day number that reads as a date, not a count: nothing after it but a
 * year, punctuation or a word that goes on with a date ("march 3 at noon",
 * not "march 3 miles"). */
static int date_goes_on_at(const dctx *c, uint32_t k);
static int day_number_ends_date(const dctx *c, uint32_t i)
{
	int d;
	uint32_t k;
	return day_at(c, i, &d, &k) && date_goes_on_at(c, k);
}

/* Whether the token after a day (k) ends or goes on with a date: a year,
 * punctuation, a capital or a word such as "at", "and", "last". */
static int date_goes_on_at(const dctx *c, uint32_t k)
{
	int y;
	if (k >= c->n || c->toks[k].kind == TK_PUNCT || year_at(c, k, &y))
		return 1;
	if (c->toks[k].kind != TK_WORD)
		return 0; /* another number: "march 3 5" */
	static const char *GOES_ON[] = {"at", "in", "and", "to", "or", "from", "through", "until", "till", "on", "of",
	                                "this", "last", "next", "is", "was", "will"};
	for (size_t w = 0; w < sizeof GOES_ON / sizeof GOES_ON[0]; w++)
		if (is_word(c, k, GOES_ON[w]))
			return 1;
	return (c->toks[k].flags & TF_CAP) != 0;
}

/* A lowercase month name (lowercase input: "march 3", "the 1st of march",
 * "15th february") is a month beside a day or a year only. "may" and
 * "march" are verbs too ("as many as 15 may die", "300 march"), so a day
 * before them must be an ordinal. */
static int lowercase_month_in_date(const dctx *c, uint32_t i)
{
	int verb = is_word(c, i, "may") || is_word(c, i, "march"), d, y;
	uint32_t k = i + (is_p(c, i + 1, '.') && glued(c, i + 1));
	if (k + 1 < c->n && c->toks[k + 1].kind == TK_NUM && (day_number_ends_date(c, k + 1) || (!verb && year_at(c, k + 1, &y))))
		return 1;
	uint32_t after;
	if (!verb && is_word(c, k + 1, "the") && ordinal_at(c, k + 2, &d, &after) && d >= 1)
		return 1; /* "february the 15th" */
	uint32_t before = i >= 2 && is_word(c, i - 1, "of") ? i - 2 : i - 1;
	if (i == 0 || before >= c->n)
		return 0;
	if (ordinal_suffix_at(c, before) && before > 0 && c->toks[before - 1].kind == TK_NUM)
		return 1; /* "15th february", "the 1st of may" */
	/* "the first of march", "the third day of october", "the last week of may" */
	uint32_t o = is_word(c, i - 2, "day") || is_word(c, i - 2, "week") ? i - 3 : i - 2;
	if (before == i - 2 && o >= 1 && o < c->n && c->toks[o].kind == TK_WORD && is_word(c, o - 1, "the") &&
	    ordinal_at(c, o, &d, &after) && after == o + 1)
		return 1;
	return !verb && before == i - 1 && c->toks[before].kind == TK_NUM && num_of(c, before, &d) && d >= 1 && d <= 31 &&
	       c->toks[before].end - c->toks[before].start <= 2; /* "3 june" */
}

/* A month name: capitalised or lowercase in a date, and an abbreviation may
 * take a glued dot. */
static int month_at(const dctx *c, uint32_t i, uint32_t *next)
{
	if (!(lexcls(c, i) & LX_MONTH) || (!(c->toks[i].flags & TF_CAP) && !lowercase_month_in_date(c, i)))
		return 0;
	*next = i + 1;
	if (is_p(c, i + 1, '.') && glued(c, i + 1) && c->toks[i].end - c->toks[i].start <= 4 &&
	    !is_word(c, i, "june") && !is_word(c, i, "july") && !is_word(c, i, "may"))
		*next = i + 2; /* "Aug." takes its dot, "July." does not */
	return lexval(c, i);
}

/* Resolution against the reference date. */
static int tense_at(const dctx *c, uint32_t i);

#define TENSE_UNKNOWN 2
enum { OTHER_CALENDAR_DAYS_MAX = 64 };
/* A plan a headline announces ("Xi to discuss ... at Monday summit"):
 * ahead for a weekday or a month, but a month-day some weeks past stays
 * past ("..., after talks on Dec. 20"). Above 0, so points_ahead. */
enum { PLAN_AHEAD = 4 };

/* The clause's tense; looked at only when a pattern needs it, as most
 * matches never ask. */
static uint32_t expression_start(const dctx *c)
{
	return c->expr_at < c->at ? c->expr_at : c->at;
}

static int clause_tense(const dctx *c)
{
	return c->tense != TENSE_UNKNOWN ? c->tense : tense_at(c, expression_start(c));
}

static int points_ahead(const dctx *c)
{
	return clause_tense(c) > 0;
}

/* The year the match's sentence opened with ("In 1998, this November 24",
 * "In 1998, he left in November"), which a yearless day or month shares;
 * -1 if none. */
static int opening_year(const dctx *c)
{
	if (c->have_last && c->last.gran == G_YEAR && c->last_opens_sentence && c->at < c->n &&
	    c->last_sent == c->toks[c->at].sent)
		return c->last.y;
	return -1;
}

/* Days by which month-day m/d of the reference year lies after the
 * reference date (negative: before). */
static long days_after_ref(const dctx *c, int m, int d)
{
	if (d > kcna_days_in_month(c->ry, m))
		d = kcna_days_in_month(c->ry, m);
	return kcna_days_from_civil(c->ry, m, d) - kcna_days_from_civil(c->ry, c->rm, c->rd);
}

/* A deadline ("asked it to respond by Oct. 31", "remain until March 6",
 * "gave it until mid-November") or a start ("criteria effective Dec. 7")
 * just before the match, or a deadline the date names: a day or month some
 * weeks on is coming, whatever the verb's tense. */
static int deadline_before(const dctx *c)
{
	uint32_t b = expression_start(c); /* "until 5 p.m. EST Nov. 9": before the clock time */
	if (b > 0 && (is_word(c, b - 1, "by") || is_word(c, b - 1, "until") || is_word(c, b - 1, "till") ||
	              is_word(c, b - 1, "through") || is_word(c, b - 1, "effective")))
		return 1;
	/* or one that names the day as a deadline: "the Jan. 14 deadline", "a
	 * Jan. 14 return date" (a day number, a dot or "return" in between) */
	for (uint32_t k = c->at + 1; k < c->n && k <= c->at + 4; k++) {
		if (is_word(c, k, "deadline") || (is_word(c, k, "return") && is_word(c, k + 1, "date")))
			return 1;
		if (!(c->toks[k].kind == TK_NUM || is_p(c, k, '.')))
			return 0;
	}
	return 0;
}

/* Year of a month-day: past-leaning, as news reports the past, unless the
 * tense points ahead; with no tense word, a day up to NEAR_FUTURE_DAYS ahead
 * is read as coming ("talks on Nov. 21" in a November 1 story). */
enum { NEAR_FUTURE_DAYS = 45, WEAK_PAST = -2, WEAK_PAST_AHEAD_DAYS = 120 };
static int ends_range_from(const dctx *c, uint32_t i, uint32_t start_end);

static int year_for_md(const dctx *c, int m, int d)
{
	int opened = opening_year(c);
	if (opened >= 0)
		return opened;
	if (c->have_last && c->last.gran == G_DAY && c->last.y >= 0 && c->at < c->n && ends_range_from(c, c->at, c->last_end))
		/* "from May 3 until May 5": the range goes on from its start */
		return c->last.y + (m < c->last.m || (m == c->last.m && d < c->last.d));
	if (!c->has_ref)
		return -1;
	int y = c->ry, tense = clause_tense(c);
	if (tense == PLAN_AHEAD)
		tense = 0; /* unmarked: a day up to NEAR_FUTURE_DAYS ahead is coming */
	long ahead = days_after_ref(c, m, d);
	if (tense < 0 && deadline_before(c))
		tense = WEAK_PAST;
	if (tense > 0)
		return ahead < 0 ? y + 1 : y;
	/* a mere participle before it ("payable Jan. 2 to stock of record Dec.
	 * 15", "extended to Nov. 20") leaves a day some weeks ahead coming */
	long near = tense == 0 ? NEAR_FUTURE_DAYS : tense == WEAK_PAST ? WEAK_PAST_AHEAD_DAYS : -1;
	if (ahead >= 0 && ahead <= near)
		return y;
	/* across the new year, as near: "Jan. 4" in a December 30 story */
	long ref = kcna_days_from_civil(y, c->rm, c->rd);
	if (near >= 0 && ahead < 0 && kcna_days_from_civil(y + 1, m, d <= kcna_days_in_month(y + 1, m) ? d : 1) - ref <= near)
		return y + 1;
	return ahead > 0 ? y - 1 : y;
}

static void shift_days(const dctx *c, long delta, dval *v)
{
	kcna_civil_from_days(kcna_days_from_civil(c->ry, c->rm, c->rd) + delta, &v->y, &v->m, &v->d);
	v->gran = G_DAY;
}

/* Whether a word that orders two events ("before", "after", "then",
 * "until") lies between byte offsets a and b of one sentence. */
static int sequence_word_between(const dctx *c, uint32_t a, uint32_t b)
{
	static const char *const SEQUENCE[] = {"before", "after", "then", "until", "till"};
	for (uint32_t k = c->at; k-- > 0 && c->toks[k].start >= a;)
		if (c->toks[k].end <= b && tok_in(c->doc, &c->toks[k], SEQUENCE, sizeof SEQUENCE / sizeof SEQUENCE[0]))
			return 1;
	return 0;
}

/* Whether the date at i ends a range whose start ends at byte `start_end`
 * right before the range word: "Monday to Wednesday", "March through May",
 * "between March and May" (not "in March and May", two dates). The caller
 * checks that the start is of its kind ("from Sept. 14 to Thursday" is a
 * weekday read as any other). */
static int ends_range_from(const dctx *c, uint32_t i, uint32_t start_end)
{
	static const char *const RANGE_WORDS[] = {"to", "through", "until", "till"};
	if (i < 2 || c->toks[i - 2].end != start_end)
		return 0;
	if (IS_WORD_IN(c, i - 1, RANGE_WORDS) || is_dash(c, i - 1))
		return 1;
	return is_word(c, i - 1, "and") && i >= 3 && is_word(c, i - 3, "between");
}

/* Weekday wd (0 = Monday) first after day `from` (dir > 0), or last
 * before it (dir < 0): "the following Monday", "the previous Friday". */
static void weekday_beside(const dval *from, int wd, int dir, dval *v)
{
	long day = kcna_days_from_civil(from->y, from->m, from->d);
	int gap = (wd - kcna_weekday_of(from->y, from->m, from->d) + 7) % 7;
	kcna_civil_from_days(dir < 0 ? day - (gap ? 7 - gap : 7) : day + (gap ? gap : 7), &v->y, &v->m, &v->d);
	v->gran = G_DAY;
}

static void weekday_value(const dctx *c, int wd, int dir, dval *v)
{
	if (!c->has_ref) {
		v->y = -1;
		v->gran = G_WEEKDAY;
		v->d = wd + 1; /* ISO weekday number: XXXX-WXX-1 is a Monday */
		return;
	}
	/* a coming weekday told as following a later day of its sentence ("On
	 * next Tuesday, Lee will travel to Shanghai before returning home on
	 * Wednesday"): the first one after that day */
	if (dir == 0 && c->have_last && c->last.gran == G_DAY && c->last.y >= 0 && c->at < c->n &&
	    c->last_sent == c->toks[c->at].sent &&
	    kcna_days_from_civil(c->last.y, c->last.m, c->last.d) > kcna_days_from_civil(c->ry, c->rm, c->rd) &&
	    sequence_word_between(c, c->last_end, c->toks[c->at].start) && points_ahead(c)) {
		dctx from = *c;
		from.ry = c->last.y, from.rm = c->last.m, from.rd = c->last.d;
		from.have_last = 0;
		weekday_value(&from, wd, 1, v);
		return;
	}
	/* "from Monday to Wednesday": the first such day after the start */
	if (dir == 0 && c->have_last && c->last.gran == G_DAY && c->last.y >= 0 && c->at < c->n &&
	    ends_range_from(c, c->at, c->last_end) && (lexcls(c, c->at - 2) & LX_WEEKDAY)) {
		weekday_beside(&c->last, wd, 1, v);
		return;
	}
	int rwd = kcna_weekday_of(c->ry, c->rm, c->rd);
	long delta;
	if (dir > 0 || (dir == 0 && points_ahead(c)))
		delta = ((wd - rwd + 7) % 7) ? (wd - rwd + 7) % 7 : (dir > 0 ? 7 : 0);
	else if (dir < 0)
		delta = -(((rwd - wd + 7) % 7) ? (rwd - wd + 7) % 7 : 7);
	else
		delta = -((rwd - wd + 7) % 7);
	shift_days(c, delta, v);
}

static void unit_value(const dctx *c, int unit, int dir, dval *v)
{
	memset(v, 0, sizeof *v);
	if (!c->has_ref) {
		v->y = -1;
		v->gran = G_YEAR;
		return;
	}
	v->y = c->ry;
	v->m = c->rm;
	v->d = c->rd;
	switch (unit) {
	case UNIT_DAY:
		shift_days(c, dir, v);
		break;
	case UNIT_WEEK: {
		int wy, wn;
		long z = kcna_days_from_civil(c->ry, c->rm, c->rd) + 7L * dir;
		int y, m, d;
		kcna_civil_from_days(z, &y, &m, &d);
		kcna_iso_week_of(y, m, d, &wy, &wn);
		v->y = wy;
		v->week = wn;
		v->gran = G_WEEK;
		break;
	}
	case UNIT_MONTH: {
		int mm = c->rm - 1 + dir;
		v->y = c->ry + (mm < 0 ? -1 : mm / 12);
		v->m = (mm % 12 + 12) % 12 + 1;
		v->gran = G_MONTH;
		break;
	}
	case UNIT_DECADE:
		v->y = c->ry + 10 * dir;
		v->gran = G_DECADE;
		break;
	case UNIT_CENTURY:
		v->y = c->ry + 100 * dir;
		v->gran = G_CENTURY;
		break;
	default:
		v->y = c->ry + dir;
		v->gran = G_YEAR;
	}
}

/* YEAR candidates: 4 digits in [1000, 2200] standing alone. */
static int year_at(const dctx *c, uint32_t i, int *y)
{
	if (!num_of(c, i, y) || c->toks[i].end - c->toks[i].start != 4 || *y < 1000 || *y > 2200)
		return 0;
	if (i + 1 < c->n && glued(c, i + 1) && (c->toks[i + 1].kind == TK_NUM ||
	                                        (c->toks[i + 1].kind == TK_WORD && !is_word(c, i + 1, "s"))))
		return 0;
	return 1;
}

static int year_in_words_at(const dctx *c, uint32_t i, int *y, uint32_t *next);

/* A year in two digits after an apostrophe at i ("'09", "’68"): the latest
 * such year up to five years past the reference's; *next the token after it.
 * Not a decade ("'90s") nor a quotation opening on a number. */
static int apostrophe_year_at(const dctx *c, uint32_t i, int *y, uint32_t *next)
{
	int yy;
	if (!c->has_ref || !is_apostrophe(c, i) || !glued(c, i + 1) || !num_of(c, i + 1, &yy) ||
	    c->toks[i + 1].end - c->toks[i + 1].start != 2 || (i + 2 < c->n && glued(c, i + 2) && !is_p(c, i + 2, ',') &&
	                                                      !is_p(c, i + 2, '.')))
		return 0;
	*y = c->ry / 100 * 100 + yy;
	if (*y > c->ry + 5)
		*y -= 100;
	*next = i + 2;
	return 1;
}

/* A standalone year is a date unless it counts things: "2024 people". */
static int plausible_bare_year(const dctx *c, uint32_t i, int y)
{
	if (y < 1000 || y > 2100)
		return 0;
	/* before 1900 only where a year is plainly meant: "in 1896", "since
	 * 1492", "1896 -- ..." (before 1800, after "in" or "since" alone) */
	int introduced = i > 0 && (is_word(c, i - 1, "in") || is_word(c, i - 1, "since") ||
	                           (y >= 1800 && is_word(c, i - 1, "from")));
	if (y < 1900 && !introduced && !(y >= 1800 && (is_p(c, i + 1, '-') || is_p(c, i + 1, 0x2014) || is_p(c, i + 1, 0x2013))))
		return 0;
	if (i > 0 && (is_p(c, i - 1, '$') || is_p(c, i - 1, ',')) && glued(c, i))
		return 0; /* 10,000 or $2024 */
	if (i > 1 && is_p(c, i - 1, '.') && glued(c, i) && c->toks[i - 2].kind == TK_NUM && glued(c, i - 1))
		return 0; /* 3.2024 */
	if (is_p(c, i + 1, '.') && glued(c, i + 1) && i + 2 < c->n && c->toks[i + 2].kind == TK_NUM && glued(c, i + 2))
		return 0; /* an index at 2082.1 */
	if (i > 0 && c->toks[i - 1].kind == TK_NUM)
		return 0;
	static const char *QUANTIFIERS[] = {"some", "about", "over", "nearly", "around", "almost", "than", "only", "total"};
	for (size_t q = 0; i > 0 && q < sizeof QUANTIFIERS / sizeof QUANTIFIERS[0]; q++)
		if (is_word(c, i - 1, QUANTIFIERS[q]))
			return 0; /* "some 2024 people" counts */
	if (is_p(c, i + 1, '%') ||
	    (is_p(c, i + 1, ',') && i + 2 < c->n && c->toks[i + 2].kind == TK_NUM && glued(c, i + 1) && glued(c, i + 2)))
		return 0; /* "2024%", "2,024,000"; not "in 2018, 2024 and 2025" */
	if (i + 1 < c->n && c->toks[i + 1].kind == TK_WORD && !(c->toks[i + 1].flags & TF_CAP) &&
	    same_para(c->doc, &c->toks[i + 1], &c->toks[i])) {
		const token *nx = &c->toks[i + 1];
		const char *s = c->doc->txt.buf + nx->start;
		size_t len = nx->end - nx->start;
		/* a plural noun right after: a count */
		int plural = len > 3 && s[len - 1] == 's' && s[len - 2] != 's' && s[len - 2] != 'i' && s[len - 2] != 'u';
		if ((plural && !(nx->cls & (LX_STOP | LX_CUE | LX_EVENT))) || /* not "analysis", "census", "class", "the 2010 elections" */
		    is_word(c, i + 1, "people"))
			return 0;
		if (lexcls(c, i + 1) & (LX_UNIT | LX_MEASURE))
			return 0;
	}
	/* "a 2000-kilometer route", "2000 kilometer": a quantity */
	uint32_t u = is_p(c, i + 1, '-') && glued(c, i + 1) ? i + 2 : i + 1;
	if (u < c->n && (lexcls(c, u) & LX_MEASURE))
		return 0;
	return 1;
}

/* The ordinal ending glued to a number at i - 1: "1st", "23rd", "20th". */
static int ordinal_suffix_at(const dctx *c, uint32_t i)
{
	return glued(c, i) && (is_word(c, i, "st") || is_word(c, i, "nd") || is_word(c, i, "rd") || is_word(c, i, "th"));
}

static int day_at(const dctx *c, uint32_t i, int *d, uint32_t *next)
{
	if (!num_of(c, i, d) || *d < 1 || *d > 31 || c->toks[i].end - c->toks[i].start > 2)
		return 0;
	*next = ordinal_suffix_at(c, i + 1) ? i + 2 : i + 1;
	return 1;
}

static void set_day(const dctx *c, dval *v, int y, int m, int d)
{
	v->y = y >= 0 ? y : year_for_md(c, m, d);
	v->m = m;
	v->d = d;
	v->gran = G_DAY;
}

/* Whether "to" + the token at k ends a day range without "from" ("July
 * 13 to 15"): a day number, not a quantity ("Jan. 4 to 9 percent"). */
static int bare_day_range_end(const dctx *c, uint32_t k)
{
	int d;
	if (!num_of(c, k, &d) || d < 1 || d > 31 || c->toks[k].end - c->toks[k].start > 2)
		return 0;
	return !(is_p(c, k + 1, '%') || (lexcls(c, k + 1) & (LX_MEASURE | LX_UNIT)) || is_word(c, k + 1, "percent") ||
	         is_word(c, k + 1, "people") || (k + 1 < c->n && c->toks[k + 1].kind == TK_NUM));
}

/* Juche 113 (2024) | Juche113.10.8. */
static int juche_year_at(const dctx *c, uint32_t i, match *out)
{
	int y, v;
	if (is_word(c, i, "juche") && num_of(c, i + 1, &v) && v > 0 && v < 300) {
		out->v.y = v + 1911;
		out->v.gran = G_YEAR;
		out->end_tok = i + 2;
		int mm, dd;
		if (is_p(c, i + 2, '.') && glued(c, i + 2) && num_of(c, i + 3, &mm) && glued(c, i + 3) && is_p(c, i + 4, '.') &&
		    num_of(c, i + 5, &dd) && glued(c, i + 5) && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
			set_day(c, &out->v, v + 1911, mm, dd);
			out->end_tok = is_p(c, i + 6, '.') && glued(c, i + 6) ? i + 7 : i + 6;
		} else if (is_p(c, i + 2, '(') && year_at(c, i + 3, &y) && is_p(c, i + 4, ')')) {
			out->v.y = y;
			out->end_tok = i + 5;
		}
		return 1;
	}
	return 0;
}

/* "Oct. 7 and 8", "September 14 and 18, 2010": two days of a month read
 * as one interval when the second follows the first or a year follows
 * both (the day after "and" is at k; d the first day). */
static int days_share_a_year(const dctx *c, uint32_t k, int d)
{
	int d2, y;
	uint32_t k2;
	if (!day_at(c, k, &d2, &k2) || d2 <= d || c->toks[k].kind != TK_NUM)
		return 0;
	return d2 == d + 1 || (is_p(c, k2, ',') && year_at(c, k2 + 1, &y)) || year_at(c, k2, &y);
}

/* MONTH DAY [, YEAR] | MONTH DAY-DAY | MONTH DAY to/and [MONTH] DAY | MONTH YEAR | MONTH */
/* The year of month m named alone: past-leaning as a month-day's, the
 * coming one where the clause points ahead. */
static int bare_month_year(const dctx *c, int m)
{
	int opened = opening_year(c);
	if (opened >= 0)
		return opened;
	if (!c->has_ref)
		return -1;
	if (points_ahead(c))
		return m < c->rm ? c->ry + 1 : c->ry;
	if (clause_tense(c) == 0 && m == c->rm % 12 + 1)
		return m < c->rm ? c->ry + 1 : c->ry; /* next month, no tense word: coming */
	int tense = clause_tense(c);
	if ((tense == WEAK_PAST || (tense < 0 && deadline_before(c))) && (m - c->rm + 12) % 12 >= 1 && (m - c->rm + 12) % 12 <= 3)
		return m < c->rm ? c->ry + 1 : c->ry; /* a participle before it: up to three months on */
	return m > c->rm ? c->ry - 1 : c->ry;
}

/* 1 when "this year" at k after month m means the year just ended: a
 * story of the new year's first weeks reporting in the past tense what
 * was done "in late December this year" (written as the year closed). */
static int year_just_ended(const dctx *c, uint32_t k, int m)
{
	return c->has_ref && is_word(c, k, "this") && c->rm <= 2 && m - c->rm >= 10 && clause_tense(c) < 0;
}

/* The year written after a day at k, past a comma: "May 3, 2010", "3 May
 * 2010", "April 15, Juche 1 (1912)". Its value in *y, the token after it in
 * *end; 0 if none. */
static int year_of_day_at(const dctx *c, uint32_t k, int *y, uint32_t *end)
{
	uint32_t at = is_p(c, k, ',') ? k + 1 : k;
	match juche;
	if (year_at(c, at, y)) {
		*end = at + 1;
		return 1;
	}
	if (is_word(c, at, "juche") && juche_year_at(c, at, &juche)) {
		*y = juche.v.y;
		*end = juche.end_tok;
		return 1;
	}
	return 0;
}

static int match_month_first(const dctx *c, uint32_t i, match *out, int bare_ok)
{
	uint32_t j;
	int m = month_at(c, i, &j);
	if (!m)
		return 0;
	int d, y;
	uint32_t k;
	int day = day_at(c, j, &d, &k);
	if (!day && is_word(c, j, "the") && ordinal_at(c, j + 1, &d, &k) && d >= 1 && date_goes_on_at(c, k))
		day = 1; /* "March the 3rd", "May the first" (not "in May the first delegation") */
	else if (!day && j < c->n && c->toks[j].kind == TK_WORD && ordinal_at(c, j, &d, &k) && d >= 1 && !is_p(c, k, '-') &&
	         date_goes_on_at(c, k))
		day = 1; /* "March third", "June twenty-first" (not "May first-time buyers") */
	if (day && d <= kcna_days_in_month(2000, m)) {
		int year = -1;
		uint32_t e = k;
		if (year_of_day_at(c, k, &y, &e))
			year = y;
		/* range: Jan. 4-7 / from Dec. 9 to 11 / between May 5 and 7 */
		int d2, m2 = m;
		uint32_t k2;
		if (year < 0 && is_dash(c, k) && day_at(c, k + 1, &d2, &k2) && d2 > d) {
			set_day(c, &out->v, -1, m, d);
			out->v2 = out->v;
			out->v2.d = d2;
			out->is_interval = 1;
			e = k2;
		} else if (year < 0 && (is_word(c, k, "to") || is_word(c, k, "and") || is_word(c, k, "through")) &&
		           ((i > 0 && (is_word(c, i - 1, "from") || is_word(c, i - 1, "between"))) ||
		            ((is_word(c, k, "to") || is_word(c, k, "through")) && bare_day_range_end(c, k + 1)) ||
		            (is_word(c, k, "through") && is_word(c, k + 1, "the") && bare_day_range_end(c, k + 2)) ||
		            (is_word(c, k, "and") && days_share_a_year(c, k + 1, d)))) {
			uint32_t j2 = k + 1 + is_word(c, k + 1, "the"); /* "January 2nd through the 5th" */
			int mm = month_at(c, j2, &j2);
			if (mm)
				m2 = mm;
			if (day_at(c, j2, &d2, &k2)) {
				set_day(c, &out->v, -1, m, d);
				/* the second end in the first's year, or the next across New Year */
				set_day(c, &out->v2, out->v.y >= 0 ? out->v.y + (m2 < m) : -1, m2, d2);
				out->is_interval = 1;
				e = k2;
			}
		}
		if (!out->is_interval)
			set_day(c, &out->v, year, m, d);
		/* "September 14 and 18, 2010", "July 13 to 15, 2009": the year after
		 * a range is both ends' */
		if (out->is_interval && year < 0 &&
		    ((is_p(c, e, ',') && year_at(c, e + 1, &y) && (e += 2)) || (year_at(c, e, &y) && (e += 1)))) {
			int carry = out->v2.m < m;
			set_day(c, &out->v, y - carry, m, d);
			set_day(c, &out->v2, y, out->v2.m, out->v2.d);
			year = y;
		}
		/* "Jan. 4 last year", "Jan. 4 to 9 next year": the year word
		 * after a yearless day or range is part of it, for both ends */
		if (year < 0 && (lexcls(c, e) & LX_DIRECTION) && is_word(c, e + 1, "year")) {
			int yy = c->has_ref ? c->ry + lexval(c, e) - year_just_ended(c, e, m) : -1;
			if (out->is_interval) {
				/* across New Year the year word names the later end's year
				 * ("Dec. 30 to Jan. 2 next year") */
				int carry = out->v2.m < m;
				set_day(c, &out->v, yy >= 0 ? yy - carry : -1, m, d);
				set_day(c, &out->v2, yy, out->v2.m, out->v2.d);
			} else {
				set_day(c, &out->v, yy, m, d);
			}
			e += 2;
		}
		out->end_tok = e;
		return 1;
	}
	uint32_t words_end;
	if (year_at(c, j, &y) || year_in_words_at(c, j, &y, &words_end) ||
	    ((c->toks[i].flags & TF_CAP) && apostrophe_year_at(c, j, &y, &words_end)) ||
	    ((c->toks[i].flags & TF_CAP) && is_p(c, j, ',') && year_at(c, j + 1, &y) && plausible_bare_year(c, j + 1, y) &&
	     (words_end = j + 2))) {
		/* "January 1997", "January nineteen ninety-seven", "April '09", "February, 2010" */
		out->v.y = y;
		out->v.m = m;
		out->v.gran = G_MONTH;
		out->end_tok = year_at(c, j, &y) ? j + 1 : words_end;
		return 1;
	}
	if (is_word(c, j, "of") && year_at(c, j + 1, &y) && plausible_bare_year(c, j + 1, y)) { /* "January of 2010" */
		out->v = (dval){y, m, -1, G_MONTH, 0, 0};
		out->end_tok = j + 2;
		return 1;
	}
	/* "June-August", "June-August 2012": one span of months (TIMEX3 writes
	 * a range's ends at their numbers, which these have none of) */
	uint32_t j2;
	int m2;
	if (!(c->options & KCNA_OPT_TIMEX3) && is_dash(c, j) && glued(c, j) && glued(c, j + 1) &&
	    (c->toks[i].flags & TF_CAP) && (lexcls(c, j + 1) & LX_MONTH) && (c->toks[j + 1].flags & TF_CAP) &&
	    (m2 = month_at(c, j + 1, &j2)) && m2 != m) {
		int y2 = -1;
		uint32_t e = year_at(c, j2, &y2) ? j2 + 1 : j2;
		int y1 = y2 >= 0 ? y2 - (m2 < m) : bare_month_year(c, m);
		out->v = (dval){y1, m, -1, G_MONTH, 0, 0};
		out->v2 = (dval){y2 >= 0 ? y2 : y1 >= 0 ? y1 + (m2 < m) : -1, m2, -1, G_MONTH, 0, 0};
		out->is_interval = 1;
		out->end_tok = e;
		return 1;
	}
	match juche; /* "September Juche 53 (1964)", "February of Juche 112 (2023)" */
	uint32_t jj = is_word(c, j, "of") ? j + 1 : j;
	if (is_word(c, jj, "juche") && juche_year_at(c, jj, &juche)) {
		out->v.y = juche.v.y;
		out->v.m = m;
		out->v.gran = G_MONTH;
		out->end_tok = juche.end_tok;
		return 1;
	}
	/* a bare month: "may" and "march" are verbs too, so a bare month needs a
	 * capital and a word before it that introduces a time */
	static const char *const BEFORE_BARE_MONTH[] = {
	    "in",   "since", "until", "till", "of",   "by",     "from",   "through", "between", "last",  "this",
	    "next", "early", "late",  "mid",  "and",  "or",     "during", "before",  "after",  "for",     "around"};
	/* or one the words around show as a month: "December's figures", "the
	 * October slaying", "a June agreement" (not "the March", "a May Day"),
	 * "March last year" */
	/* a month ending a range from a month ("from March 2012 to May"; not
	 * "Friday to December's figures") */
	int start_y;
	int range_end = (c->toks[i].flags & TF_CAP) && c->last_month_y > 0 && ends_range_from(c, i, c->last_month_end) &&
	                ((lexcls(c, i - 2) & LX_MONTH) || year_at(c, i - 2, &start_y));
	int shown = range_end ||
	            (j + 1 < c->n && tok_possessive_s(c->doc, j) && (c->toks[i].flags & TF_CAP)) ||
	            ((c->toks[i].flags & TF_CAP) && (lexcls(c, j) & LX_DIRECTION) && is_word(c, j + 1, "year")) ||
	            (i > 0 && tok_article(c->doc, &c->toks[i - 1]) && m != 3 && m != 5 && (c->toks[i].flags & TF_CAP) &&
	             j < c->n && c->toks[j].kind == TK_WORD && !(c->toks[j].flags & TF_CAP) &&
	             !(lexcls(c, j) & (LX_STOP | LX_GLUE | LX_PAST)));
	if (!bare_ok && !shown && !(i > 0 && IS_WORD_IN(c, i - 1, BEFORE_BARE_MONTH)))
		return 0;
	if (m == 5 && i > 0 && !(c->toks[i - 1].kind == TK_WORD) &&
	    !(i >= 2 && is_p(c, i - 1, '-') && glued(c, i) && (lexcls(c, i - 2) & LX_MODIFIER)))
		return 0; /* but "mid-May", "late-May" */
	/* an abbreviation without its dot before a name is a given name: "and
	 * Jan Kavan of the Czech Republic" */
	if (j == i + 1 && c->toks[i].end - c->toks[i].start <= 4 && !is_word(c, i, "may") && !is_word(c, i, "june") &&
	    !is_word(c, i, "july") && j < c->n && c->toks[j].kind == TK_WORD &&
	    (c->toks[j].flags & TF_CAP) && !(c->toks[j].flags & TF_SENT_START) && !(lexcls(c, j) & LX_DATE_TRIGGER))
		return 0;
	out->v.m = m;
	out->v.gran = G_MONTH;
	out->end_tok = j;
	/* "October that year": the year cited last */
	if (is_word(c, j, "that") && is_word(c, j + 1, "year") && c->last_year_cited > 0) {
		out->v.y = c->last_year_cited;
		out->end_tok = j + 2;
		return 1;
	}
	/* January last year, December of last year */
	uint32_t dw = is_word(c, j, "of") && (c->toks[i].flags & TF_CAP) ? j + 1 : j;
	if ((lexcls(c, dw) & LX_DIRECTION) && !is_word(c, dw, "past") && is_word(c, dw + 1, "year")) {
		int dir = lexval(c, dw);
		out->v.y = c->has_ref ? c->ry + dir - year_just_ended(c, dw, m) : -1;
		out->end_tok = dw + 2;
		return 1;
	}
	out->v.y = bare_month_year(c, m);
	if (range_end)
		/* "between March and May", "from March 2010 to May": the start's year, or the next */
		out->v.y = c->last_month_y + (m < c->last_month);
	return 1;
}

/* Holidays: a fixed day, a weekday of a month (US holidays), Easter and the
 * days that hang on it, a day of another calendar (ICU's: the lunar new
 * year, Ramadan), or the year itself. Longer names first; a hyphen between
 * words is skipped ("Eid al-Fitr"). Rows marked lower match lowercase input
 * too ("christmas"); the others' words are common words uncapitalised. */
enum holiday_rule { H_FIXED, H_NTH_WEEKDAY, H_DAY_AFTER_NTH_WEEKDAY, H_EASTER, H_OTHER_CALENDAR, H_YEAR };
static const struct {
	const char *words; /* lowercase, space separated */
	int rule;          /* enum holiday_rule */
	int m, d;          /* H_FIXED: the day; H_(DAY_AFTER_)NTH_WEEKDAY: month, weekday (0 = Monday);
	                      H_OTHER_CALENDAR: month (ICU's, 0-based) and day */
	int n;             /* H_NTH_WEEKDAY: which (-1 the last); H_EASTER: days after Easter */
	const char *calendar; /* H_OTHER_CALENDAR: ICU's name */
	int lower;            /* also lowercase */
} HOLIDAYS[] = {
	{"day of the sun", H_FIXED, 4, 15, 0, NULL, 0},
	{"day of the shining star", H_FIXED, 2, 16, 0, NULL, 0},
	{"victory day", H_FIXED, 7, 27, 0, NULL, 0},
	{"liberation day", H_FIXED, 8, 15, 0, NULL, 0},
	{"new year's eve", H_FIXED, 12, 31, 0, NULL, 1},
	{"new year's day", H_FIXED, 1, 1, 0, NULL, 1},
	{"new year's", H_FIXED, 1, 1, 0, NULL, 0},
	{"new year", H_YEAR, 0, 0, 0, NULL, 0},
	{"lunar new year", H_OTHER_CALENDAR, 0, 1, 0, "chinese", 1},
	{"chinese new year", H_OTHER_CALENDAR, 0, 1, 0, "chinese", 1},
	{"chuseok", H_OTHER_CALENDAR, 7, 15, 0, "chinese", 1},
	{"may day", H_FIXED, 5, 1, 0, NULL, 0},
	{"international women's day", H_FIXED, 3, 8, 0, NULL, 0},
	{"christmas eve", H_FIXED, 12, 24, 0, NULL, 1},
	{"christmas day", H_FIXED, 12, 25, 0, NULL, 1},
	{"christmas", H_FIXED, 12, 25, 0, NULL, 1},
	{"xmas", H_FIXED, 12, 25, 0, NULL, 1},
	{"boxing day", H_FIXED, 12, 26, 0, NULL, 1},
	{"valentine's day", H_FIXED, 2, 14, 0, NULL, 1},
	{"halloween", H_FIXED, 10, 31, 0, NULL, 1},
	{"independence day", H_FIXED, 7, 4, 0, NULL, 1},
	{"veterans day", H_FIXED, 11, 11, 0, NULL, 1},
	{"black friday", H_DAY_AFTER_NTH_WEEKDAY, 11, 3, 4, NULL, 1}, /* the day after Thanksgiving */
	{"thanksgiving day", H_NTH_WEEKDAY, 11, 3, 4, NULL, 1},
	{"thanksgiving", H_NTH_WEEKDAY, 11, 3, 4, NULL, 1},
	{"labor day", H_NTH_WEEKDAY, 9, 0, 1, NULL, 1},
	{"memorial day", H_NTH_WEEKDAY, 5, 0, -1, NULL, 1},
	{"mother's day", H_NTH_WEEKDAY, 5, 6, 2, NULL, 1},
	{"father's day", H_NTH_WEEKDAY, 6, 6, 3, NULL, 1},
	{"presidents day", H_NTH_WEEKDAY, 2, 0, 3, NULL, 1},
	{"martin luther king day", H_NTH_WEEKDAY, 1, 0, 3, NULL, 1},
	{"st. patrick's day", H_FIXED, 3, 17, 0, NULL, 1},
	{"saint patrick's day", H_FIXED, 3, 17, 0, NULL, 1},
	{"april fools day", H_FIXED, 4, 1, 0, NULL, 1},
	{"earth day", H_FIXED, 4, 22, 0, NULL, 1},
	{"flag day", H_FIXED, 6, 14, 0, NULL, 0},
	{"armistice day", H_FIXED, 11, 11, 0, NULL, 1},
	{"remembrance day", H_FIXED, 11, 11, 0, NULL, 1},
	{"bastille day", H_FIXED, 7, 14, 0, NULL, 1},
	{"cinco de mayo", H_FIXED, 5, 5, 0, NULL, 1},
	{"columbus day", H_NTH_WEEKDAY, 10, 0, 2, NULL, 1},
	{"election day", H_DAY_AFTER_NTH_WEEKDAY, 11, 0, 1, NULL, 0}, /* the Tuesday after November's first Monday */
	{"groundhog day", H_FIXED, 2, 2, 0, NULL, 1},
	{"palm sunday", H_EASTER, 0, 0, -7, NULL, 1},
	{"shrove tuesday", H_EASTER, 0, 0, -47, NULL, 1},
	{"mardi gras", H_EASTER, 0, 0, -47, NULL, 1},
	{"good friday", H_EASTER, 0, 0, -2, NULL, 1},
	{"ash wednesday", H_EASTER, 0, 0, -46, NULL, 1},
	{"easter sunday", H_EASTER, 0, 0, 0, NULL, 1},
	{"easter monday", H_EASTER, 0, 0, 1, NULL, 1},
	{"easter", H_EASTER, 0, 0, 0, NULL, 1},
	{"ramadan", H_OTHER_CALENDAR, 8, 1, 0, "islamic-umalqura", 1},
	{"eid al fitr", H_OTHER_CALENDAR, 9, 1, 0, "islamic-umalqura", 1},
	{"eid al adha", H_OTHER_CALENDAR, 11, 10, 0, "islamic-umalqura", 1},
	{"rosh hashanah", H_OTHER_CALENDAR, 0, 1, 0, "hebrew", 1},
	{"yom kippur", H_OTHER_CALENDAR, 0, 10, 0, "hebrew", 1},
	{"hanukkah", H_OTHER_CALENDAR, 2, 25, 0, "hebrew", 1},
	{"passover", H_OTHER_CALENDAR, 7, 15, 0, "hebrew", 1},
};

/* The day of holiday h in year y; 0 if y has none that can be told. */
static int holiday_day(dctx *c, size_t h, int y, int *m, int *d)
{
	switch (HOLIDAYS[h].rule) {
	case H_NTH_WEEKDAY:
	case H_DAY_AFTER_NTH_WEEKDAY:
		*m = HOLIDAYS[h].m;
		*d = kcna_nth_weekday(y, *m, HOLIDAYS[h].d, HOLIDAYS[h].n) + (HOLIDAYS[h].rule == H_DAY_AFTER_NTH_WEEKDAY);
		return 1;
	case H_EASTER: {
		int em, ed;
		kcna_easter(y, &em, &ed);
		kcna_civil_from_days(kcna_days_from_civil(y, em, ed) + HOLIDAYS[h].n, &y, m, d);
		return 1;
	}
	case H_OTHER_CALENDAR: {
		const size_t slots = sizeof c->holiday_memo / sizeof c->holiday_memo[0];
		struct holiday_memo *slot = NULL;
		for (size_t k = 0; k < slots && !slot; k++)
			if (c->holiday_memo[k].h == (int)h && c->holiday_memo[k].y == y)
				slot = &c->holiday_memo[k];
		if (!slot && c->holiday_memo_next >= OTHER_CALENDAR_DAYS_MAX)
			return 0; /* a text naming hundreds of such days costs no more: the rest are not dated */
		if (!slot) { /* replaced in turn */
			slot = &c->holiday_memo[c->holiday_memo_next++ % slots];
			slot->ok = kcna_other_calendar_day(HOLIDAYS[h].calendar, HOLIDAYS[h].m, HOLIDAYS[h].d, y, &slot->m,
			                                   &slot->d);
			slot->h = (int)h;
			slot->y = y;
		}
		*m = slot->m;
		*d = slot->d;
		return slot->ok;
	}
	default:
		*m = HOLIDAYS[h].m;
		*d = HOLIDAYS[h].d;
		return 1;
	}
}

static int match_words(const dctx *c, uint32_t i, const char *words, uint32_t *end)
{
	const char *w = words;
	while (*w) {
		const char *sp = w;
		while (*sp && *sp != ' ' && *sp != '\'' && *sp != '.')
			sp++;
		if (w != words && (is_p(c, i, '-') || is_p(c, i, 0x2010)) && glued(c, i) && glued(c, i + 1))
			i++; /* "al-Fitr" */
		if (i >= c->n || c->toks[i].kind != TK_WORD)
			return 0;
		const token *t = &c->toks[i];
		const char *tw = c->doc->txt.buf + t->start;
		size_t n = (size_t)(sp - w), tn = t->end - t->start;
		/* a possessive "year's" may be one token or three ("year", "'", "s") */
		size_t poss = *sp != '\'' ? 0 : tn == n + 2 && tw[n] == '\'' ? 2 : tn == n + 4 && !memcmp(tw + n, "\xE2\x80\x99", 3) ? 4 : 0;
		if (tn != n + poss || (poss && (tw[tn - 1] | 32) != 's'))
			return 0;
		for (size_t k = 0; k < n; k++)
			if ((tw[k] | 32) != w[k])
				return 0;
		i++;
		if (*sp == '.') { /* "st. patrick's day": the abbreviation's dot */
			if (!is_p(c, i, '.') || !glued(c, i))
				return 0;
			i++;
			sp++;
		} else if (n > 1 && w[n - 1] == 's' && *sp == ' ' && is_apostrophe(c, i) && glued(c, i)) {
			i++; /* a plural's apostrophe: "Presidents' Day", "April Fools' Day" */
		}
		if (*sp == '\'') {
			sp += 2; /* past "'s" */
			if (!poss) { /* ' or ’, then "s" */
				if (!is_apostrophe(c, i) || i + 1 >= c->n || c->toks[i + 1].kind != TK_WORD ||
				    c->toks[i + 1].end - c->toks[i + 1].start != 1 || (c->doc->txt.buf[c->toks[i + 1].start] | 32) != 's')
					return 0;
				i += 2;
			}
		}
		w = *sp ? sp + 1 : sp;
	}
	*end = i;
	return 1;
}

static int match_holiday(dctx *c, uint32_t i, match *out)
{
	/* a holiday's first word is of the class LX_HOLIDAY, or May ("May
	 * Day"); capitalised unless its row says otherwise */
	int capitalised = (c->toks[i].flags & TF_CAP) != 0;
	if (!(lexcls(c, i) & (LX_HOLIDAY | LX_MONTH)))
		return 0;
	char first = (char)(c->doc->txt.buf[c->toks[i].start] | 32);
	for (size_t h = 0; h < sizeof HOLIDAYS / sizeof HOLIDAYS[0]; h++) {
		uint32_t e;
		if (HOLIDAYS[h].words[0] != first || (!capitalised && !HOLIDAYS[h].lower) ||
		    !match_words(c, i, HOLIDAYS[h].words, &e))
			continue;
		out->end_tok = e;
		int year = -1, m, d;
		if (e < c->n && year_at(c, e, &year)) /* "Christmas 2010" */
			out->end_tok = e + 1;
		else if (is_word(c, e, "of") && year_at(c, e + 1, &year)) /* "Christmas of 2010" */
			out->end_tok = e + 2;
		if (HOLIDAYS[h].rule == H_YEAR) {
			out->v.y = c->has_ref ? c->ry + (c->rm == 12 ? 1 : 0) : -1;
			out->v.gran = G_YEAR;
		} else if (year >= 0) {
			if (!holiday_day(c, h, year, &m, &d))
				return 0;
			set_day(c, &out->v, year, m, d);
		} else if (HOLIDAYS[h].m == 1 && HOLIDAYS[h].d == 1 && c->has_ref) {
			/* the New Year's Day nearest the story: greetings sent in
			 * December are for the coming one */
			set_day(c, &out->v, c->ry + (c->rm == 12), 1, 1);
		} else if (HOLIDAYS[h].rule == H_FIXED) {
			set_day(c, &out->v, -1, HOLIDAYS[h].m, HOLIDAYS[h].d);
		} else if (!c->has_ref) { /* a movable day with no year to place it in */
			out->v.y = -1;
			out->v.gran = G_YEAR;
		} else {
			/* a movable day: this year's, or last year's if it is still to
			 * come (past-leaning, as year_for_md) */
			if (!holiday_day(c, h, c->ry, &m, &d))
				return 0;
			int y = year_for_md(c, m, d);
			if (y != c->ry && !holiday_day(c, h, y, &m, &d))
				return 0;
			set_day(c, &out->v, y, m, d);
		}
		add_daypart(c, out); /* "Christmas morning" */
		return 1;
	}
	return 0;
}

/* Tense of one word: +1 points ahead (will, scheduled, next), -1 past
 * (said, was, a lowercase -ed verb), PRESENT_CUE for a reporting verb in
 * the present ("says", "tell": the clause is told now and leans on the
 * near future like an unmarked one), 0 neither. A past form after an
 * auxiliary is a participle, as weak as WEAK_PAST, or pointing ahead when
 * the auxiliary does ("will be held", "must be returned", "to be
 * published"). */
enum { PRESENT_CUE = 3 };

/* Whether "to" at k is a headline's future: only capitalised words and
 * marks before it in its sentence (the names it is about), a lowercase
 * verb after it ("Lee, China's Xi to discuss ..."). */
static int headline_infinitive(const dctx *c, uint32_t k)
{
	if (k + 1 >= c->n || c->toks[k + 1].kind != TK_WORD || (c->toks[k + 1].flags & TF_CAP) ||
	    (c->toks[k + 1].cls & (LX_STOP | LX_PAST)) || c->toks[k - 1].kind != TK_WORD ||
	    !(c->toks[k - 1].flags & TF_CAP))
		return 0;
	uint32_t sent = c->toks[k].sent, words = 0, steps = 0;
	for (uint32_t j = k; j-- > 0 && c->toks[j].sent == sent;) {
		if (++steps > 40)
			return 0;
		int entity = j > 0 && glued(c, j) && (is_p(c, j - 1, '&') || is_p(c, j - 1, '#')); /* "&#x27;", "&quot;" */
		if (c->toks[j].kind == TK_WORD && !(c->toks[j].flags & TF_CAP) && !tok_is(c->doc, &c->toks[j], "s") && !entity)
			return 0;
		if (c->toks[j].kind == TK_WORD && ++words > 12)
			return 0; /* a headline's subject is a few names */
	}
	return 1;
}

static int word_tense(const dctx *c, uint32_t k)
{
	/* before a participle: it dates the deed, not the day named ("the
	 * reduced dividend", "was extended to", "is supposed to") */
	static const char *const BEFORE_PARTICIPLE[] = {"the", "a", "an", "its", "their", "his", "her", "our",
	                                                "is", "are", "was", "were", "be", "been", "being",
	                                                "has", "have", "had"};
	/* words in -ed that are no past form (but "freed", "agreed" are) */
	static const char *const NOT_PAST_ED[] = {"speed", "indeed", "hundred", "breed", "bleed", "greed"};
	/* before "be": a passive still to come */
	static const char *const AHEAD_OF_BE[] = {"to", "must", "should", "can", "could", "may", "might"};
	const token *t = &c->toks[k];
	if (t->kind != TK_WORD || ((t->flags & TF_CAP) && !(t->flags & TF_SENT_START)))
		return 0; /* a capital inside a sentence is a name's: "the United States" has no verb */
	if ((t->cls & LX_FUTURE) && !(tok_is(c->doc, t, "next") && is_word(c, k + 1, "to"))) /* "next to" places */
		return 1;
	/* a plan in the present, as a verb: "Workers plan a strike on Monday",
	 * "the ministry plans talks", "are planning talks on Friday" (not "an
	 * action plan", "the government's plans") */
	if (k > 0 && !(t->flags & TF_CAP) && t->end - t->start >= 4 && (c->doc->txt.buf[t->start] | 32) == 'p' &&
	    (tok_is(c->doc, t, "plan") || tok_is(c->doc, t, "plans") || tok_is(c->doc, t, "planning"))) {
		const token *p = &c->toks[k - 1];
		static const char *const PLURAL_SUBJECT[] = {"we", "they", "i", "you", "who"};
		int plural_before = IS_WORD_IN(c, k - 1, PLURAL_SUBJECT) ||
		                    (p->kind == TK_WORD && p->end - p->start > 3 && c->doc->txt.buf[p->end - 1] == 's' &&
		                     !(p->cls & (LX_STOP | LX_PAST)));
		int noun_before = (p->kind == TK_WORD && !(p->cls & LX_STOP) && !IS_WORD_IN(c, k - 1, DETERMINERS)) &&
		                  !tok_possessive_s(c->doc, k - 1);
		if ((tok_is(c->doc, t, "plan") && plural_before) || (tok_is(c->doc, t, "plans") && noun_before) ||
		    (tok_is(c->doc, t, "planning") &&
		     (is_word(c, k - 1, "is") || is_word(c, k - 1, "are") || is_word(c, k + 1, "for"))))
			return 1; /* also "planning for the summit in April" */
	}
	/* "is to resume": an arrangement still to come; a headline's "to" after
	 * the names that open it, a plan ("Lee, Xi to discuss peace at Monday summit") */
	if (tok_is(c->doc, t, "to") && k > 0 && (is_word(c, k - 1, "is") || is_word(c, k - 1, "are")))
		return 1;
	/* "did not plan to remove him on Thursday", "were planning to drive
	 * there on Monday": what a plan is for is still ahead, whatever the
	 * plan's tense */
	static const char *const PLAN_BEFORE_TO[] = {"plan", "plans", "planned", "planning", "intend", "intends", "intended",
	                                             "intending", "decided", "aim", "aims", "aimed", "going", "due", "set",
	                                             "scheduled", "expected", "prepared", "preparing"};

	if (tok_is(c->doc, t, "to") && k > 0 && IS_WORD_IN(c, k - 1, PLAN_BEFORE_TO) &&
	    !(k >= 2 && (is_word(c, k - 2, "had") || is_word(c, k - 2, "been")))) /* not "had been due to expire" */
		return 1;
	if (tok_is(c->doc, t, "to") && k > 0 && headline_infinitive(c, k))
		return PLAN_AHEAD;
	const char *w = c->doc->txt.buf + t->start;
	size_t n = t->end - t->start;
	if (t->cls & LX_CUE) {
		/* a cue's base is its past form: any other form but the
		 * participle ("quoted as saying") is the present */
		const char *base = tok_lex(t)->base;
		int participle = n > 3 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g';
		if (participle)
			return k > 0 && (is_word(c, k - 1, "is") || is_word(c, k - 1, "are") || is_word(c, k - 1, "am")) ? PRESENT_CUE
			                                                                                                 : -1; /* "is calling for" */
		if (base && !eq_lower(w, n, base))
			return PRESENT_CUE;
	} else if (!(t->cls & LX_PAST) && ((t->flags & TF_CAP) || n < 5 || w[n - 2] != 'e' || w[n - 1] != 'd' ||
	                                   (w[n - 4] == 'c' && w[n - 3] == 'e') || /* "succeed", "proceed" */
	                                   tok_in(c->doc, t, NOT_PAST_ED, sizeof NOT_PAST_ED / sizeof NOT_PAST_ED[0]))) {
		return 0; /* no past form */
	}
	if (k >= 2 && is_word(c, k - 1, "be")) {
		uint32_t a = k - 2; /* the auxiliary, past an adverb: "would still be held" */
		if (a > 0 && (is_word(c, a, "still") || is_word(c, a, "also") || is_word(c, a, "not")))
			a--;
		if ((c->toks[a].cls & LX_FUTURE) ||
		    tok_in(c->doc, &c->toks[a], AHEAD_OF_BE, sizeof AHEAD_OF_BE / sizeof AHEAD_OF_BE[0]))
			return 1;
	}
	/* an irregular past stays past ("was", "had held"), but not as a passive
	 * in the present ("when the case is heard in May") */
	static const char *const PRESENT_BE[] = {"is", "are", "am", "be", "being"};
	if ((t->cls & LX_PAST) && k > 0 &&
	    tok_in(c->doc, &c->toks[k - 1], PRESENT_BE, sizeof PRESENT_BE / sizeof PRESENT_BE[0]))
		return WEAK_PAST;
	/* an article and an adverb before it: an adjective ("a still
	 * unspecified date", "the newly elected board"; not "The drills ended") */
	const token *adv = k >= 2 ? &c->toks[k - 1] : NULL;
	int adjective = adv && !(t->cls & LX_PAST) && adv->kind == TK_WORD && !(adv->flags & TF_CAP) &&
	                (is_word(c, k - 1, "still") || is_word(c, k - 1, "yet") || is_word(c, k - 1, "not") ||
	                 (adv->end - adv->start > 4 && memcmp(c->doc->txt.buf + adv->end - 2, "ly", 2) == 0)) &&
	                (is_word(c, k - 2, "a") || is_word(c, k - 2, "an") || is_word(c, k - 2, "the"));
	/* after a count or a series letter, before a noun: an adjective too
	 * ("9.5 million Series H preferred shares", "2,000 armed men") */
	const token *prev = k >= 1 ? &c->toks[k - 1] : NULL;
	if (!adjective && prev && !(t->cls & LX_PAST) && k + 1 < c->n && c->toks[k + 1].kind == TK_WORD &&
	    !(c->toks[k + 1].flags & TF_CAP) && !(c->toks[k + 1].cls & (LX_STOP | LX_PREPOSITION)) &&
	    (prev->kind == TK_NUM || (prev->kind == TK_WORD && prev->end - prev->start == 1 && (prev->flags & TF_CAP)) ||
	     is_word(c, k - 1, "million") || is_word(c, k - 1, "billion") || is_word(c, k - 1, "thousand")))
		adjective = 1;
	if (!adjective && ((t->cls & LX_PAST) || k == 0 ||
	                   !tok_in(c->doc, &c->toks[k - 1], BEFORE_PARTICIPLE,
	                           sizeof BEFORE_PARTICIPLE / sizeof BEFORE_PARTICIPLE[0])))
		return -1; /* "Crowds gathered", "Kim said" */
	return WEAK_PAST;
}

/* Whether token k is a verb of a scheduled event in the present ("begins",
 * "opens", "resume"). Literal compares: this is asked of every date. */
static int is_schedule_verb(const dctx *c, uint32_t k)
{
	const token *t = &c->toks[k];
	const kcna_doc *d = c->doc;
	return tok_is(d, t, "begins") || tok_is(d, t, "starts") || tok_is(d, t, "opens") || tok_is(d, t, "closes") ||
	       tok_is(d, t, "ends") || tok_is(d, t, "resumes") || tok_is(d, t, "expires") || tok_is(d, t, "arrives") ||
	       tok_is(d, t, "departs") || tok_is(d, t, "leaves") || tok_is(d, t, "kicks") || tok_is(d, t, "runs") ||
	       tok_is(d, t, "returns") || tok_is(d, t, "travels") || tok_is(d, t, "begin") || tok_is(d, t, "start") ||
	       tok_is(d, t, "open") || tok_is(d, t, "resume");
}

/* Whether token i is in a condition told in the present whose main clause
 * points ahead: "If no deal is reached by Monday, workers will strike" (not
 * "If the trend of the June 15 era had continued, ... would"). */
static int condition_points_ahead(const dctx *c, uint32_t i)
{
	uint32_t sent = c->toks[i].sent;
	for (uint32_t k = i, steps = 0; k-- > 0 && steps < 12 && c->toks[k].sent == sent; steps++) {
		if (c->toks[k].kind == TK_PUNCT)
			return 0;
		if (!(is_word(c, k, "if") || is_word(c, k, "unless")) || !(k == 0 || c->toks[k - 1].sent != sent || is_p(c, k - 1, ',')))
			continue;
		for (uint32_t e = i + 1, n = 0; e < c->n && n < 12 && c->toks[e].sent == sent; e++, n++) {
			if (!is_p(c, e, ','))
				continue;
			for (uint32_t w = k + 1; w < e; w++)
				if (word_tense(c, w) == -1 || is_word(c, w, "had") || is_word(c, w, "was") || is_word(c, w, "were"))
					return 0;
			for (uint32_t v = e + 1, m = 0; v < c->n && m < 6 && c->toks[v].sent == sent; v++, m++)
				if (c->toks[v].cls & LX_FUTURE)
					return 1;
			return 0;
		}
		return 0;
	}
	return 0;
}

/* Tense of the clause around token i (+1 ahead, -1 past, 0 unmarked): the nearest
 * tense word before it in the sentence decides ("is scheduled to depart
 * for Beijing on Sunday"); failing that, the nearest after it ("On Tuesday,
 * Lee will meet ..."). Only words on the date's side of every quotation
 * mark count: in 'Kim said, "We will win," on Monday' the "will" is Kim's,
 * and "said" tells when Monday was. */
static int tense_at(const dctx *c, uint32_t i)
{
	uint32_t sent = c->toks[i].sent;
	/* a date that is what "is" names is arranged: "The vote is (on) Monday" */
	uint32_t cop = i > 0 && (is_word(c, i - 1, "on") || is_word(c, i - 1, "at")) ? i - 1 : i;
	if (cop > 0 && c->toks[cop - 1].sent == sent && (is_word(c, cop - 1, "is") || is_word(c, cop - 1, "are")))
		return 1;
	/* "since" counts from a day gone by: "has been open since March 3" */
	if (i > 0 && is_word(c, i - 1, "since"))
		return -1;
	/* a scheduled event told in the present: "Voting begins Friday", "the
	 * summit opens on Monday" (as a plan is, so that "the talks open Jan.
	 * 4-7" in May are January's gone by) */
	/* a plain form only after its subject: not "did not open on Monday" */
	static const char *const BEFORE_PLAIN_FORM[] = {"did", "does", "do", "not", "to", "would", "could", "should",
	                                                "might", "must", "will", "can", "may", "t"};
	uint32_t verb = cop > 0 && cop < i ? cop - 1 : i - 1;
	if (i > 0 && verb < i && c->toks[verb].sent == sent && !(c->toks[verb].flags & TF_CAP) &&
	    is_schedule_verb(c, verb) &&
	    (c->doc->txt.buf[c->toks[verb].end - 1] == 's' || !(verb > 0 && IS_WORD_IN(c, verb - 1, BEFORE_PLAIN_FORM))))
		return PLAN_AHEAD; /* a weekday or a month ahead; a month-day ahead when near */
	/* what is ahead of a day, or due on it, comes: "ahead of talks on
	 * Monday", "ahead of Monday's talks", "is due in Seoul on Monday" (not
	 * "was due", "had been due", "with due ceremony") */
	static const char *const AFTER_DUE[] = {"in", "on", "out", "back", "at", "for", "home", "here", "there", "by"};
	for (uint32_t k = i, steps = 0; k-- > 1 && steps < 4 && c->toks[k].sent == sent; steps++) {
		if ((is_word(c, k, "of") && is_word(c, k - 1, "ahead") && !is_word(c, k + 1, "schedule") &&
		     !is_word(c, k + 1, "time")) ||
		    (is_word(c, k, "due") && IS_WORD_IN(c, k + 1, AFTER_DUE) && !is_word(c, k - 1, "was") &&
		     !is_word(c, k - 1, "were") && !is_word(c, k - 1, "been")))
			return 1; /* also "the report, due out on Monday" */
		if (c->toks[k].kind == TK_PUNCT && !tok_possessive_s(c->doc, k))
			break;
	}
	/* what is agreed, promised or vowed to be done a few words on is ahead
	 * too ("agreed to meet again on Friday"), as a plan a headline
	 * announces: a month-day only when near; further on, the day is more
	 * often the promise's ("agreed to expand cooperation in energy,
	 * finance and culture on Tuesday") */
	static const char *const PROMISE_BEFORE_TO[] = {"agreed", "agree", "agrees", "promised", "promise", "promises",
	                                                "vowed",  "vow",   "vows",   "pledged",  "pledge",  "pledges",
	                                                "hoped",  "hope",  "hopes",  "hoping",   "offered", "threatened",
	                                                "threaten", "threatens", "invited"};
	enum { PROMISE_REACH = 6 };
	static const char *const DEED_DAY[] = {"on", "in", "at", "after", "before", "by"};
	static const char *const PUT_OFF[] = {"postponed", "delayed", "moved", "rescheduled", "deferred", "pushed"};
	static const char *const PUT_OFF_TO[] = {"to", "until", "till"};
	if (condition_points_ahead(c, i))
		return 1;
	int crossed = 0; /* quotation marks passed: odd = inside other words */
	for (uint32_t k = i, steps = 0; k-- > 0 && steps < 25 && c->toks[k].sent == sent; steps++) {
		crossed ^= tok_is_double_quote(&c->toks[k]);
		/* a relative clause after a comma has a tense of its own: in "she
		 * would bring aid to Kenya, where the Aug. 7 blasts killed 257" the
		 * date's verb comes after it */
		if (!crossed && k > 0 && is_p(c, k - 1, ',') &&
		    (is_word(c, k, "where") || is_word(c, k, "which") || is_word(c, k, "who") || is_word(c, k, "when")))
			break;
		if (!crossed && i - k <= PROMISE_REACH && tok_is(c->doc, &c->toks[k], "to") && k > 0 &&
		    IS_WORD_IN(c, k - 1, PROMISE_BEFORE_TO))
			return PLAN_AHEAD;
		int tense = crossed ? 0 : word_tense(c, k);
		/* a day put off to is still ahead: "was postponed until Friday",
		 * "has been moved to Friday" */
		if (tense == WEAK_PAST && IS_WORD_IN(c, k, PUT_OFF) && i > 0 &&
		    (IS_WORD_IN(c, i - 1, PUT_OFF_TO) || (i > 1 && is_word(c, i - 1, "back") && is_word(c, i - 2, "to"))))
			return 1;
		/* a past passive or perfect dates its deed on the day named: "was
		 * signed on 5 May", "had opened in March", "had been closed on
		 * March 3" (but "was extended to March 31" names a day the deed
		 * looks to) */
		if (tense == WEAK_PAST && k > 0 &&
		    (is_word(c, k - 1, "was") || is_word(c, k - 1, "were") || is_word(c, k - 1, "had") ||
		     (k > 1 && is_word(c, k - 1, "been") &&
		      (is_word(c, k - 2, "had") || is_word(c, k - 2, "has") || is_word(c, k - 2, "have")))) &&
		    i > 0 && IS_WORD_IN(c, i - 1, DEED_DAY))
			return -1;
		if (tense)
			return tense == PRESENT_CUE ? 0 : tense;
	}
	crossed = 0;
	for (uint32_t k = i + 1, steps = 0; k < c->n && steps < 12 && c->toks[k].sent == sent; k++, steps++) {
		crossed ^= tok_is_double_quote(&c->toks[k]);
		int tense = crossed ? 0 : word_tense(c, k);
		if (tense)
			return tense == PRESENT_CUE ? 0 : tense;
	}
	return 0;
}

/* Whether token i is a group of exactly three digits. */
static int three_digits(const dctx *c, uint32_t i)
{
	return i < c->n && c->toks[i].kind == TK_NUM && c->toks[i].end - c->toks[i].start == 3;
}

/* A count: a number ("5", "5,000", "5 000"), number words ("twenty-four",
 * "two thousand", "three hundred"), "a couple of" (2) or "a few" (-1, a
 * count unknown); *next is the token after it. */
static uint32_t placing_words_before(const dctx *c, uint32_t i);

static int count_at(const dctx *c, uint32_t i, int *v, uint32_t *next)
{
	*next = i + 1;
	if (num_of(c, i, v)) {
		if (*v >= 1 && *v <= 999 && c->toks[i].end - c->toks[i].start <= 3) {
			/* thousands: "5,000" glued, or "5 000" as KCNA writes them */
			uint32_t g = is_p(c, i + 1, ',') && glued(c, i + 1) && glued(c, i + 2) ? i + 2 : i + 1;
			int w;
			if (three_digits(c, g) && (g == i + 2 || (c->toks[g].start == c->toks[i].end + 1 &&
			                                           c->doc->txt.buf[c->toks[i].end] == ' ')) &&
			    !(is_p(c, g + 1, ',') && glued(c, g + 1) && three_digits(c, g + 2) && glued(c, g + 2)) &&
			    num_of(c, g, &w)) {
				*v = *v * 1000 + w;
				*next = g + 1;
			}
		}
		return *v >= 0;
	}
	if (is_word(c, i, "a") && is_word(c, i + 1, "couple") && (is_word(c, i + 2, "of") || (lexcls(c, i + 2) & LX_UNIT))) {
		*v = 2; /* "a couple of days", "a couple hours" */
		*next = is_word(c, i + 2, "of") ? i + 3 : i + 2;
		return 1;
	}
	if (is_word(c, i, "couple") && is_word(c, i + 1, "of") && (lexcls(c, i + 2) & LX_UNIT) && placing_words_before(c, i)) {
		*v = 2; /* "the next couple of years" */
		*next = i + 2;
		return 1;
	}
	if (is_word(c, i, "a") && is_word(c, i + 1, "few")) {
		*v = -1;
		*next = i + 2;
		return 1;
	}
	if (!(lexcls(c, i) & LX_NUMWORD))
		return 0;
	*v = lexval(c, i);
	/* "twenty four", "twenty-four": tens and a unit */
	uint32_t u = is_p(c, i + 1, '-') && glued(c, i + 1) ? i + 2 : i + 1;
	if (*v >= 20 && *v <= 90 && *v % 10 == 0 && (lexcls(c, u) & LX_NUMWORD) && lexval(c, u) >= 1 && lexval(c, u) <= 9) {
		*v += lexval(c, u);
		*next = u + 1;
	}
	/* "two hundred", "two thousand", "five hundred thousand" */
	if (*v >= 1 && is_word(c, *next, "hundred")) {
		*v *= 100;
		(*next)++;
	}
	if (*v >= 1 && *v < 1000 && is_word(c, *next, "thousand")) {
		*v *= 1000;
		(*next)++;
	}
	return 1;
}

/* Recurrences written as one adverb: "annually", "meets weekly". A word
 * after a determiner or before a name is an adjective or a title ("the
 * daily Rodong Sinmun"), not a recurrence. */
static const struct {
	const char *word, *value;
} SET_ADVERBS[] = {
	{"annually", "P1Y"}, {"yearly", "P1Y"}, {"quarterly", "P3M"}, {"monthly", "P1M"},
	{"weekly", "P1W"},   {"daily", "P1D"},  {"hourly", "PT1H"},
};

static int match_set_adverb(const dctx *c, uint32_t i, match *out)
{
	for (size_t k = 0; k < sizeof SET_ADVERBS / sizeof SET_ADVERBS[0]; k++) {
		if (!is_word(c, i, SET_ADVERBS[k].word))
			continue;
		if (c->toks[i].flags & TF_CAP)
			return 0;
		if (i > 0 && (c->toks[i - 1].cls & LX_STOP) && !is_word(c, i - 1, "and") &&
		    !is_word(c, i - 1, "or"))
			return 0;
		if (i + 1 < c->n && c->toks[i + 1].kind == TK_WORD &&
		    ((c->toks[i + 1].flags & TF_CAP) || !(c->toks[i + 1].cls & (LX_STOP | LX_PREPOSITION))))
			return 0; /* "daily newspaper", "weekly Tongil Sinbo"; not "gather daily outside" */
		out->type = KCNA_DATE_SET;
		out->literal = SET_ADVERBS[k].value;
		out->end_tok = i + 1;
		return 1;
	}
	return 0;
}

/* Quarters: "the third quarter", "third-quarter", "the fiscal first
 * quarter" -> YYYY-Qn, the latest such quarter begun by the reference date
 * unless the clause points ahead. */
static const char *const QUARTER_ORDINALS[] = {"first", "second", "third", "fourth"};

/* A quarter's value, "YYYY-Qn" ("XXXX-Qn" for an unknown year). */
static void set_quarter(match *out, int y, int q)
{
	out->quarter_y = y;
	out->quarter = q;
	if (y >= 0)
		snprintf(out->lit, sizeof out->lit, "%04d-Q%d", y % 10000, q);
	else
		snprintf(out->lit, sizeof out->lit, "XXXX-Q%d", q);
	out->literal = out->lit;
}

/* The quarter last completed by the reference date, years_back earlier. */
static void set_completed_quarter(const dctx *c, int years_back, match *out)
{
	int q = (c->rm - 1) / 3, y = c->ry - years_back; /* q == 0: the fourth of the year before */
	set_quarter(out, q ? y : y - 1, q ? q : 4);
}

/* "year-earlier", "year-ago" at k (three tokens): a year back. */
static int year_back_at(const dctx *c, uint32_t k)
{
	return is_word(c, k, "year") && is_p(c, k + 1, '-') && (is_word(c, k + 2, "earlier") || is_word(c, k + 2, "ago"));
}

static int match_quarter(const dctx *c, uint32_t i, match *out)
{
	uint32_t k = i;
	if (is_word(c, k, "the"))
		k++;
	int written_year = -1;
	if (is_word(c, k, "fiscal"))
		k++;
	if (is_p(c, k, '-') && glued(c, k) && k > i)
		k++; /* "fiscal-first" */
	if (k > i && !ordinal_suffix_at(c, k + 1) && year_at(c, k, &written_year))
		k++; /* "the 1988 second quarter" */
	/* "the year-earlier / year-ago third quarter": that quarter a year back */
	int years_back = 0;
	if (k > i && written_year < 0 && year_back_at(c, k))
		years_back = 1, k += 3;
	int q = 0, digits;
	for (int n = 0; n < 4 && k < c->n; n++)
		if (is_word(c, k, QUARTER_ORDINALS[n]))
			q = n + 1;
	if (!q && num_of(c, k, &digits) && digits >= 1 && digits <= 4 && ordinal_suffix_at(c, k + 1))
		q = digits, k++; /* "the 4th quarter" */
	/* "the quarter", "the latest quarter": in business news, the quarter
	 * last completed before the reference date */
	if (!q && k == i + 1 && c->has_ref && written_year < 0 &&
	    (is_word(c, k, "quarter") || ((is_word(c, k, "latest") || is_word(c, k, "recent")) && is_word(c, k + 1, "quarter")))) {
		uint32_t e = is_word(c, k, "quarter") ? k + 1 : k + 2;
		int back = is_word(c, e, "a") && is_word(c, e + 1, "year") &&
		           (is_word(c, e + 2, "ago") || is_word(c, e + 2, "earlier"));
		int qm, qd;
		uint32_t after_day;
		if ((is_word(c, e, "ended") || is_word(c, e, "ending")) && (qm = month_at(c, e + 1, &after_day)) &&
		    day_at(c, after_day, &qd, &after_day)) {
			/* "the quarter ended Sept. 30": the quarter that day ends, in
			 * the year of the day (found at its own token) */
			int y = year_for_md(c, qm, qd), written;
			if ((is_p(c, after_day, ',') && year_at(c, after_day + 1, &written)) || year_at(c, after_day, &written))
				y = written;
			if (y > 0) {
				set_quarter(out, y, (qm - 1) / 3 + 1);
				out->quarter_cited = 1;
				out->end_tok = e;
				return 1;
			}
		}
		set_completed_quarter(c, back, out); /* "the quarter a year ago" */
		out->quarter_cited = 1;
		out->end_tok = back ? e + 3 : e;
		return 1;
	}
	if (!q)
		return 0;
	k++;
	if (is_p(c, k, '-') && glued(c, k))
		k++;
	if (!is_word(c, k, "quarter"))
		return 0;
	int y = written_year;
	if (y < 0 && is_word(c, k + 1, "of") && year_at(c, k + 2, &y))
		k += 2; /* "the first quarter of 2010" */
	else if (y < 0 && is_word(c, k + 1, "of") && is_word(c, k + 2, "fiscal") && year_at(c, k + 3, &y))
		k += 3; /* "the fourth quarter of fiscal 1989" */
	else if (y < 0 && year_at(c, k + 1, &y))
		k += 1; /* "the fourth quarter 2018" */
	else if (y < 0 && c->has_ref && is_word(c, k + 1, "of") && (lexcls(c, k + 2) & LX_DIRECTION) &&
	         is_word(c, k + 3, "year")) {
		y = c->ry + lexval(c, k + 2); /* "the third quarter of last year" */
		k += 3;
	}
	if (y < 0 && c->has_ref) {
		/* ahead: next year's, but the quarter just completed is this
		 * year's ("will report third-quarter results" in October) */
		int current = (c->rm - 1) / 3 + 1, ahead = points_ahead(c);
		y = c->ry;
		if (ahead ? q < current - 1 : q > current)
			y += ahead ? 1 : -1;
		y -= years_back;
	}
	set_quarter(out, y, q);
	out->quarter_cited = 1;
	out->end_tok = k + 1;
	return 1;
}

static const char UNIT_CODE[] = {0, 'D', 'W', 'M', 'Y', 'E', 'C', 'H', 'M', 'S'}; /* TimeML: E decade, C century */

/* A duration of cnt units: "P5Y", "P30Y" (three decades), "PT16H"; an
 * unknown count (cnt < 0) as "PXY". */
static void set_duration(match *out, int cnt, int unit)
{
	const char *clock = unit >= UNIT_HOUR ? "T" : "";
	if (cnt < 0)
		snprintf(out->lit, sizeof out->lit, "P%sX%c", clock, UNIT_CODE[unit]);
	else if (unit == UNIT_DECADE || unit == UNIT_CENTURY)
		snprintf(out->lit, sizeof out->lit, "P%dY", cnt * (unit == UNIT_DECADE ? 10 : 100));
	else
		snprintf(out->lit, sizeof out->lit, "P%s%d%c", clock, cnt, UNIT_CODE[unit]);
	out->literal = out->lit;
	out->type = KCNA_DATE_DURATION;
}

/* A count and a half of a unit ("2 1/2 years" P2Y6M, "five and a half
 * hours" PT5H30M, "a day and a half" P1DT12H): the half in the next unit
 * down. */
static void set_half_duration(match *out, int cnt, int unit)
{
	switch (unit) {
	case UNIT_DAY: snprintf(out->lit, sizeof out->lit, "P%dDT12H", cnt); break;
	case UNIT_WEEK: snprintf(out->lit, sizeof out->lit, "P%dDT12H", 7 * cnt + 3); break;
	case UNIT_MONTH: snprintf(out->lit, sizeof out->lit, "P%dM15D", cnt); break;
	case UNIT_YEAR: snprintf(out->lit, sizeof out->lit, "P%dY6M", cnt); break;
	case UNIT_DECADE: snprintf(out->lit, sizeof out->lit, "P%dY", 10 * cnt + 5); break;
	case UNIT_CENTURY: snprintf(out->lit, sizeof out->lit, "P%dY", 100 * cnt + 50); break;
	case UNIT_HOUR: snprintf(out->lit, sizeof out->lit, "PT%dH30M", cnt); break;
	case UNIT_MINUTE: snprintf(out->lit, sizeof out->lit, "PT%dM30S", cnt); break;
	default: set_duration(out, cnt, unit); return;
	}
	out->literal = out->lit;
	out->type = KCNA_DATE_DURATION;
}

/* Vague references by adjective and phrase: "current" (PRESENT_REF),
 * "recent" and "the past" on their own (PAST_REF). */
static int match_vague_adjective(const dctx *c, uint32_t i, match *out)
{
	/* "the current year / quarter / fiscal year / decade": the reference's own */
	uint32_t k = is_word(c, i, "the") ? i + 1 : i, u = k + 1;
	if (is_word(c, u, "fiscal"))
		u++;
	if (is_word(c, k, "current") && c->has_ref &&
	    (is_word(c, u, "quarter") ||
	     ((lexcls(c, u) & LX_UNIT) && !is_plural(c, u) && lexval(c, u) >= UNIT_WEEK && lexval(c, u) <= UNIT_CENTURY &&
	      !is_word(c, u, "fortnight")))) {
		if (is_word(c, u, "quarter")) {
			set_quarter(out, c->ry, (c->rm - 1) / 3 + 1);
			out->quarter_cited = 1;
		} else {
			unit_value(c, lexval(c, u), 0, &out->v);
		}
		out->end_tok = u + 1;
		return 1;
	}
	if (is_word(c, i, "current") && !(c->toks[i].flags & TF_CAP))
		out->literal = "PRESENT_REF";
	else if (is_word(c, i, "recent") && !(c->toks[i].flags & TF_CAP))
		out->literal = "PAST_REF";
	else if (is_word(c, i, "the") && is_word(c, i + 1, "past") &&
	         (i + 2 >= c->n || c->toks[i + 2].kind == TK_PUNCT || (lexcls(c, i + 2) & LX_STOP)) &&
	         !is_word(c, i + 2, "few") && !is_word(c, i + 2, "several") && !is_word(c, i + 2, "couple")) {
		out->literal = "PAST_REF"; /* "in the past", not "the past five years" */
		out->end_tok = i + 2;
		return 1;
	} else
		return 0;
	out->end_tok = i + 1;
	return 1;
}

/* "the weekend", "this weekend": the latest weekend by the reference date
 * (the coming one where the clause points ahead), as YYYY-Www-WE. */
static int match_weekend(dctx *c, uint32_t i, match *out)
{
	/* "last weekend" / "this (the) past weekend": the one before the reference
	 * day's week's; "next weekend": the coming one */
	/* "the coming weekend", "this coming weekend": the next one */
	int coming = (is_word(c, i, "the") || is_word(c, i, "this")) && is_word(c, i + 1, "coming");
	/* "this past weekend", "the previous weekend" (with no day cited: of the story's) */
	int previous = is_word(c, i, "the") && is_word(c, i + 1, "previous") && !(c->have_last && c->last.gran == G_DAY);
	uint32_t w = ((is_word(c, i, "this") || is_word(c, i, "the")) && is_word(c, i + 1, "past")) || coming || previous
	                 ? i + 2
	                 : i + 1;
	int dir = (w == i + 2 && !coming) || is_word(c, i, "last") ? -1 : is_word(c, i, "next") ? 1 : 0;
	if (!(dir || is_word(c, i, "the") || is_word(c, i, "this")) || !is_word(c, w, "weekend") || !c->has_ref ||
	    (w == i + 1 && is_word(c, i, "the") && is_word(c, w + 1, "of") && w + 2 < c->n &&
	     (c->toks[w + 2].kind == TK_NUM || (lexcls(c, w + 2) & (LX_MONTH | LX_WEEKDAY)) ||
	      (is_word(c, w + 2, "the") && (ordinal_suffix_at(c, w + 4) || has_ordinal_ending(c, w + 3))))))
		return 0; /* "the weekend of June 5", "of the 20th": pat_daypart_of */
	/* "the weekend after next", "the weekend before last" */
	int beyond = w == i + 1 && is_word(c, i, "the") &&
	             ((is_word(c, w + 1, "after") && is_word(c, w + 2, "next")) ||
	              (is_word(c, w + 1, "before") && is_word(c, w + 2, "last")));
	if (beyond) {
		dir = is_word(c, w + 1, "after") ? 1 : -1;
		coming = 0;
	}
	long ref = kcna_days_from_civil(c->ry, c->rm, c->rd);
	int wd = kcna_weekday_of(c->ry, c->rm, c->rd); /* 0 = Monday */
	long saturday = wd >= 5 ? ref - (wd - 5) : ref - (wd + 2);
	if (wd < 5 && (dir > 0 || (dir == 0 && (coming || points_ahead(c)))))
		saturday += 7;
	else if (wd >= 5 && dir)
		saturday += 7 * dir;
	if (beyond)
		saturday += 7 * dir;
	int y, m, d, wy, wn;
	kcna_civil_from_days(saturday, &y, &m, &d);
	kcna_iso_week_of(y, m, d, &wy, &wn);
	snprintf(out->lit, sizeof out->lit, "%04d-W%02d-WE", wy, wn);
	out->literal = out->lit;
	out->end_tok = w + 1 + 2 * beyond;
	return 1;
}

/* Financial reports: "the year-earlier quarter", "the year-ago period",
 * "year-earlier" results: the latest completed quarter a year before. */
static int match_year_earlier(const dctx *c, uint32_t i, match *out)
{
	uint32_t k = is_word(c, i, "the") ? i + 1 : i;
	if (!year_back_at(c, k) ||
	    !c->has_ref)
		return 0;
	uint32_t e = k + 3;
	if (is_word(c, e, "quarter") || is_word(c, e, "period"))
		e++;
	else if (k != i)
		return 0; /* "the year-earlier profit": only the modifier is the date */
	set_completed_quarter(c, 1, out);
	out->end_tok = e;
	return 1;
}

/* "for years", "over weeks": a duration of unknown length (PXY, PXW). */
static int match_unquantified_plural(const dctx *c, uint32_t i, match *out)
{
	static const char *const PREPS[] = {"for", "over", "within"};
	int prep = 0;
	for (size_t k = 0; k < sizeof PREPS / sizeof PREPS[0]; k++)
		prep |= i > 0 && is_word(c, i - 1, PREPS[k]);
	if (!prep || !(lexcls(c, i) & LX_UNIT) || !is_plural(c, i))
		return 0;
	if (i + 1 < c->n && (is_word(c, i + 1, "ago") || is_word(c, i + 1, "later") || is_word(c, i + 1, "of") ||
	                     is_word(c, i + 1, "earlier")))
		return 0;
	set_duration(out, -1, lexval(c, i));
	out->end_tok = i + 1;
	return 1;
}

/* "BC", "B.C.", "BCE" after a year or century: its end in *next. */
static int era_bc_at(const dctx *c, uint32_t i, uint32_t *next)
{
	if (is_word(c, i, "bc") || is_word(c, i, "bce")) {
		*next = i + 1;
		return 1;
	}
	if (is_word(c, i, "b") && is_p(c, i + 1, '.') && glued(c, i + 1) && is_word(c, i + 2, "c") && glued(c, i + 2)) {
		*next = is_p(c, i + 3, '.') && glued(c, i + 3) ? i + 4 : i + 3;
		return 1;
	}
	return 0;
}

/* "AD", "A.D.", "CE" at i, in capitals ("ad" is a word): the common era;
 * the token after it in *next. */
static int era_ad_at(const dctx *c, uint32_t i, uint32_t *next)
{
	if (i >= c->n)
		return 0;
	const char *s = c->doc->txt.buf + c->toks[i].start;
	if ((is_word(c, i, "ad") || is_word(c, i, "ce")) && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z') {
		*next = i + 1;
		return 1;
	}
	if (is_word(c, i, "a") && s[0] == 'A' && is_p(c, i + 1, '.') && glued(c, i + 1) && is_word(c, i + 2, "d") &&
	    c->doc->txt.buf[c->toks[i + 2].start] == 'D' && glued(c, i + 2) && is_p(c, i + 3, '.') && glued(c, i + 3)) {
		*next = i + 4;
		return 1;
	}
	return 0;
}


/* Centuries: "the 20th century", "the twentieth century", "the
 * twenty-first century", "the fifth century BC". TIMEX3 writes one by its
 * first two digits: "19". */
static int match_century(const dctx *c, uint32_t i, match *out)
{
	int n = 0;
	uint32_t k;
	if (!ordinal_at(c, i, &n, &k)) /* "20th", "twentieth", "twenty-first", "fifth" */
		return 0;
	/* "the 16th and 17th centuries": each ordinal a century */
	static const char *const JOINERS[] = {"and", "or", "to"};
	int n2;
	uint32_t k2, end = k + 1;
	if (n >= 1 && IS_WORD_IN(c, k, JOINERS) && ordinal_at(c, k + 1, &n2, &k2) && n2 > n &&
	    (is_word(c, k2, "centuries") || is_word(c, k2, "century")))
		end = k;
	else if (!is_word(c, k, "century") &&
	         !(is_word(c, k, "centuries") && i >= 2 && IS_WORD_IN(c, i - 1, JOINERS) &&
	           (ordinal_suffix_at(c, i - 2) || has_ordinal_ending(c, i - 2))))
		return 0;
	if (n < 1 || n > 30)
		return 0;
	out->v.y = (n - 1) * 100;
	out->v.gran = G_CENTURY;
	out->end_tok = end;
	uint32_t after;
	if (era_bc_at(c, k + 1, &after)) { /* TIMEX3: "BC04" for the fifth century BC */
		snprintf(out->lit, sizeof out->lit, "BC%02d", n - 1);
		out->literal = out->lit;
		out->end_tok = after;
	}
	return 1;
}

/* Clock times: "10 a.m.", "7:15 p.m.", "15:00 GMT", "noon", "midday", "midnight". */
static const char *const TIME_ZONES[] = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt",
                                         "pst", "pdt", "kst", "jst", "bst", "cet", "msk"};

static int zone_at(const dctx *c, uint32_t i)
{
	if (i >= c->n || !(c->toks[i].flags & TF_UPPER))
		return 0;
	for (size_t z = 0; z < sizeof TIME_ZONES / sizeof TIME_ZONES[0]; z++)
		if (is_word(c, i, TIME_ZONES[z]))
			return 1;
	return 0;
}

/* "local time" after a clock time. */
static int local_time_at(const dctx *c, uint32_t i)
{
	return is_word(c, i, "local") && is_word(c, i + 1, "time");
}

/* "a.m.", "p.m.", "am", "PM" after a clock number; *pm tells which. */
static int meridiem_at(const dctx *c, uint32_t i, uint32_t *next, int *pm)
{
	if (is_word(c, i, "am") || is_word(c, i, "pm")) {
		*pm = is_word(c, i, "pm");
		*next = i + 1;
		return 1;
	}
	if ((is_word(c, i, "a") || is_word(c, i, "p")) && is_p(c, i + 1, '.') && glued(c, i + 1) && is_word(c, i + 2, "m") &&
	    glued(c, i + 2)) {
		*pm = is_word(c, i, "p");
		*next = is_p(c, i + 3, '.') && glued(c, i + 3) ? i + 4 : i + 3;
		return 1;
	}
	return 0;
}

static int match_at(dctx *c, uint32_t i, match *out);

/* The end of a time range after its joiner at k ("to six p.m.", "- 11:30
 * pm", "and 5 pm"): 1 if one is there, *after the token past it (and past
 * its zone), *pm its half of the day or -1 if it names none. */
static int clock_range_end(const dctx *c, uint32_t k, uint32_t *after, int *pm)
{
	if (!(is_word(c, k, "to") || is_word(c, k, "and") || is_word(c, k, "until") || is_dash(c, k)))
		return 0;
	uint32_t e = k + 1;
	int h;
	if (!(num_of(c, e, &h) || ((lexcls(c, e) & LX_NUMWORD) && (h = lexval(c, e)) > 0)) || h < 1 || h > 23)
		return 0;
	e++;
	if (is_p(c, e, ':') && glued(c, e) && e + 1 < c->n && c->toks[e + 1].kind == TK_NUM && glued(c, e + 1))
		e += 2;
	*pm = -1;
	if (h <= 12 && meridiem_at(c, e, after, pm))
		e = *after;
	*after = e + zone_at(c, e);
	return 1;
}

/* The half of the day of a time range's end at k, which its start without
 * one shares. */
static int range_end_meridiem(const dctx *c, uint32_t k, int *pm)
{
	uint32_t after;
	return clock_range_end(c, k, &after, pm) && *pm >= 0;
}

/* A word before "9:30" that makes it a clock time without a zone or a
 * meridiem: "at 15:00", "by 11:00", not "won 3:30" or "a 2:15 mile". */
static int clock_word_before(const dctx *c, uint32_t i)
{
	static const char *const WORDS[] = {"at", "from", "between", "until", "till", "by", "since", "before", "after"};
	if (i == 0)
		return 0;
	if (IS_WORD_IN(c, i - 1, WORDS))
		return 1;
	/* the end of a range whose start has such a word: "from 9:30 to 11:00",
	 * "at 11:30-1:30" (not a score of "11:30-1:30") */
	return i >= 5 && (is_word(c, i - 1, "to") || is_word(c, i - 1, "and") || is_p(c, i - 1, '-')) &&
	       c->toks[i - 2].kind == TK_NUM && is_p(c, i - 3, ':') && c->toks[i - 4].kind == TK_NUM &&
	       glued(c, i - 3) && glued(c, i - 2) && IS_WORD_IN(c, i - 5, WORDS);
}

/* The hour of a part of the day (lexicon value 1 morning .. 4 night):
 * "8 in the morning" 08, "7 in the evening" 19, "2 tonight" 02. */
static int hour_in_part(int h, int part)
{
	return part == 1 ? h % 12 : part == 4 && h < 6 ? h : h % 12 + 12;
}

/* A part of the day a TIME literal ends in ("2024-05-03TAF"): 1..4, else 0. */
static int part_of_literal(const char *lit)
{
	static const char *const CODES[] = {"TMO", "TAF", "TEV", "TNI"};
	size_t n = lit ? strlen(lit) : 0;
	for (int p = 0; n >= 3 && p < 4; p++)
		if (strcmp(lit + n - 3, CODES[p]) == 0)
			return p + 1;
	return 0;
}

static int counts_things_at(const dctx *c, uint32_t k);

/* "in the morning" at k ("8 in the morning"): the part of the day (1..4), else 0. */
static int in_the_part_at(const dctx *c, uint32_t k)
{
	return is_word(c, k, "in") && is_word(c, k + 1, "the") && (lexcls(c, k + 2) & LX_DAYPART) ? lexval(c, k + 2) : 0;
}

/* An hour in digits or words, 1 to 12, or noon / midnight (12, 24). */
static int spoken_hour_at(const dctx *c, uint32_t i, int *h)
{
	uint32_t after;
	int pm;
	if (is_word(c, i, "noon") || is_word(c, i, "midnight")) {
		*h = is_word(c, i, "noon") ? 12 : 24;
		return 1;
	}
	if ((lexcls(c, i) & LX_NUMWORD) && !(lexcls(c, i + 1) & LX_NUMWORD))
		*h = lexval(c, i);
	else if (!num_of(c, i, h) || c->toks[i].end - c->toks[i].start > 2 ||
	         (i + 1 < c->n && glued(c, i + 1) && !meridiem_at(c, i + 1, &after, &pm) &&
	          !(c->toks[i + 1].kind == TK_PUNCT && !is_p(c, i + 1, ':') &&
	            !(i + 2 < c->n && glued(c, i + 2) && c->toks[i + 2].kind == TK_NUM))))
		return 0; /* "3:30", "3.5"; but "3pm", "past 3." */
	return *h >= 1 && *h <= 12;
}

/* Whether a bare hour at i ("9", "nine"), its end at k, has a day with it
 * that makes it a clock time: a day before it ("Tuesday at 9": only
 * where no noun follows, not "Monday at 10 Downing Street"), or one after
 * it ("8 tonight", "at 2 this afternoon", "at 9 tomorrow"). */
static int bare_hour_has_day(const dctx *c, uint32_t i, uint32_t k)
{
	if (c->clock_day_part >= 0)
		return k >= c->n || (c->toks[k].kind == TK_PUNCT && !is_p(c, k, ':') && !is_p(c, k, '%') && !glued(c, k + 1)) ||
		       (c->toks[k].kind == TK_WORD && !(c->toks[k].flags & TF_CAP) &&
		        (lexcls(c, k) & (LX_STOP | LX_PREPOSITION)) && !is_word(c, k, "of"));
	if (is_word(c, k, "tonight"))
		return 1;
	if ((is_word(c, k, "this") || (lexcls(c, k) & (LX_RELDAY | LX_WEEKDAY))) && (lexcls(c, k + 1) & LX_DAYPART))
		return 1;
	/* "at 9 tomorrow", "at 7 on Tuesday evening" */
	uint32_t d = is_word(c, k, "on") && (lexcls(c, k + 1) & LX_WEEKDAY) ? k + 1 : k;
	return i > 0 && is_word(c, i - 1, "at") && (lexcls(c, d) & (LX_RELDAY | LX_WEEKDAY)) && !(c->toks[d].flags & TF_UPPER);
}

/* Minutes spoken against an hour: "half past three", "a quarter to five",
 * "ten past six", "twenty minutes to noon". *h and *min the time (the half
 * of the day still open), *next the token after the hour. *sure is 0 for a
 * count of minutes "to" or "after" an hour, which is a range or a sequence
 * as often ("ten to five years", "ten after six months"): the caller wants
 * a clock word beside it. */
static int spoken_minutes_at(const dctx *c, uint32_t i, int *h, int *min, uint32_t *next, int *sure)
{
	int m;
	uint32_t k = i + 1;
	if (is_word(c, i, "half"))
		m = 30;
	else if (is_word(c, i, "quarter"))
		m = 15;
	else if (count_at(c, i, &m, &k) && m >= 1 && m <= 59 && (c->toks[i].kind == TK_WORD || c->toks[i].end - c->toks[i].start <= 2))
		k += is_word(c, k, "minutes") || is_word(c, k, "minute");
	else
		return 0;
	int before = is_word(c, k, "to") || is_word(c, k, "till"), after = is_word(c, k, "after");
	/* digits "to" an hour are a range ("from 9 to 11 am") unless minutes
	 * are named ("20 minutes to 5") */
	int range_like = before && c->toks[i].kind == TK_NUM && !is_word(c, k - 1, "minutes") && !is_word(c, k - 1, "minute");
	if (!(before || after || is_word(c, k, "past")) || ((before || after) && m == 30) || range_like ||
	    (i > 0 && (is_word(c, i - 1, "from") || is_word(c, i - 1, "between"))) || !spoken_hour_at(c, k + 1, h))
		return 0;
	*sure = m == 15 || !(before || after); /* "twenty after 3pm", not "ten after six months" */
	if (before) {
		m = 60 - m;
		*h = *h == 1 ? 12 : *h - 1; /* "a quarter to one": 12:45 */
	}
	*min = m;
	*next = k + 2;
	return 1;
}

/* The match becomes the time h:min(:sec, if not negative) of `day` (its
 * date unknown, "XXXX-XX-XX", if the day is). */
static void set_time_of_day(match *out, const dval *day, int h, int min, int sec)
{
	char date[24] = "XXXX-XX-XX";
	if (day->gran == G_DAY)
		kcna_format_dval(day, date, sizeof date);
	if (sec >= 0)
		snprintf(out->lit, sizeof out->lit, "%sT%02d:%02d:%02d", date, h, min, sec);
	else
		snprintf(out->lit, sizeof out->lit, "%sT%02d:%02d", date, h, min);
	out->literal = out->lit;
	out->v = *day;
	out->type = KCNA_DATE_TIME;
}

/* The day written at k, right after a clock time ("10 p.m. Wednesday", "9
 * a.m. on May 3", "5 p.m. EST, Nov. 9") and the part of it that tells the
 * hour's half (*part, 0 if none: "8:00 tonight", "at 2 this afternoon", "9
 * tomorrow morning"); *end the token after it. */
static int day_after_time(dctx *c, uint32_t k, dval *day, int *part, uint32_t *end)
{
	uint32_t d = is_p(c, k, ',') || is_word(c, k, "on") ? k + 1 : k;
	match on;
	int nth = is_word(c, k, "on") && is_word(c, d, "the") && d + 1 < c->n && c->toks[d + 1].kind == TK_NUM; /* "on the 8th" */
	if (!((lexcls(c, d) & (LX_WEEKDAY | LX_MONTH | LX_RELDAY)) || nth ||
	      (is_word(c, d, "this") && (lexcls(c, d + 1) & LX_DAYPART))) ||
	    !(match_at(c, d, &on) && on.v.gran == G_DAY && !on.is_interval && (!on.literal || part_of_literal(on.literal))))
		return 0;
	*day = on.v;
	*end = on.end_tok;
	*part = on.literal ? part_of_literal(on.literal) : is_word(c, d, "tonight") ? 4 : 0;
	if (!*part && (lexcls(c, *end) & LX_DAYPART)) {
		*part = lexval(c, *end);
		(*end)++;
	}
	return 1;
}

/* A clock time, on the day written right after it ("10 p.m. Wednesday",
 * "5 p.m. EST, Nov. 9"), else on the day cited last in its sentence
 * ("Monday at 10 a.m."), else on the reference day. A 24-hour time needs a
 * zone or "at" ("15:00 GMT", "at 15:00"): "3:07:35" is a race time. */
static int match_clock_time(dctx *c, uint32_t i, match *out)
{
	int h, min = 0, sec = -1, half_known = 0, spoken_sure = 1, part;
	uint32_t k = i + 1, spoken_end;
	if (spoken_minutes_at(c, i, &h, &min, &spoken_end, &spoken_sure)) {
		k = spoken_end;
		out->starts_before = i > 0 && is_word(c, i - 1, "a") && is_word(c, i, "quarter"); /* "a quarter past" */
		uint32_t after;
		int pm;
		if (h <= 12 && meridiem_at(c, k, &after, &pm)) {
			h = h % 12 + (pm ? 12 : 0);
			k = after;
			half_known = 1;
		} else if (h <= 12 && (part = in_the_part_at(c, k))) {
			h = hour_in_part(h, part);
			k += 3;
			half_known = 1;
		} else if (!spoken_sure && !(i > 0 && is_word(c, i - 1, "at"))) {
			return 0;
		}
		if (h == 24 && min > 0)
			h = 0;
	} else if (is_word(c, i, "noon") || is_word(c, i, "midday") || is_word(c, i, "midnight")) {
		h = is_word(c, i, "midnight") ? 24 : 12;
	} else {
		/* "six p.m.", "twelve o'clock": an hour in words, never with minutes */
		int in_words = (lexcls(c, i) & LX_NUMWORD) && lexval(c, i) >= 1 && lexval(c, i) <= 12 &&
		               !(lexcls(c, i + 1) & LX_NUMWORD) && c->toks[i].end - c->toks[i].start >= 3; /* not "a p.m. show" */
		int hhmm, spoken_min;
		uint32_t after_min;
		if ((lexcls(c, i) & LX_NUMWORD) && c->toks[i].kind == TK_WORD && lexval(c, i) >= 1 && lexval(c, i) <= 12 &&
		    i > 0 && is_word(c, i - 1, "at") && (lexcls(c, i + 1) & LX_NUMWORD) &&
		    count_at(c, i + 1, &spoken_min, &after_min) && spoken_min >= 10 && spoken_min <= 59 &&
		    !counts_things_at(c, after_min)) {
			/* "at four thirty", "at eleven forty-five": an hour and its minutes in words */
			h = lexval(c, i);
			min = spoken_min;
			k = after_min;
			uint32_t after;
			int pm;
			if (meridiem_at(c, k, &after, &pm)) {
				h = h % 12 + (pm ? 12 : 0);
				k = after;
				half_known = 1;
			} else if ((part = in_the_part_at(c, k))) {
				h = hour_in_part(h, part);
				k += 3;
				half_known = 1;
			}
			goto on_its_day;
		} else if (in_words) {
			h = lexval(c, i);
		} else if (c->toks[i].end - c->toks[i].start == 4 && num_of(c, i, &hhmm) && hhmm / 100 <= 23 &&
		           hhmm % 100 <= 59 &&
		           (zone_at(c, k) || local_time_at(c, k) ||
		            (i > 0 && is_word(c, i - 1, "at") && (is_word(c, k, "hours") || c->doc->txt.buf[c->toks[i].start] == '0')))) {
			/* the 24-hour clock without a colon: "0735 GMT", "at 1400 hours",
			 * "1830 local time", "at 0800" (a year has no leading zero) */
			h = hhmm / 100;
			min = hhmm % 100;
			half_known = 1;
			k += is_word(c, k, "hours");
			goto on_its_day; /* its hour and minutes are known: the day next */
		} else if ((c->toks[i].end - c->toks[i].start == 3 || c->toks[i].end - c->toks[i].start == 4) &&
		           num_of(c, i, &hhmm) && hhmm / 100 >= 1 && hhmm / 100 <= 12 && hhmm % 100 <= 59 &&
		           (hhmm % 100 || clock_word_before(c, i)) && meridiem_at(c, k, &after_min, &spoken_min)) {
			/* the hour and minutes run together before a meridiem: "330 p.m." */
			h = hhmm / 100 % 12 + (spoken_min ? 12 : 0);
			min = hhmm % 100;
			half_known = 1;
			k = after_min;
			goto on_its_day;
		} else if (!num_of(c, i, &h) || c->toks[i].end - c->toks[i].start > 2) {
			return 0;
		}
		int minutes = 0, pm;
		uint32_t dotted_after;
		int dotted_pm;
		if (!in_words && (is_p(c, k, ':') || (is_p(c, k, '.') && meridiem_at(c, k + 2, &dotted_after, &dotted_pm))) &&
		    glued(c, k) && num_of(c, k + 1, &min) && glued(c, k + 1) && c->toks[k + 1].end - c->toks[k + 1].start == 2) {
			/* "9:30", and with a dot before a meridiem: "11.30am"; seconds
			 * only before a meridiem or a zone or after "at" ("9:01:10 AM",
			 * "at 9:01:10"; else "3:07:35" is a race time) */
			uint32_t after_s;
			if (is_p(c, k + 2, ':') && glued(c, k + 2) && num_of(c, k + 3, &sec) && glued(c, k + 3) &&
			    c->toks[k + 3].end - c->toks[k + 3].start == 2 && sec <= 59 &&
			    (meridiem_at(c, k + 4, &after_s, &pm) || zone_at(c, k + 4) || (i > 0 && is_word(c, i - 1, "at"))))
				k += 2;
			else if (min > 59 || (k + 2 < c->n && glued(c, k + 2) &&
			                      (c->toks[k + 2].kind == TK_NUM || is_p(c, k + 2, ':') ||
			                       (is_p(c, k + 2, ',') && glued(c, k + 3)))))
				return 0; /* "3:07:35", "1:50,000" */
			else
				sec = -1;
			minutes = 1;
			k += 2;
		}
		uint32_t after;
		if (meridiem_at(c, k, &after, &pm)) {
			if (h < 1 || h > 12)
				return 0;
			h = h % 12 + (pm ? 12 : 0);
			k = after;
			half_known = 1;
		} else if (h >= 1 && h <= 12 && (part = in_the_part_at(c, k))) {
			/* "8 in the morning", "7 in the evening": the part of the day
			 * says which half */
			h = hour_in_part(h, part);
			k += 3;
			half_known = 1;
		} else if (h >= 1 && h <= 12 && is_word(c, k, "o") && is_apostrophe(c, k + 1) &&
		           is_word(c, k + 2, "clock") && glued(c, k + 1) && glued(c, k + 2)) {
			k += 3; /* "3 o'clock", "three o'clock in the afternoon" */
			if ((part = in_the_part_at(c, k))) {
				h = hour_in_part(h, part);
				k += 3;
				half_known = 1;
			}
		} else if (h >= 1 && h <= 12 && !minutes && bare_hour_has_day(c, i, k)) {
			/* "8 tonight", "at 9 tomorrow", "at 2 this afternoon", and after
			 * a day: "Tuesday at 9" (the day found below or before it) */
		} else if (h >= 1 && h <= 12 &&
		           (minutes || (i > 0 && (is_word(c, i - 1, "from") || is_word(c, i - 1, "between"))) ||
		            (is_dash(c, k) && glued(c, k) && glued(c, k + 1))) &&
		           range_end_meridiem(c, k, &pm)) {
			/* "from 3:30 to six p.m.", "3-5pm": the end's half of the day */
			h = h % 12 + (pm ? 12 : 0);
			half_known = 1;
		} else if (in_words || !minutes || h > 23 || !(zone_at(c, k) || clock_word_before(c, i))) {
			return 0;
		}
	}
on_its_day:
	if (zone_at(c, k))
		k++;
	int start_h;
	if (!half_known && h >= 1 && h < 12 && i >= 4 &&
	    (is_word(c, i - 1, "to") || is_word(c, i - 1, "and") || is_dash(c, i - 1)) &&
	    is_p(c, i - 3, ':') && glued(c, i - 3) && num_of(c, i - 4, &start_h) && start_h > h && start_h <= 12)
		h += 12; /* a range's end before its start's hour is in the afternoon: "11:30-1:30" */
	dval day = {-1, -1, -1, 0, 0, 0};
	uint32_t day_end, range_after;
	int range_pm;
	if (day_after_time(c, k, &day, &part, &day_end)) {
		k = day_end;
		if (part && !half_known && h <= 12)
			h = hour_in_part(h, part);
	} else if (((i > 0 && (is_word(c, i - 1, "from") || is_word(c, i - 1, "between"))) ||
	            (is_dash(c, k) && glued(c, k))) &&
	           clock_range_end(c, k, &range_after, &range_pm) && day_after_time(c, range_after, &day, &part, &day_end)) {
		/* a range's start is on its end's day: "from 2 to 5 p.m. tomorrow",
		 * "from 9:30 to 11:00 on Thursday" */
		if (part && !half_known && h <= 12)
			h = hour_in_part(h, part);
	} else if (c->have_last && c->last.gran == G_DAY && c->last_sent == c->toks[i].sent) {
		day = c->last;
		out->anchored = ANCHOR_LAST_DATE;
		if (c->clock_day_part > 0 && !half_known && h <= 12)
			h = hour_in_part(h, c->clock_day_part); /* "tonight at 8", "this afternoon at 2" */
	} else if (c->has_ref) {
		day = (dval){c->ry, c->rm, c->rd, G_DAY, 0, 0};
	}
	set_time_of_day(out, &day, h, min, sec);
	out->end_tok = k;
	return 1;
}

/* What a pattern function finds at a token. */
enum { PAT_NO = 0, PAT_MATCH, PAT_STOP };

/* Whether the words at k go on as a count of things, which a year in words
 * is not: a unit, a measure or a plural noun ("two thousand and ten soldiers"). */
static int counts_things_at(const dctx *c, uint32_t k)
{
	return (lexcls(c, k) & (LX_UNIT | LX_MEASURE)) ||
	       (k < c->n && c->toks[k].kind == TK_WORD && !(c->toks[k].flags & TF_CAP) && is_plural(c, k) &&
	        !(lexcls(c, k) & (LX_STOP | LX_GLUE | LX_PAST | LX_CUE))); /* not "two thousand has" */
}

/* A year in words at token i: "nineteen ninety-one", "twenty twenty" (a
 * number from ten to twenty, then one from ten to ninety-nine), "two
 * thousand and ten"; not a count of things. Its end in *next. */

static int year_in_words_at(const dctx *c, uint32_t i, int *y, uint32_t *next)
{
	if (!(lexcls(c, i) & LX_NUMWORD))
		return 0;
	int a = lexval(c, i), b;
	/* "two thousand and ten", "two thousand eight", "nineteen hundred and
	 * five"; "two thousand" alone only as "the year two thousand" */
	uint32_t k;
	if (count_at(c, i, &b, &k) && (b == 2000 || (b >= 1100 && b <= 1900 && b % 100 == 0)) && k > i + 1 &&
	    (is_word(c, k - 1, "thousand") || is_word(c, k - 1, "hundred"))) {
		uint32_t u = is_word(c, k, "and") ? k + 1 : k, after;
		int units;
		if ((lexcls(c, u) & LX_NUMWORD) && count_at(c, u, &units, &after) && units >= 1 && units <= 99 &&
		    !is_word(c, after, "hundred") && !is_word(c, after, "thousand") && !counts_things_at(c, after)) {
			*y = b + units;
			*next = after;
			return 1;
		}
		if (b == 2000 && i > 0 && is_word(c, i - 1, "year") && !counts_things_at(c, k)) {
			*y = b;
			*next = k;
			return 1;
		}
		return 0;
	}
	/* "ten forty-five", "eleven thirty" are clock times unless a year is
	 * named ("the year eleven thirty") */
	if (a < 10 || a > 20 || (a <= 12 && !(i > 0 && is_word(c, i - 1, "year"))) || !(lexcls(c, i + 1) & LX_NUMWORD) ||
	    !count_at(c, i + 1, &b, next) || b < 10 || b > 99 || counts_things_at(c, *next))
		return 0;
	*y = a * 100 + b;
	return 1;
}

static int pat_year_in_words(dctx *c, uint32_t i, match *out)
{
	int y;
	uint32_t next;
	if (!year_in_words_at(c, i, &y, &next))
		return PAT_NO;
	if (i >= 2 && is_word(c, i - 1, "year") && is_word(c, i - 2, "the"))
		out->starts_before = 2; /* TimeML's extent: "the year two thousand" */
	out->v.y = y;
	out->v.gran = G_YEAR;
	out->end_tok = next;
	return PAT_MATCH;
}

/* "once a month", "twice a year", "three times per week": a set, one unit
 * long (TimeML's frequency is not kept), found at the unit word */
static int match_frequency(const dctx *c, uint32_t i, match *out)
{
	int cnt, unit = lexval(c, i);
	uint32_t after;
	if (i < 2 || is_plural(c, i) || unit > UNIT_YEAR ||
	    !(is_word(c, i - 1, "a") || is_word(c, i - 1, "an") || is_word(c, i - 1, "per") || is_word(c, i - 1, "each")))
		return 0;
	uint32_t b = i - 2;
	if (is_word(c, b, "times")) {
		uint32_t s = b;
		while (s > 0 && s + 3 > b && !(count_at(c, s - 1, &cnt, &after) && after == b))
			s--; /* the count before "times": "three", "twenty-one" */
		if (s == 0 || s + 3 <= b)
			return 0;
		b = s - 1;
	} else if (!(is_word(c, b, "once") || is_word(c, b, "twice") || is_word(c, b, "thrice"))) {
		return 0;
	}
	set_duration(out, 1, unit);
	out->type = KCNA_DATE_SET;
	out->starts_before = i - b;
	out->end_tok = i + 1;
	return 1;
}

/* The token after "year-end", "year end", "year's end" (or a month's) at
 * i; 0 if none. A lowercase "end" after the bare word must end its phrase
 * ("by year end.", not "the year ended Sept. 30" or "a year end result"). */
static uint32_t unit_end_at(const dctx *c, uint32_t i)
{
	if (!(is_word(c, i, "year") || is_word(c, i, "month")) || is_plural(c, i))
		return 0;
	if (is_p(c, i + 1, '-') && glued(c, i + 1) && is_word(c, i + 2, "end") && glued(c, i + 2))
		return i + 3;
	uint32_t e = i + 1 < c->n && tok_possessive_s(c->doc, i + 1) ? i + 3 : i + 1;
	if (is_word(c, e, "end") && (e + 1 >= c->n || c->toks[e + 1].kind == TK_PUNCT || (lexcls(c, e + 1) & LX_STOP)))
		return e + 1;
	return 0;
}

/* a bare unit word ("years", "year-earlier") starts only two patterns */
static int pat_bare_unit(dctx *c, uint32_t i, match *out)
{
	const token *t = &c->toks[i];
	uint32_t cls = c->toks[i].cls;
	if (t->kind == TK_WORD && (cls & LX_UNIT) && match_frequency(c, i, out))
		return PAT_MATCH; /* "twice a year": "year" is a date word too */
	if (t->kind == TK_WORD && (cls & LX_DATE_TRIGGER) == LX_UNIT) {
		if (i > 0 && is_word(c, i - 1, "these") && is_word(c, i, "days")) {
			out->literal = "PRESENT_REF"; /* "these days" */
			out->starts_before = 1;
			out->end_tok = i + 1;
			return PAT_MATCH;
		}
		uint32_t end = unit_end_at(c, i);
		if (end && c->has_ref) {
			/* "by year-end", "by year end", "at year's end", "month-end": as
			 * "the end of the year" reads it */
			int year = is_word(c, i, "year");
			int back = year && c->rm < 12 && clause_tense(c) < 0;
			unit_value(c, year ? UNIT_YEAR : UNIT_MONTH, back ? -1 : 0, &out->v);
			out->mod = KCNA_MOD_END;
			out->end_tok = end;
			return PAT_MATCH;
		}
		return match_year_earlier(c, i, out) || match_unquantified_plural(c, i, out) ? PAT_MATCH : PAT_STOP;
	}
	return PAT_NO;
}

/* "Q3", "Q1 2010", "H2 2024": a quarter or a half by its code, a capital
 * glued to the digit the match is found at (it starts one token back); the
 * year written after it, else the reference's. */
static int pat_period_code(dctx *c, uint32_t i, match *out)
{
	int digit, y;
	if (i == 0 || c->toks[i - 1].kind != TK_WORD || c->toks[i - 1].end - c->toks[i - 1].start != 1 || !glued(c, i) ||
	    c->toks[i].end - c->toks[i].start != 1 || !num_of(c, i, &digit))
		return PAT_NO;
	char code = c->doc->txt.buf[c->toks[i - 1].start];
	if ((code != 'Q' && code != 'H') || digit < 1 || digit > (code == 'Q' ? 4 : 2) ||
	    (i >= 2 && glued(c, i - 1) && c->toks[i - 2].kind != TK_PUNCT) ||
	    (i + 1 < c->n && glued(c, i + 1) && c->toks[i + 1].kind != TK_PUNCT))
		return PAT_NO; /* not "HQ1", "Q1s" */
	uint32_t e = i + 1;
	if (year_at(c, e, &y)) {
		e++;
	} else if (c->has_ref) {
		/* the latest such period begun, or the next where the clause points ahead */
		int current = code == 'Q' ? (c->rm - 1) / 3 + 1 : (c->rm - 1) / 6 + 1, ahead = points_ahead(c);
		y = c->ry + (ahead ? digit < current - (code == 'Q') : -(digit > current));
	} else {
		y = -1;
	}
	if (code == 'Q') {
		set_quarter(out, y, digit);
		out->quarter_cited = 1;
	} else if (y >= 0) {
		snprintf(out->lit, sizeof out->lit, "%04d-H%d", y % 10000, digit);
		out->literal = out->lit;
	} else {
		snprintf(out->lit, sizeof out->lit, "XXXX-H%d", digit);
		out->literal = out->lit;
	}
	out->starts_before = 1;
	out->end_tok = e;
	return PAT_MATCH;
}

/* ISO 8601's time glued to its day: "2011-10-20T10:00", "...T10:00:30". */
static void iso_time_after(const dctx *c, match *day)
{
	const char *b = c->doc->txt.buf;
	uint32_t e = c->toks[day->end_tok - 1].end, len = c->doc->txt.len;
#define DIGIT_AT(k) ((k) < len && b[k] >= '0' && b[k] <= '9')
	if (!(e + 6 <= len && b[e] == 'T' && DIGIT_AT(e + 1) && DIGIT_AT(e + 2) && b[e + 3] == ':' && DIGIT_AT(e + 4) &&
	      DIGIT_AT(e + 5)))
		return;
	int h = (b[e + 1] - '0') * 10 + (b[e + 2] - '0'), min = (b[e + 4] - '0') * 10 + (b[e + 5] - '0'), sec = -1;
	uint32_t te = e + 6;
	if (te + 3 <= len && b[te] == ':' && DIGIT_AT(te + 1) && DIGIT_AT(te + 2)) {
		sec = (b[te + 1] - '0') * 10 + (b[te + 2] - '0');
		te += 3;
	}
#undef DIGIT_AT
	if (h > 24 || min > 59 || sec > 59)
		return;
	uint32_t k = day->end_tok;
	while (k < c->n && c->toks[k].end <= te && glued(c, k))
		k++;
	if (c->toks[k - 1].end != te)
		return; /* the time does not end a token ("T10:005") */
	set_time_of_day(day, &day->v, h, min, sec);
	day->end_tok = k;
}

/* ISO 2024-08-16 */
static int pat_iso_date(dctx *c, uint32_t i, match *out)
{
	int y, v;
	if (year_at(c, i, &y) && is_p(c, i + 1, '-') && glued(c, i + 1) && num_of(c, i + 2, &v) && glued(c, i + 2) &&
	    is_p(c, i + 3, '-') && glued(c, i + 3) && num_of(c, i + 4, &out->v.d) && glued(c, i + 4) && v >= 1 &&
	    v <= 12 && out->v.d >= 1 && out->v.d <= kcna_days_in_month(y, v)) {
		set_day(c, &out->v, y, v, out->v.d);
		out->end_tok = i + 5;
		iso_time_after(c, out);
		return PAT_MATCH;
	}
	return PAT_NO;
}

/* A two-digit year: the century that puts it nearest the reference year,
 * not more than ten years ahead ("99" in 2024: 1999; "30": 2030); without a
 * reference date, 00-49 are 20xx. */
static int expand_year(const dctx *c, int yy)
{
	int base = c->has_ref ? c->ry : 2000;
	int y = base - base % 100 + yy;
	if (y > base + 10)
		y -= 100;
	else if (y < base - 90)
		y += 100;
	return c->has_ref ? y : (yy < 50 ? 2000 + yy : 1900 + yy);
}

/* The month and day of two numbers of a numeric date: a part over 12 is
 * the day; else month first, or day first with KCNA_OPT_DATE_ORDER_DMY. */
static void numeric_day_order(const dctx *c, int a, int b, int *m, int *d)
{
	int dmy = (c->options & KCNA_OPT_DATE_ORDER_DMY) != 0;
	if (a > 12 && b <= 12)
		dmy = 1;
	else if (b > 12 && a <= 12)
		dmy = 0;
	*m = dmy ? b : a;
	*d = dmy ? a : b;
}

/* A month and day without a year, "on 5/31", "by 12/25", "Friday, 3/15":
 * a fraction or a score otherwise ("1/2", "won 3/4"), so only after a word
 * that dates (on, by, since, until, from, through, before, after) or a
 * weekday, and in the order full numeric dates take. */
static int yearless_numeric_date(const dctx *c, uint32_t i, match *out)
{
	static const char *const DATING[] = {"on", "by", "since", "until", "till", "from", "through", "before", "after"};
	int a, b;
	uint32_t w = i > 0 && is_p(c, i - 1, ',') ? i - 1 : i; /* "Friday, 3/15" */
	if (w == 0 || !num_of(c, i, &a) || !glued(c, i + 1) || !num_of(c, i + 2, &b) || !glued(c, i + 2) ||
	    c->toks[i].end - c->toks[i].start > 2 || c->toks[i + 2].end - c->toks[i + 2].start > 2 ||
	    (i + 3 < c->n && glued(c, i + 3) &&
	     (c->toks[i + 3].kind == TK_NUM || is_p(c, i + 3, '/') ||
	      (is_p(c, i + 3, '.') && i + 4 < c->n && glued(c, i + 4) && c->toks[i + 4].kind == TK_NUM))) ||
	    !((w < i && (lexcls(c, w - 1) & LX_WEEKDAY)) ||
	      (w == i && ((lexcls(c, i - 1) & LX_WEEKDAY) ||
	                  tok_in(c->doc, &c->toks[i - 1], DATING, sizeof DATING / sizeof DATING[0])))))
		return 0;
	int m, d;
	numeric_day_order(c, a, b, &m, &d);
	if (m < 1 || m > 12 || d < 1 || d > kcna_days_in_month(2000, m) || (a == 24 && b == 7))
		return 0; /* "on 24/7": around the clock */
	set_day(c, &out->v, -1, m, d);
	out->end_tok = i + 3;
	return 1;
}

/* Numeric dates: 09/26/99, 6/12/2008, 2011/05/27, 19.02.10. Year first is
 * always year/month/day; otherwise a part over 12 says which is the day,
 * and an open order is month/day/year (KCNA_OPT_DATE_ORDER_DMY: day first).
 * Dotted dates need two-digit parts or a four-digit year (no decimals). */
static int pat_numeric_date(dctx *c, uint32_t i, match *out)
{
	int a, b, y;
	uint32_t sep = is_p(c, i + 1, '/') ? '/' : is_p(c, i + 1, '.') ? '.' : 0;
	if (sep == '/' && yearless_numeric_date(c, i, out))
		return PAT_MATCH;
	if (!sep || !num_of(c, i, &a) || !glued(c, i + 1) || !num_of(c, i + 2, &b) || !glued(c, i + 2) ||
	    !is_p(c, i + 3, sep) || !glued(c, i + 3) || !num_of(c, i + 4, &y) || !glued(c, i + 4))
		return PAT_NO;
	uint32_t la = c->toks[i].end - c->toks[i].start, lb = c->toks[i + 2].end - c->toks[i + 2].start,
	         ly = c->toks[i + 4].end - c->toks[i + 4].start;
	if (i + 5 < c->n && glued(c, i + 5) &&
	    (c->toks[i + 5].kind == TK_NUM || (is_p(c, i + 5, sep) && i + 6 < c->n && glued(c, i + 6) &&
	                                        c->toks[i + 6].kind == TK_NUM)))
		return PAT_STOP; /* 1.2.3.4 or 1/2/34/5: no date (a sentence's final period is none) */
	/* dotted: "19.02.10", "5.3.2015" (one-digit parts with a full year
	 * only: "1.5.10" is a section's number) */
	if (sep == '.' && !((la == 2 && lb == 2 && ly == 2) || (la <= 2 && lb <= 2 && ly == 4)) && la != 4)
		return PAT_NO;
	int m, d;
	if (la == 4) { /* 2011/05/27 */
		int yy = a;
		a = b;
		b = y;
		y = yy;
		m = a;
		d = b;
	} else {
		if (ly == 2)
			y = expand_year(c, y);
		else if (ly != 4)
			return PAT_NO;
		numeric_day_order(c, a, b, &m, &d);
	}
	if (m < 1 || m > 12 || d < 1 || d > kcna_days_in_month(y, m) || y < 1000 || y > 2200)
		return PAT_NO;
	set_day(c, &out->v, y, m, d);
	out->end_tok = i + 5;
	return PAT_MATCH;
}

static int pat_juche_year(dctx *c, uint32_t i, match *out)
{
	return juche_year_at(c, i, out) ? PAT_MATCH : PAT_NO;
}

/* 10 a.m. Monday, 15:00 GMT, noon */
static int pat_clock_time(dctx *c, uint32_t i, match *out)
{
	const token *t = &c->toks[i];
	uint32_t cls = c->toks[i].cls;
	/* an hour in words needs its "p.m.", "o'clock" or "in the morning" next,
	 * minutes in words their "past", "to" or "minutes" ("twenty-five") */
	if ((cls & LX_NUMWORD) && !(cls & LX_DATEWORD) && t->kind != TK_NUM) {
		char next = i + 1 < c->n && c->toks[i + 1].kind == TK_WORD ? (char)(c->doc->txt.buf[c->toks[i + 1].start] | 32) : 0;
		if (next != 'a' && next != 'p' && next != 'o' && next != 'i' && next != 't' && next != 'm' &&
		    !(is_p(c, i + 1, '-') && glued(c, i + 1)) && !(i > 0 && is_word(c, i - 1, "at")))
			return PAT_NO;
	}
	if ((t->kind == TK_NUM || (cls & (LX_DATEWORD | LX_NUMWORD))) && match_clock_time(c, i, out))
		return PAT_MATCH;
	return PAT_NO;
}

/* the 20th century */
static int pat_century(dctx *c, uint32_t i, match *out)
{
	const token *t = &c->toks[i];
	uint32_t cls = c->toks[i].cls;
	if ((t->kind == TK_NUM || (cls & (LX_DATEWORD | LX_NUMWORD))) && match_century(c, i, out))
		return PAT_MATCH;
	return PAT_NO;
}

static int pat_day_first(dctx *c, uint32_t i, match *out);
static int pat_day_of_month(dctx *c, uint32_t i, match *out);

/* Whether the weekday word at i names a day: capitalised, or in lowercase
 * input written in full ("on monday"), never the words "sun", "sat", "wed". */
static int weekday_named_at(const dctx *c, uint32_t i)
{
	return (c->toks[i].flags & TF_CAP) || c->toks[i].end - c->toks[i].start >= 6;
}

/* "Wednesday the 13th", "Tuesday 19th" (no month named): the 13th falling
 * on a Wednesday nearest the day cited last, else the reference date,
 * within half a year either way; none if no such month is near. */
static int weekday_the_nth(const dctx *c, uint32_t i, int wd, match *out)
{
	int dom;
	uint32_t end;
	/* "Tuesday 19th" needs its suffix; "Tuesday, the 5th" is said of a day,
	 * not of "the 5th Army" */
	int comma = is_p(c, i + 1, ',') && is_word(c, i + 2, "the");
	uint32_t o = comma ? i + 3 : is_word(c, i + 1, "the") ? i + 2 : i + 1;
	if (o >= c->n || (o == i + 1 && !(c->toks[o].kind == TK_NUM && ordinal_suffix_at(c, o + 1))) ||
	    !ordinal_at(c, o, &dom, &end) || dom < 1 || is_word(c, end, "of") ||
	    (comma && end < c->n && c->toks[end].kind == TK_WORD))
		return 0;
	int y = c->ry, m = c->rm, d = c->rd;
	if (c->have_last && c->last.gran == G_DAY && c->last.y >= 0)
		y = c->last.y, m = c->last.m, d = c->last.d;
	else if (!c->has_ref)
		return 0;
	long anchor = kcna_days_from_civil(y, m, d), best = -1;
	for (int back = -6; back <= 6; back++) {
		int yy = y + (m - 1 + back + 12) / 12 - 1, mm = (m - 1 + back + 12) % 12 + 1;
		if (dom > kcna_days_in_month(yy, mm) || kcna_weekday_of(yy, mm, dom) != wd)
			continue;
		long day = kcna_days_from_civil(yy, mm, dom);
		if (best < 0 || (day > anchor ? day - anchor : anchor - day) < (best > anchor ? best - anchor : anchor - best))
			best = day;
	}
	if (best < 0)
		return 0;
	kcna_civil_from_days(best, &out->v.y, &out->v.m, &out->v.d);
	out->v.gran = G_DAY;
	out->end_tok = end;
	return 1;
}

/* Weekday [, Month Day, Year | Day Month Year] [daypart] */
static int pat_weekday(dctx *c, uint32_t i, match *out)
{
	const token *t = &c->toks[i];
	uint32_t cls = c->toks[i].cls;
	if ((cls & LX_WEEKDAY) && weekday_named_at(c, i)) {
		/* "on Mondays" (not "Tues"): every one, a set with the temporal options */
		if (is_plural(c, i) && c->doc->txt.buf[t->end - 2] == 'y') {
			if (!temporal_options(c))
				return PAT_STOP;
			uint32_t part = (lexcls(c, i + 1) & LX_DAYPART) ? i + 1 : 0; /* "Monday nights" */
			if (part)
				snprintf(out->lit, sizeof out->lit, "XXXX-WXX-%dT%s", lexval(c, i) + 1, daypart_code(c, part));
			else
				snprintf(out->lit, sizeof out->lit, "XXXX-WXX-%d", lexval(c, i) + 1);
			out->literal = out->lit;
			out->type = KCNA_DATE_SET;
			out->end_tok = part ? part + 1 : i + 1;
			return PAT_MATCH;
		}
		match inner;
		memset(&inner, 0, sizeof inner);
		/* past a comma, or an abbreviation's dot ("Thu. 21 Feb") */
		uint32_t k =
		    is_p(c, i + 1, ',') || (is_p(c, i + 1, '.') && glued(c, i + 1) && t->end - t->start <= 5) ? i + 2 : i + 1;
		int numeric = 0; /* "Sunday 2011-12-11", "Friday, 3/8/2013": its year is written */
		if (k < c->n &&
		    (c->toks[k].kind == TK_NUM
		         ? pat_day_first(c, k, &inner) == PAT_MATCH ||
		               (numeric = pat_iso_date(c, k, &inner) == PAT_MATCH || pat_numeric_date(c, k, &inner) == PAT_MATCH)
		     : is_word(c, k, "the") ? pat_day_of_month(c, k, &inner) == PAT_MATCH /* "Monday the 3rd of March" */
		                            : match_month_first(c, k, &inner, 0)) &&
		    inner.v.gran == G_DAY && !inner.is_interval && !inner.literal) {
			/* "Sunday, 5 May 2013"; no year written: the weekday picks it
			 * ("Saturday, April 25") */
			int y_written;
			if (numeric && inner.end_tok - k < 5)
				numeric = 0; /* "Friday 3/8": no year written */
			if (inner.v.y >= 0 && !numeric && !year_at(c, inner.end_tok - 1, &y_written) &&
			    kcna_weekday_of(inner.v.y, inner.v.m, inner.v.d) != lexval(c, i)) {
				for (int dy = 1; dy <= 6; dy++) {
					int y = inner.v.y + ((dy & 1) ? -(dy + 1) / 2 : dy / 2);
					if (inner.v.d <= kcna_days_in_month(y, inner.v.m) &&
					    kcna_weekday_of(y, inner.v.m, inner.v.d) == lexval(c, i)) {
						inner.v.y = y;
						break;
					}
				}
			}
			*out = inner;
			return PAT_MATCH;
		}
		int wd = lexval(c, i);
		if (weekday_the_nth(c, i, wd, out))
			return PAT_MATCH;
		if ((lexcls(c, i + 1) & LX_DAYPART) && is_plural(c, i + 1) && !temporal_options(c))
			return PAT_STOP; /* "on Friday evenings": every one, no date */
		/* "Wednesday next week", "Monday of this week", "Friday last week":
		 * that weekday of that week */
		uint32_t w = is_word(c, i + 1, "of") ? i + 2 : i + 1;
		if (c->has_ref && (lexcls(c, w) & LX_DIRECTION) && !is_word(c, w, "past") && is_word(c, w + 1, "week")) {
			long ref = kcna_days_from_civil(c->ry, c->rm, c->rd);
			long monday = ref - kcna_weekday_of(c->ry, c->rm, c->rd);
			kcna_civil_from_days(monday + 7L * lexval(c, w) + wd, &out->v.y, &out->v.m, &out->v.d);
			out->v.gran = G_DAY;
			out->end_tok = w + 2;
			return PAT_MATCH;
		}
		int dir = 0;
		if (i > 0 && (lexcls(c, i - 1) & LX_DIRECTION) && !is_word(c, i - 1, "this"))
			dir = lexval(c, i - 1);
		else if (i >= 3 && (is_word(c, i - 1, "or") || is_word(c, i - 1, "and")) && (lexcls(c, i - 2) & LX_WEEKDAY) &&
		         (lexcls(c, i - 3) & LX_DIRECTION) && !is_word(c, i - 3, "this"))
			dir = lexval(c, i - 3); /* "next Monday or Tuesday": both next */
		if (i >= 2 && is_word(c, i - 2, "the") && c->have_last && c->last.gran == G_DAY && c->last.y >= 0 &&
		    (is_word(c, i - 1, "following") || is_word(c, i - 1, "previous") || is_word(c, i - 1, "next"))) {
			/* "the following Monday", "the previous Friday": the one after
			 * or before the day cited last */
			weekday_beside(&c->last, wd, is_word(c, i - 1, "previous") ? -1 : 1, &out->v);
			out->anchored = ANCHOR_LAST_DATE;
			out->starts_before = 2;
			out->end_tok = i + 1;
			return PAT_MATCH;
		}
		if (i >= 2 && is_word(c, i - 2, "the") && is_word(c, i - 1, "following") && c->has_ref) {
			/* with no day cited before it, the one after the story's day */
			dval today = {c->ry, c->rm, c->rd, G_DAY, 0, 0};
			weekday_beside(&today, wd, 1, &out->v);
			out->starts_before = 2;
			out->end_tok = i + 1;
			return PAT_MATCH;
		}
		weekday_value(c, wd, dir, &out->v);
		out->end_tok = i + 1;
		if (dir == 0 && i > 0 && (lexcls(c, i - 1) & LX_MODIFIER) && !(lexcls(c, i + 1) & LX_DAYPART) &&
		    (lexval(c, i - 1) == KCNA_MOD_EARLY || lexval(c, i - 1) == KCNA_MOD_LATE)) {
			/* "early Monday", "late Friday" (not "early Friday morning",
			 * whose part of the day says it) */
			out->mod = (kcna_date_mod)lexval(c, i - 1);
			out->starts_before = 1;
		}
		if (c->has_ref && dir == 0 && is_word(c, i + 1, "after") && is_word(c, i + 2, "next") &&
		    !(lexcls(c, i + 3) & LX_UNIT)) {
			/* "Friday after next": a week after the coming one */
			weekday_value(c, wd, 1, &out->v);
			kcna_civil_from_days(kcna_days_from_civil(out->v.y, out->v.m, out->v.d) + 7, &out->v.y, &out->v.m, &out->v.d);
			out->end_tok = i + 3;
			return PAT_MATCH;
		}
		if ((lexcls(c, i + 1) & LX_DAYPART) && temporal_options(c)) {
			if (is_plural(c, i + 1) && dir == 0) { /* "Tuesday nights": every one */
				snprintf(out->lit, sizeof out->lit, "XXXX-WXX-%dT%s", lexval(c, i) + 1, daypart_code(c, i + 1));
				out->literal = out->lit;
				out->type = KCNA_DATE_SET;
			} else {
				set_part_of_day(c, out, &out->v, i + 1);
			}
			out->end_tok = i + 2;
		}
		return PAT_MATCH;
	}
	return PAT_NO;
}

/* Month Day [, Year], ranges, Month Year, a bare month; a holiday named
 * by a month first ("May Day", "April Fools' Day") is the holiday */
static int pat_month_first(dctx *c, uint32_t i, match *out)
{
	uint32_t cls = c->toks[i].cls;
	if ((cls & LX_MONTH) && i + 1 < c->n && (c->toks[i + 1].flags & TF_CAP) && match_holiday(c, i, out))
		return PAT_MATCH;
	if ((cls & LX_MONTH) && match_month_first(c, i, out, 0))
		return PAT_MATCH;
	return PAT_NO;
}

/* "January 3 and 5", "May 3, 5 and 7": a day listed after a day of a
 * month, in that month (not "January 3 and 5 people"). */
static int pat_listed_day(dctx *c, uint32_t i, match *out)
{
	int d;
	uint32_t k;
	if (i < 2 || !c->have_last || c->last.gran != G_DAY || c->last.y < 0 || c->toks[i - 2].end != c->last_end ||
	    !(is_word(c, i - 1, "and") || is_word(c, i - 1, "or") || is_p(c, i - 1, ',')) ||
	    !((c->toks[i - 2].kind == TK_NUM && c->toks[i - 2].end - c->toks[i - 2].start <= 2) || ordinal_suffix_at(c, i - 2)) ||
	    !day_at(c, i, &d, &k) || d <= c->last.d ||
	    d > kcna_days_in_month(c->last.y, c->last.m) || !date_goes_on_at(c, k) || (lexcls(c, k) & LX_MONTH))
		return PAT_NO;
	set_day(c, &out->v, c->last.y, c->last.m, d);
	out->end_tok = k;
	int m, y;
	uint32_t month_end;
	if (is_word(c, k, "of") && month_with_year(c, k + 1, &m, &y, &month_end) && m == c->last.m)
		out->end_tok = month_end; /* the last listed carries the month: "the 1st and 2nd of March" */
	return PAT_MATCH;
}

/* "the 1960s and '70s", "the 1980s or 90s": a decade listed after a
 * decade, in its century. */
static int pat_listed_decade(dctx *c, uint32_t i, match *out)
{
	int v;
	uint32_t apostrophe = i > 0 && is_apostrophe(c, i - 1) && glued(c, i), w = i - apostrophe;
	if (w < 2 || c->last_decade_y <= 0 || c->toks[w - 2].end != c->last_decade_end ||
	    !(is_word(c, w - 1, "and") || is_word(c, w - 1, "or")) || !num_of(c, i, &v) || v % 10 ||
	    c->toks[i].end - c->toks[i].start != 2 || !is_word(c, i + 1, "s") || !glued(c, i + 1))
		return PAT_NO;
	out->v.y = c->last_decade_y / 100 * 100 + v;
	out->v.gran = G_DECADE;
	out->starts_before = apostrophe;
	out->end_tok = i + 2;
	return PAT_MATCH;
}

/* "in '09", "since ’98", "the class of '85": a year in two digits after a
 * preposition (after a month: match_month_first) */
static int pat_apostrophe_year(dctx *c, uint32_t i, match *out)
{
	static const char *const BEFORE[] = {"in", "since", "of", "from", "until", "by", "before", "after", "through", "to"};
	uint32_t next;
	int y;
	if (i < 2 || !IS_WORD_IN(c, i - 2, BEFORE) || !apostrophe_year_at(c, i - 1, &y, &next))
		return PAT_NO;
	out->v.y = y;
	out->v.gran = G_YEAR;
	out->starts_before = 1;
	out->end_tok = next;
	return PAT_MATCH;
}

/* 16 August 2024 */
static int pat_day_first(dctx *c, uint32_t i, match *out)
{
	const token *t = &c->toks[i];
	int y, v, v2 = 0;
	uint32_t j, j2, mt;
	if (t->kind != TK_NUM || !day_at(c, i, &v, &j))
		return PAT_NO;
	/* "3 to 6 May", "3-6 May 2010": one interval; else "6 May" */
	int range = (is_word(c, j, "to") || is_word(c, j, "and") || is_word(c, j, "through") ||
	             (is_dash(c, j) && glued(c, j))) &&
	            j + 1 < c->n && c->toks[j + 1].kind == TK_NUM && day_at(c, j + 1, &v2, &j2) && v2 > v &&
	            month_at(c, j2, &mt);
	if (!range && !month_at(c, j, &mt))
		return PAT_NO;
	int m = lexval(c, is_p(c, mt - 1, '.') ? mt - 2 : mt - 1);
	if ((range ? v2 : v) > kcna_days_in_month(2000, m))
		return PAT_NO;
	int year = -1;
	if (year_of_day_at(c, mt, &y, &mt))
		year = y;
	set_day(c, &out->v, year, m, v);
	if (range) {
		set_day(c, &out->v2, year >= 0 ? year : out->v.y, m, v2);
		out->is_interval = 1;
	}
	out->end_tok = mt;
	return PAT_MATCH;
}

/* "the 1990s" is a decade, "the 1800s" a century (the 19th); "the 2000s"
 * stays the decade news means by it. */
static int plural_year_gran(int y)
{
	return y % 100 == 0 && y < 2000 ? G_CENTURY : G_DECADE;
}

/* The end of "1950-53" written with two digits: the same century, after
 * the start. Above 12 only, so "2010-11" stays a month. */
static int two_digit_year_end(const dctx *c, uint32_t i, int y, int *y2)
{
	if (i >= c->n || c->toks[i].kind != TK_NUM || c->toks[i].end - c->toks[i].start != 2)
		return 0;
	const char *s = c->doc->txt.buf + c->toks[i].start;
	int nn = (s[0] - '0') * 10 + (s[1] - '0');
	*y2 = y / 100 * 100 + nn;
	return nn > 12;
}

/* 2024 | 1910-1945 | 1950-53 | 1990s | 2024 Autumn | 500 BC */
static int pat_years(dctx *c, uint32_t i, match *out)
{
	int y;
	uint32_t after;
	if (num_of(c, i, &y) && y >= 1 && y <= 9999 && c->toks[i].end - c->toks[i].start <= 4 && era_bc_at(c, i + 1, &after)) {
		snprintf(out->lit, sizeof out->lit, "BC%04d", y); /* TIMEX3 */
		out->literal = out->lit;
		out->end_tok = after;
		return PAT_MATCH;
	}
	/* "79 AD", "AD 79", "A.D. 1066": a year of any size, written as four digits */
	uint32_t era_before = i >= 4 && is_p(c, i - 1, '.') ? i - 4 : i >= 1 ? i - 1 : i, era_end;
	if (num_of(c, i, &y) && y >= 1 && y <= 9999 && c->toks[i].end - c->toks[i].start <= 4) {
		int ad_after = era_ad_at(c, i + 1, &after);
		int ad_before = !ad_after && era_before < i && era_ad_at(c, era_before, &era_end) && era_end == i;
		if (ad_after || ad_before) {
			out->v.y = y;
			out->v.gran = G_YEAR;
			out->starts_before = ad_before ? i - era_before : 0;
			out->end_tok = ad_after ? after : i + 1;
			return PAT_MATCH;
		}
	}
	if (year_at(c, i, &y)) {
		int y2;
		/* one interval: "1910-1945", "1950-53"; "from 1945 to 2017",
		 * "between 2001 and 2004" */
		int worded = i > 0 && (is_word(c, i - 1, "from") || is_word(c, i - 1, "between")) &&
		             (is_word(c, i + 1, "to") || is_word(c, i + 1, "and") || is_word(c, i + 1, "until") ||
		              is_word(c, i + 1, "through")) &&
		             year_at(c, i + 2, &y2) && plausible_bare_year(c, i + 2, y2);
		int dashed = !worded && is_dash(c, i + 1) && glued(c, i + 1) &&
		             glued(c, i + 2) && (year_at(c, i + 2, &y2) || two_digit_year_end(c, i + 2, y, &y2));
		if ((worded || dashed) && y2 > y) {
			out->v.y = y;
			out->v.gran = G_YEAR;
			out->v2 = out->v;
			out->v2.y = y2;
			out->is_interval = 1;
			out->end_tok = i + 3;
			return PAT_MATCH;
		}
		uint32_t s_tok = is_apostrophe(c, i + 1) && glued(c, i + 1) ? i + 2 : i + 1;
		if (is_word(c, s_tok, "s") && glued(c, s_tok) && y % 10 == 0) { /* "1990s", "1980's" */
			out->v.y = y;
			out->v.gran = plural_year_gran(y);
			out->end_tok = s_tok + 1;
			return PAT_MATCH;
		}
		if ((lexcls(c, i + 1) & LX_SEASON)) {
			out->v.y = y;
			out->v.season = lexval(c, i + 1);
			out->v.gran = G_SEASON;
			out->end_tok = i + 2;
			return PAT_MATCH;
		}
		if ((lexcls(c, i + 1) & LX_UNIT) && is_plural(c, i + 1))
			return PAT_NO; /* "for 2000 years": a count */
		if (!plausible_bare_year(c, i, y))
			return PAT_STOP;
		out->v.y = y;
		out->v.gran = G_YEAR;
		out->end_tok = i + 1;
		return PAT_MATCH;
	}
	return PAT_NO;
}

/* today, yesterday, tomorrow */
static int pat_relative_day(dctx *c, uint32_t i, match *out)
{
	uint32_t cls = c->toks[i].cls;
	if (cls & LX_RELDAY) {
		if (lexval(c, i) == 0 && is_present_era(c, i))
			return PAT_STOP;
		if (c->has_ref)
			shift_days(c, lexval(c, i), &out->v);
		else
			snprintf(out->lit, sizeof out->lit, "%s", lexval(c, i) == 0 ? "PRESENT_REF" : "XXXX-XX-XX"),
			    out->literal = out->lit;
		out->end_tok = i + 1;
		if (c->has_ref)
			add_daypart(c, out); /* "yesterday afternoon" */
		return PAT_MATCH;
	}
	return PAT_NO;
}

/* A season without its year: "the summer", "in the early autumn", "in
 * winter" (a determiner or preposition before it, as a verb "fall" has
 * not): the latest such season begun by the reference date, or the next
 * one when the clause points ahead. Not a season modifying a noun ("the
 * summer camp") or a name ("Spring Resort"). */
static int bare_season(dctx *c, uint32_t i, match *out)
{
	const token *t = &c->toks[i];
	if ((t->flags & TF_CAP) || !c->has_ref ||
	    (i + 1 < c->n && c->toks[i + 1].kind == TK_WORD && !(lexcls(c, i + 1) & LX_STOP)))
		return PAT_NO;
	uint32_t b = i;
	kcna_date_mod mod = KCNA_MOD_NONE;
	if (b > 0 && (lexcls(c, b - 1) & LX_MODIFIER) && lexval(c, b - 1) >= KCNA_MOD_EARLY && lexval(c, b - 1) <= KCNA_MOD_LATE)
		mod = (kcna_date_mod)lexval(c, --b);
	int the = b > 0 && is_word(c, b - 1, "the");
	if (!the && !(b > 0 && (is_word(c, b - 1, "in") || is_word(c, b - 1, "during") || is_word(c, b - 1, "since") ||
	                        is_word(c, b - 1, "until") || is_word(c, b - 1, "by"))))
		return PAT_NO;
	if (the)
		b--;
	int season = lexval(c, i); /* 1 spring .. 4 winter, begun in March, June, September, December */
	int y = c->ry, since = c->rm - 3 * season; /* months since it began this year */
	if (season == 4 && c->rm <= 2) {
		y--; /* January's winter began in December */
		since = c->rm;
	}
	int ahead = points_ahead(c);
	if (ahead ? since >= 3 : since < 0)
		y += ahead ? 1 : -1; /* ahead: this one until it ends; past: the last one begun */
	out->v.y = y;
	out->v.season = season;
	out->v.gran = G_SEASON;
	out->mod = mod;
	out->starts_before = i - b;
	out->end_tok = i + 1;
	return PAT_MATCH;
}

/* summer 2023 | the summer of 2001 | the summer of '69 / of 69 (two digits:
 * the latest such year not after the reference year) */
static int pat_season_year(dctx *c, uint32_t i, match *out)
{
	uint32_t cls = c->toks[i].cls;
	int y;
	if (!(cls & LX_SEASON))
		return PAT_NO;
	uint32_t k = i + 1;
	if (is_word(c, k, "of"))
		k++;
	if (k > i + 1 && is_apostrophe(c, k) && k + 1 < c->n && glued(c, k + 1))
		k++; /* of '69 */
	uint32_t words_end;
	if (k > i + 1 && (lexcls(c, k) & LX_DIRECTION) && !is_word(c, k, "past") && is_word(c, k + 1, "year") && c->has_ref) {
		out->v.y = c->ry + lexval(c, k); /* "the spring of last year" */
		out->v.season = lexval(c, i);
		out->v.gran = G_SEASON;
		out->end_tok = k + 2;
		return PAT_MATCH;
	}
	if (k > i + 1 && year_in_words_at(c, k, &y, &words_end)) { /* "the winter of nineteen ninety-four" */
		out->v.y = y;
		out->v.season = lexval(c, i);
		out->v.gran = G_SEASON;
		out->end_tok = words_end;
		return PAT_MATCH;
	}
	if (!year_at(c, k, &y)) {
		if (k == i + 1)
			return bare_season(c, i, out);
		if (k >= c->n || c->toks[k].kind != TK_NUM || c->toks[k].end - c->toks[k].start != 2 ||
		    (k + 1 < c->n && glued(c, k + 1) && c->toks[k + 1].kind != TK_PUNCT) || !c->has_ref ||
		    (k + 1 < c->n && c->toks[k + 1].kind == TK_WORD && !(c->toks[k + 1].flags & TF_CAP) &&
		     !(lexcls(c, k + 1) & LX_STOP)))
			return PAT_NO; /* "the spring of 12 people" counts */
		num_of(c, k, &y);
		y += c->ry / 100 * 100;
		if (y > c->ry)
			y -= 100;
	}
	out->v.y = y;
	out->v.season = lexval(c, i);
	out->v.gran = G_SEASON;
	out->end_tok = k + 1;
	return PAT_MATCH;
}

/* [early|mid|late] [earlier|later] this/last/next week|month|year|Weekday|Month|season; late July, early 2024 */
static int pat_this_last_next(dctx *c, uint32_t i, match *out)
{
	int y;
	{
		uint32_t k = i;
		kcna_date_mod mod = KCNA_MOD_NONE;
		if ((lexcls(c, k) & LX_MODIFIER) && lexval(c, k) >= KCNA_MOD_EARLY && lexval(c, k) <= KCNA_MOD_LATE) {
			mod = (kcna_date_mod)lexval(c, k);
			k++;
			if (is_p(c, k, '-') && glued(c, k))
				k++;
		} else if (is_word(c, k, "earlier") || is_word(c, k, "later")) {
			k++;
		}
		if (mod == KCNA_MOD_MID && k > i && (lexcls(c, k) & LX_UNIT) && !is_plural(c, k) && c->has_ref &&
		    lexval(c, k) >= UNIT_WEEK && lexval(c, k) <= UNIT_CENTURY && !is_word(c, k, "fortnight")) {
			unit_value(c, lexval(c, k), 0, &out->v); /* "mid-year", "mid-decade": the current one's middle */
			out->mod = mod;
			out->end_tok = k + 1;
			return PAT_MATCH;
		}
		if (mod == KCNA_MOD_MID && k > i && (lexcls(c, k) & LX_DAYPART) && !is_plural(c, k) &&
		    temporal_options(c)) {
			/* "mid-afternoon", "mid-morning yesterday": of the day named
			 * after it, else of the day cited last in its sentence, else
			 * the reference's */
			match day;
			uint32_t e = k + 1;
			if ((lexcls(c, e) & (LX_RELDAY | LX_WEEKDAY)) && match_at(c, e, &day) && !day.literal &&
			    day.v.gran == G_DAY) {
				e = day.end_tok;
			} else if (c->have_last && c->last.gran == G_DAY && c->last_sent == c->toks[i].sent) {
				day.v = c->last;
			} else if (c->has_ref) {
				day.v = (dval){c->ry, c->rm, c->rd, G_DAY, 0, 0};
			} else {
				return PAT_STOP;
			}
			c->at = i; /* match_at moved it */
			set_part_of_day(c, out, &day.v, k);
			out->end_tok = e;
			return PAT_MATCH;
		}
		/* "this past Sunday / week": the last one; "this coming Sunday": the next */
		int this_past_or_coming = is_word(c, k, "this") && (is_word(c, k + 1, "past") || is_word(c, k + 1, "coming")) &&
		                          (lexcls(c, k + 2) & (LX_WEEKDAY | LX_UNIT | LX_MONTH | LX_SEASON)) && !is_plural(c, k + 2);
		if (this_past_or_coming)
			k++;
		if (k < c->n && (lexcls(c, k) & LX_DIRECTION) && (this_past_or_coming || !is_word(c, k, "past"))) {
			int dir = this_past_or_coming && is_word(c, k, "past") ? -1 : lexval(c, k);
			uint32_t u = is_word(c, k + 1, "fiscal") ? k + 2 : k + 1; /* "this fiscal year" */
			/* "this / last / next quarter": the reference's quarter, or the one
			 * before or after it */
			if (is_word(c, u, "quarter") && u == k + 1 && c->has_ref) {
				int q = (c->rm - 1) / 3 + dir; /* 0-based, may leave the year */
				int y = c->ry + (q < 0 ? -1 : q > 3 ? 1 : 0);
				out->end_tok = u + 1;
				if (dir < 0 && is_word(c, u + 1, "of") && year_at(c, u + 2, &y))
					q = 3, out->end_tok = u + 3; /* "the last quarter of 2012": its fourth */
				set_quarter(out, y, (q + 4) % 4 + 1);
				out->quarter_cited = 1;
				out->mod = mod;
				return PAT_MATCH;
			}
			if (lexcls(c, u) & LX_UNIT) {
				int unit = lexval(c, u);
				if (is_word(c, u, "fortnight"))
					return PAT_STOP; /* "last fortnight": no calendar week */
				if (unit == UNIT_DAY || unit > UNIT_CENTURY)
					return PAT_STOP;
				if (is_word(c, u, "weeks") || is_word(c, u, "months") || is_word(c, u, "years"))
					return PAT_STOP;
				unit_value(c, unit, dir, &out->v);
				out->mod = mod;
				out->end_tok = u + 1;
				return PAT_MATCH;
			}
			if (k + 1 < c->n && (lexcls(c, k + 1) & LX_WEEKDAY)) { /* "last Monday", "last monday" */
				if (k > 0 && is_word(c, k - 1, "the") && (is_word(c, k, "previous") || is_word(c, k, "next")) &&
				    c->have_last && c->last.gran == G_DAY && c->last.y >= 0)
					return PAT_NO; /* "the previous Friday": of the day cited last (pat_weekday) */
				weekday_value(c, lexval(c, k + 1), is_word(c, k, "this") ? 0 : dir, &out->v);
				out->mod = mod;
				out->end_tok = k + 2;
				add_daypart(c, out);
				return PAT_MATCH;
			}
			/* "last night", "last evening": of the day before the reference day */
			if (k + 1 < c->n && is_word(c, k, "last") && (is_word(c, k + 1, "night") || is_word(c, k + 1, "evening")) &&
			    c->has_ref && !(k > 0 && IS_WORD_IN(c, k - 1, DETERMINERS)) && !is_word(c, k + 2, "of")) {
				/* not "the last night of the fair", "their last evening" */
				shift_days(c, -1, &out->v);
				out->end_tok = k + 1;
				add_daypart(c, out); /* a TIME with the temporal options */
				if (out->end_tok == k + 1)
					out->end_tok = k + 2; /* else the day: "last night" is yesterday */
				return PAT_MATCH;
			}
			if (k + 1 < c->n && (lexcls(c, k + 1) & LX_MONTH) && (c->toks[k + 1].flags & TF_CAP)) {
				dctx c2 = *c;
				c2.tense = dir > 0 ? 1 : -1;
				if (!match_month_first(&c2, k + 1, out, 1))
					return PAT_STOP;
				if (dir == 0 && c->has_ref && out->v.gran == G_MONTH) {
					int opened = opening_year(c);
					out->v.y = opened >= 0 ? opened : c->ry;
				} else if (dir && c->has_ref && out->v.gran == G_MONTH && out->v.m == c->rm) {
					out->v.y = c->ry + dir; /* "last March", said in March: a year ago */
				}
				out->mod = mod;
				return PAT_MATCH;
			}
			/* lowercase input ("this january", "last december"), but not the
			 * verbs "may" and "march" */
			if (k + 1 < c->n && (lexcls(c, k + 1) & LX_MONTH) && !is_word(c, k + 1, "may") &&
			    !is_word(c, k + 1, "march") && c->toks[k + 1].end - c->toks[k + 1].start > 3) {
				dctx c2 = *c; /* as a capitalised month's, above */
				c2.tense = dir > 0 ? 1 : -1;
				int m = lexval(c, k + 1);
				out->v.m = m;
				out->v.gran = G_MONTH;
				out->v.y = dir == 0 && c->has_ref && opening_year(c) < 0 ? c->ry
				           : dir && c->has_ref && m == c->rm              ? c->ry + dir
				                                                          : bare_month_year(&c2, m);
				out->mod = mod;
				out->end_tok = k + 2;
				return PAT_MATCH;
			}
			if (k + 1 < c->n && (lexcls(c, k + 1) & LX_SEASON)) {
				/* spring .. autumn: the last one ended ("last summer" in
				 * November is this year's), the next one not begun; a
				 * winter spans the new year: the year's before or after */
				int season = lexval(c, k + 1), first_month = 3 * season, y = c->ry + (dir > 0) - (dir < 0);
				if (season < 4 && dir < 0 && first_month + 2 < c->rm)
					y = c->ry;
				else if (season < 4 && dir > 0 && first_month > c->rm)
					y = c->ry;
				out->v.y = c->has_ref ? y : -1;
				out->v.season = lexval(c, k + 1);
				out->v.gran = G_SEASON;
				out->end_tok = k + 2;
				return PAT_MATCH;
			}
		}
		if (mod != KCNA_MOD_NONE && k < c->n) {
			/* late July, early 2024 */
			if ((lexcls(c, k) & LX_MONTH) && match_month_first(c, k, out, 1)) {
				out->mod = mod;
				return PAT_MATCH;
			}
			if (year_at(c, k, &y)) {
				out->v.y = y;
				out->v.gran = G_YEAR;
				out->mod = mod;
				out->end_tok = k + 1;
				if (is_word(c, k + 1, "s") && glued(c, k + 1) && y % 10 == 0) {
					out->v.gran = plural_year_gran(y); /* the late 1970s */
					out->end_tok = k + 2;
				}
				return PAT_MATCH;
			}
			if (match_century(c, k, out)) { /* the early 20th century */
				out->mod = mod;
				return PAT_MATCH;
			}
		}
	}
	return PAT_NO;
}

/* the end/start/beginning/outset/middle of [the] X */
static int pat_end_of(dctx *c, uint32_t at, match *out)
{
	/* from "the" ("the end of March"), or from the modifier after a
	 * preposition, as news writes it too ("by end of March", "until end of
	 * year"): i is where "the" is or would be */
	static const char *const BEFORE_END_OF[] = {"at", "by", "until", "till", "before", "after", "since", "from",
	                                           "through", "to", "in", "around", "toward", "towards"};
	uint32_t i = at;
	if (!is_word(c, at, "the")) {
		if (at == 0 || !(lexcls(c, at) & LX_MODIFIER) || !is_word(c, at + 1, "of") || !IS_WORD_IN(c, at - 1, BEFORE_END_OF))
			return PAT_NO;
		i = at - 1;
	}
	/* "the early part of 2012", "the latter part of the decade" */
	int part = is_word(c, i + 2, "part") && is_word(c, i + 3, "of");
	if ((is_word(c, i, "the") || i < at) && (is_word(c, i + 2, "of") || part) &&
	    ((lexcls(c, i + 1) & LX_MODIFIER) || (part && (is_word(c, i + 1, "latter") || is_word(c, i + 1, "later"))))) {
		int mod = (lexcls(c, i + 1) & LX_MODIFIER) ? lexval(c, i + 1) : KCNA_MOD_LATE;
		if (mod == KCNA_MOD_END || mod == KCNA_MOD_START || mod == KCNA_MOD_MID ||
		    (part && (mod == KCNA_MOD_EARLY || mod == KCNA_MOD_LATE))) {
			uint32_t k = i + 3 + part;
			match inner;
			uint32_t year = is_word(c, k, "the") ? k + 1 : k; /* "the end of (the) year" */
			if (is_word(c, year, "year")) {
				/* an end already past, told in the past tense before December, is last year's */
				int back = mod == KCNA_MOD_END && c->has_ref && c->rm < 12 && clause_tense(c) < 0;
				unit_value(c, UNIT_YEAR, back ? -1 : 0, &out->v);
				out->end_tok = year + 1;
				out->mod = (kcna_date_mod)mod;
				return PAT_MATCH;
			}
			if ((year > k || i < at) && (lexcls(c, year) & LX_UNIT) && !is_plural(c, year) && lexval(c, year) >= UNIT_WEEK &&
			    lexval(c, year) <= UNIT_CENTURY && lexval(c, year) != UNIT_YEAR && !is_word(c, year, "fortnight")) {
				/* "the end of the month", "the start of the week", "the end of
				 * the decade", "by end of month": the current one */
				unit_value(c, lexval(c, year), 0, &out->v);
				out->end_tok = year + 1;
				out->mod = (kcna_date_mod)mod;
				return PAT_MATCH;
			}
			if (is_word(c, k, "the") && k + 1 < c->n && c->toks[k + 1].kind == TK_NUM)
				k++; /* "the end of the 1990s" */
			if (k < c->n && !is_word(c, k, "the") && match_at(c, k, &inner) && !inner.literal) {
				*out = inner;
				out->mod = (kcna_date_mod)mod;
				return PAT_MATCH;
			}
			memset(out, 0, sizeof *out);
			out->v.y = out->v.m = out->v.d = -1;
		}
	}
	return PAT_NO;
}

/* Whether word token t ends as an ordinal word does ("first", "second",
 * "third", "fifth"): most words are none, and need no table. */
static int has_ordinal_ending(const dctx *c, uint32_t t)
{
	if (t >= c->n || c->toks[t].kind != TK_WORD || c->toks[t].end - c->toks[t].start < 5)
		return 0;
	const token *w = &c->toks[t];
	char a = (char)(c->doc->txt.buf[w->end - 2] | 32), b = (char)(c->doc->txt.buf[w->end - 1] | 32);
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

/* The ordinal the words at i give ("15th", "second", "last": -1), its end. */
static int ordinal_at(const dctx *c, uint32_t i, int *ord, uint32_t *next)
{
	if (i >= c->n || (c->toks[i].kind != TK_NUM && !(lexcls(c, i) & (LX_DATEWORD | LX_NUMWORD | LX_DIRECTION))))
		return 0; /* every ordinal word is one of these */
	static const char *const WORDS[] = {"first",      "second",      "third",      "fourth",     "fifth",
	                                    "sixth",      "seventh",     "eighth",     "ninth",      "tenth",
	                                    "eleventh",   "twelfth",     "thirteenth", "fourteenth", "fifteenth",
	                                    "sixteenth",  "seventeenth", "eighteenth", "nineteenth", "twentieth"};
	int v;
	if (num_of(c, i, &v) && ordinal_suffix_at(c, i + 1) && v >= 1 && v <= 31) {
		*ord = v;
		*next = i + 2;
		return 1;
	}
	if (is_word(c, i, "last")) {
		*ord = -1;
		*next = i + 1;
		return 1;
	}
	if (is_word(c, i, "thirtieth")) {
		*ord = 30;
		*next = i + 1;
		return 1;
	}
	/* "fifth", "twenty-first", "thirty first" */
	int tens = is_word(c, i, "twenty") ? 20 : is_word(c, i, "thirty") ? 30 : 0;
	uint32_t w = !tens ? i : is_p(c, i + 1, '-') && glued(c, i + 1) ? i + 2 : i + 1;
	if (!has_ordinal_ending(c, w))
		return 0;
	for (int k = 0; k < (tens == 30 ? 1 : tens ? 9 : 20); k++)
		if (is_word(c, w, WORDS[k])) {
			*ord = tens + k + 1;
			*next = w + 1;
			return 1;
		}
	return 0;
}

/* A month after "of"/"in" and the year written with it: the month, the
 * year (-1 if none is written) and the end. */
static int month_with_year(const dctx *c, uint32_t k, int *m, int *y, uint32_t *end)
{
	uint32_t j;
	if (!(*m = month_at(c, k, &j)))
		return 0;
	int yy;
	if (is_p(c, j, ',') && year_at(c, j + 1, &yy)) {
		*y = yy;
		*end = j + 2;
	} else if (year_at(c, j, &yy)) {
		*y = yy;
		*end = j + 1;
	} else {
		*y = -1; /* resolved by the caller, with its day */
		*end = j;
	}
	return 1;
}

/* "the month" (the month cited last, else the reference's), "this month",
 * "next month", "last month": its number and year; 2 when it is the month
 * cited last, else 1 (0: none). */
static int month_named_by_word(const dctx *c, uint32_t i, int *m, int *y, uint32_t *next)
{
	if (!c->has_ref || !is_word(c, i + 1, "month"))
		return 0;
	int shift;
	if (is_word(c, i, "the") && c->last_month) {
		*m = c->last_month;
		*y = c->last_month_y;
		*next = i + 2;
		return *y >= 0 ? 2 : 0; /* 2: counted from the month cited last */
	}
	if (is_word(c, i, "the") || is_word(c, i, "this"))
		shift = 0;
	else if (is_word(c, i, "next"))
		shift = 1;
	else if (is_word(c, i, "last"))
		shift = -1;
	else
		return 0;
	dval month;
	unit_value(c, UNIT_MONTH, shift, &month);
	*y = month.y;
	*m = month.m;
	*next = i + 2;
	return 1;
}

/* the 15th of May, the second of December, 25 of February 2009 */
static int pat_day_of_month(dctx *c, uint32_t i, match *out)
{
	uint32_t k = is_word(c, i, "the") ? i + 1 : i, j;
	int d, m, y;
	if (k == i && !(c->toks[i].kind == TK_NUM))
		return PAT_NO;
	if (!ordinal_at(c, k, &d, &j)) {
		if (k != i || !day_at(c, k, &d, &j)) /* "25 of February" needs no ordinal */
			return PAT_NO;
	}
	/* "the 1st and 2nd of March", "the 5th, 6th and 7th of May": the first
	 * of days listed before their month takes it */
	if (k > i && d >= 1 && d <= 31 && (is_word(c, j, "and") || is_p(c, j, ','))) {
		uint32_t e = j, listed = 0, after;
		int d2;
		while (listed < 6 && (is_word(c, e, "and") || is_p(c, e, ',')) && ordinal_at(c, e + 1, &d2, &after) && d2 >= 1 &&
		       d2 <= 31) {
			e = after;
			listed++;
		}
		uint32_t month_end;
		if (listed && is_word(c, e, "of") && month_with_year(c, e + 1, &m, &y, &month_end) &&
		    d <= kcna_days_in_month(y >= 0 ? y : 2000, m)) {
			set_day(c, &out->v, y, m, d);
			out->end_tok = j;
			return PAT_MATCH;
		}
	}
	/* "on the 15th" and no noun after it: a day of the month the text is in
	 * (the day cited last's, else the reference's; a later day told in the
	 * past is the month before's) */
	static const char *const BEFORE_DAY_ALONE[] = {"by", "until", "till", "before", "after", "since", "around"};
	if (k > i && d >= 1 && d <= 31 && i > 0 &&
	    (is_word(c, i - 1, "on") || (c->toks[k].kind == TK_NUM && IS_WORD_IN(c, i - 1, BEFORE_DAY_ALONE)) ||
	     (i >= 2 && is_word(c, i - 1, "of") && /* "the morning / weekend of the 5th" */
	      ((lexcls(c, i - 2) & LX_DAYPART) || is_word(c, i - 2, "week") || is_word(c, i - 2, "weekend")))) &&
	    !is_word(c, j, "of") && (j >= c->n || c->toks[j].kind == TK_PUNCT || (lexcls(c, j) & LX_STOP)) &&
	    !(lexcls(c, j) & LX_UNIT) && c->has_ref) { /* not "on the third day" */
		/* also "by the 15th", "since the 3rd", the ordinal in digits */
		int mm = c->rm, yy = c->ry, tense = clause_tense(c);
		if (c->have_last && c->last.gran == G_DAY && c->last.y >= 0)
			mm = c->last.m, yy = c->last.y;
		else if (d > c->rd && tense < 0 && --mm == 0)
			mm = 12, yy--;
		else if (d < c->rd && tense > 0 && ++mm == 13) /* "will pay by the 2nd": the coming one */
			mm = 1, yy++;
		if (d > kcna_days_in_month(yy, mm))
			return PAT_NO;
		set_day(c, &out->v, yy, mm, d);
		out->end_tok = j;
		return PAT_MATCH;
	}
	int named = 0; /* "the 1st of the month", "the 15th of next month" */
	if (d < 1 || !is_word(c, j, "of") ||
	    !(month_with_year(c, j + 1, &m, &y, &out->end_tok) || (named = month_named_by_word(c, j + 1, &m, &y, &out->end_tok))) ||
	    d > kcna_days_in_month(y >= 0 ? y : 2000, m))
		return PAT_NO;
	if (named == 2)
		out->anchored = ANCHOR_LAST_MONTH;
	set_day(c, &out->v, y, m, d);
	return PAT_MATCH;
}

/* the third Tuesday of September 2014, the last Friday in May, the first
 * week of July, the last day of October, the last Friday of the month */
static int pat_ordinal_weekday(dctx *c, uint32_t i, match *out)
{
	uint32_t j;
	int ord, m, y;
	uint32_t o = is_word(c, i, "the") ? i + 1 : i; /* "last Sunday of March 2014" */
	if (!ordinal_at(c, o, &ord, &j) || ord > 5 || (o == i && c->toks[i].kind == TK_NUM))
		return PAT_NO;
	int week = is_word(c, j, "week"), day = is_word(c, j, "day");
	int named = 0;
	if ((week || day) && (is_word(c, j + 1, "of") || is_word(c, j + 1, "in")) && year_at(c, j + 2, &y) &&
	    plausible_bare_year(c, j + 2, y)) {
		/* "the first week of 2014": ISO week 1 holds January 4, the last
		 * week December 28; "the last day of 2014" */
		if (day) {
			set_day(c, &out->v, y, ord > 0 ? 1 : 12, ord > 0 ? ord : 31);
		} else {
			kcna_iso_week_of(y, ord > 0 ? 1 : 12, ord > 0 ? 7 * ord - 3 : 28, &out->v.y, &out->v.week);
			out->v.gran = G_WEEK;
		}
		out->end_tok = j + 3;
		return PAT_MATCH;
	}
	if (!((lexcls(c, j) & LX_WEEKDAY) || week || day) || !(is_word(c, j + 1, "of") || is_word(c, j + 1, "in")) ||
	    !(month_with_year(c, j + 2, &m, &y, &out->end_tok) ||
	      (named = month_named_by_word(c, j + 2, &m, &y, &out->end_tok))))
		return PAT_NO;
	if (named == 2)
		out->anchored = ANCHOR_LAST_MONTH;
	int wd = lexval(c, j);
	if (y < 0 && c->has_ref)
		y = year_for_md(c, m, 15); /* no year written: the month's as a mid-month day's */
	if ((week || day) && y >= 0) {
		/* "the last day of October": that day; "the first week of July":
		 * the ISO week holding the middle of the month's first seven days
		 * (of its last seven for "the last week") */
		int n = kcna_days_in_month(y, m), d = day ? (ord > 0 ? ord : n) : (ord > 0 ? 7 * ord - 3 : n - 3);
		if (day) {
			set_day(c, &out->v, y, m, d);
		} else {
			kcna_iso_week_of(y, m, d, &out->v.y, &out->v.week);
			out->v.gran = G_WEEK;
		}
		return PAT_MATCH;
	}
	if (y < 0) {
		snprintf(out->lit, sizeof out->lit, "XXXX-%02d", m); /* the day depends on the year */
		out->literal = out->lit;
		return PAT_MATCH;
	}
	int first = (wd - kcna_weekday_of(y, m, 1) + 7) % 7 + 1, d;
	if (ord > 0) {
		d = first + 7 * (ord - 1);
	} else {
		d = first;
		while (d + 7 <= kcna_days_in_month(y, m))
			d += 7;
	}
	if (d > kcna_days_in_month(y, m))
		return PAT_NO;
	set_day(c, &out->v, y, m, d);
	return PAT_MATCH;
}

/* the seventies, the '90s, the mid-80s: a decade of the 1900s */
static int pat_decade_words(dctx *c, uint32_t i, match *out)
{
	static const char *const DECADES[] = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies",
	                                      "eighties", "nineties"};
	int tens = -1, v;
	if (!is_word(c, i, "the"))
		return PAT_NO;
	/* "the mid-80s", "the late '90s", "the early sixties" */
	uint32_t k = i + 1;
	kcna_date_mod mod = KCNA_MOD_NONE;
	if ((lexcls(c, k) & LX_MODIFIER) && lexval(c, k) >= KCNA_MOD_EARLY && lexval(c, k) <= KCNA_MOD_LATE) {
		mod = (kcna_date_mod)lexval(c, k++);
		if (is_p(c, k, '-') && glued(c, k))
			k++;
	}
	if (is_word(c, k, "nineteen") && k + 1 < c->n)
		k++; /* "the nineteen eighties" */
	uint32_t e = k + 1;
	for (int d = 0; d < 8; d++)
		if (is_word(c, k, DECADES[d]))
			tens = 20 + 10 * d;
	uint32_t n = is_apostrophe(c, k) && glued(c, k + 1) ? k + 1 : k; /* the '90s, the 60s */
	/* "the 90s", "the 90's" */
	uint32_t s_tok = is_apostrophe(c, n + 1) && glued(c, n + 1) && n == k ? n + 2 : n + 1;
	if (tens < 0 && num_of(c, n, &v) && v % 10 == 0 && v < 100 && c->toks[n].end - c->toks[n].start == 2 &&
	    is_word(c, s_tok, "s") && glued(c, s_tok)) {
		tens = v;
		e = s_tok + 1;
	}
	if (tens < 0 || is_word(c, e, "degrees") || is_word(c, e, "percent"))
		return PAT_NO; /* "in the 60s degrees" is a temperature */
	out->v.y = 1900 + tens;
	out->v.gran = G_DECADE;
	out->mod = mod;
	out->end_tok = e;
	return PAT_MATCH;
}

/* the first / second half of this / last / next year, of 2024: TIMEX3's
 * "2024-H2" */
static int pat_half_year(dctx *c, uint32_t i, match *out)
{
	if (!is_word(c, i, "the") ||
	    !(is_word(c, i + 1, "first") || is_word(c, i + 1, "second") || is_word(c, i + 1, "last") ||
	      is_word(c, i + 1, "latter")) ||
	    !is_word(c, i + 2, "half") || !is_word(c, i + 3, "of"))
		return PAT_NO;
	int half = is_word(c, i + 1, "first") ? 1 : 2, y = -1; /* "the last / latter half": the second */
	uint32_t e;
	if (year_at(c, i + 4, &y)) {
		e = i + 5;
	} else if ((lexcls(c, i + 4) & LX_DIRECTION) && is_word(c, i + 5, "year")) {
		y = c->has_ref ? c->ry + lexval(c, i + 4) : -1;
		e = i + 6;
	} else if (is_word(c, i + 4, "the") && is_word(c, i + 5, "year")) {
		y = c->has_ref ? c->ry : -1;
		e = i + 6;
	} else {
		return PAT_NO;
	}
	if (y >= 0 && y <= 9999)
		snprintf(out->lit, sizeof out->lit, "%04d-H%d", y, half);
	else
		snprintf(out->lit, sizeof out->lit, "XXXX-H%d", half);
	out->literal = out->lit;
	out->end_tok = e;
	return PAT_MATCH;
}

/* The words before a count at i that place its span ("the past", "next",
 * "the first"), which TimeML's extent takes: 0, 1 or 2 tokens. */
static uint32_t placing_words_before(const dctx *c, uint32_t i)
{
	if (i == 0 || !(is_word(c, i - 1, "past") || is_word(c, i - 1, "last") || is_word(c, i - 1, "next") ||
	                is_word(c, i - 1, "previous") || is_word(c, i - 1, "coming") || is_word(c, i - 1, "first")))
		return 0;
	return i >= 2 && is_word(c, i - 2, "the") ? 2 : 1;
}

/* "half an hour", "a half hour", "a half-hour", "half a year": half of one
 * unit, in the unit below it. */
static int match_half_unit(const dctx *c, uint32_t i, match *out)
{
	static const char *const HALF_OF[] = {NULL, "PT12H", "P3DT12H", "P15D", "P6M", "P5Y", "P50Y", "PT30M", "PT30S", NULL};
	uint32_t h = i, u;
	/* "a quarter of an hour", "three quarters of an hour" */
	int quarters = (is_word(c, i, "a") && is_word(c, i + 1, "quarter")) ? 1
	               : (is_word(c, i, "three") && is_word(c, i + 1, "quarters")) ? 3
	                                                                           : 0;
	if (quarters && is_word(c, i + 2, "of") && (is_word(c, i + 3, "an") || is_word(c, i + 3, "a")) &&
	    is_word(c, i + 4, "hour")) {
		out->literal = quarters == 1 ? "PT15M" : "PT45M";
		out->type = KCNA_DATE_DURATION;
		out->end_tok = i + 5;
		return 1;
	}
	if ((is_word(c, i, "a") || is_word(c, i, "an")) && is_word(c, i + 1, "half"))
		h = i + 1;
	else if (!is_word(c, i, "half"))
		return 0;
	if (h == i && (is_word(c, h + 1, "a") || is_word(c, h + 1, "an")))
		u = h + 2; /* "half an hour" */
	else if (h > i)
		u = is_p(c, h + 1, '-') && glued(c, h + 1) ? h + 2 : h + 1; /* "a half hour", "a half-hour" */
	else
		return 0;
	if (!(lexcls(c, u) & LX_UNIT) || is_plural(c, u) || is_word(c, u, "fortnight"))
		return 0;
	const char *v = HALF_OF[lexval(c, u)];
	if (!v)
		return 0;
	out->literal = v;
	out->type = KCNA_DATE_DURATION;
	out->end_tok = u + 1;
	return 1;
}

/* N units ago / later / earlier, a duration ("five years", "four-day") */
static int pat_units_ago_or_duration(dctx *c, uint32_t i, match *out)
{
	if (match_half_unit(c, i, out))
		return PAT_MATCH;
	if (c->toks[i].kind == TK_NUM && i >= 2 && is_p(c, i - 1, '.') && glued(c, i - 1) && glued(c, i) &&
	    c->toks[i - 2].kind == TK_NUM)
		return PAT_STOP; /* the decimals of "2.7 hours": no count of its own */
	{
		int cnt;
		uint32_t k = i;
		kcna_date_mod mod = KCNA_MOD_NONE;
		if ((is_word(c, k, "more") || is_word(c, k, "less")) && is_word(c, k + 1, "than")) {
			mod = is_word(c, k, "more") ? KCNA_MOD_MORE_THAN : KCNA_MOD_LESS_THAN;
			k += 2;
		} else if ((lexcls(c, k) & LX_MODIFIER) && lexval(c, k) >= KCNA_MOD_APPROX) {
			mod = (kcna_date_mod)lexval(c, k);
			k++;
		}
		uint32_t after_count;
		if (count_at(c, k, &cnt, &after_count) && after_count < c->n) {
			uint32_t u = after_count;
			int hyphen = 0, half = 0;
			int v;
			if (cnt >= 0 && u + 3 < c->n && num_of(c, u, &v) && v == 1 && is_p(c, u + 1, '/') && glued(c, u + 1) &&
			    num_of(c, u + 2, &v) && v == 2 && glued(c, u + 2))
				half = 1, u += 3; /* "2 1/2 years" */
			else if (cnt >= 0 && is_word(c, u, "and") && is_word(c, u + 1, "a") && is_word(c, u + 2, "half"))
				half = 1, u += 3; /* "two and a half hours" */
			else if (cnt >= 0 && c->toks[k].kind == TK_NUM && is_p(c, u, '.') && glued(c, u) && num_of(c, u + 1, &v) &&
			         v == 5 && glued(c, u + 1) && c->toks[u + 1].end - c->toks[u + 1].start == 1)
				half = 1, u += 2; /* "2.5 hours" */
			if ((lexcls(c, u + 1) & LX_UNIT) && IS_WORD_IN(c, u, UNIT_ADJECTIVES))
				u++; /* "two more weeks", "an additional year", "eight trading days" */
			else if (is_p(c, u, '-') && glued(c, u)) {
				u++;
				hyphen = 1;
			}
			/* "the past two quarters", "for three consecutive quarters": months
			 * of business quarters (not "three quarters of the vote") */
			uint32_t q = is_word(c, u, "consecutive") || is_word(c, u, "straight") ? u + 1 : u;
			uint32_t placed = k == i ? placing_words_before(c, i) : 0;
			if ((cnt >= 2 || cnt < 0) && !hyphen && !half && is_word(c, q, "quarters") && !is_word(c, q + 1, "of") && k == i &&
			    i > 0 &&
			    (q > u || placed || is_word(c, i - 1, "for") || is_word(c, i - 1, "over") || is_word(c, i - 1, "within"))) {
				if (cnt < 0) { /* "the past several quarters": some */
					out->literal = "PXQ";
					out->type = KCNA_DATE_DURATION;
				} else {
					set_duration(out, 3 * cnt, UNIT_MONTH);
				}
				out->starts_before = placed;
				out->end_tok = q + 1;
				return PAT_MATCH;
			}
			if (lexcls(c, u) & LX_UNIT) {
				int unit = lexval(c, u);
				if (cnt > 0 && (is_word(c, u, "fortnight") || is_word(c, u, "fortnights")))
					cnt *= 2; /* two weeks each */
				/* the direction word, past "or so" (about): "a week or so ago" */
				uint32_t dw = u + 1;
				if (is_word(c, u + 1, "or") && is_word(c, u + 2, "so") &&
				    (is_word(c, u + 3, "ago") || is_word(c, u + 3, "later") || is_word(c, u + 3, "earlier"))) {
					dw = u + 3;
					if (mod == KCNA_MOD_NONE)
						mod = KCNA_MOD_APPROX;
				}
				/* "three days from now / from today", "a year hence": ahead of the
				 * reference; TimeML reads the first as two expressions, the
				 * duration and its anchor (the "from" a signal) */
				uint32_t from_now = is_word(c, dw, "from") && (is_word(c, dw + 1, "now") || is_word(c, dw + 1, "today")) &&
				                            !(c->options & KCNA_OPT_TIMEX3)
				                        ? 2
				                    : is_word(c, dw, "hence") ? 1
				                                                 : 0;
				/* "two hours later" names a time of a day we may not know: no
				 * date, but TIMEX3 (TimeML) tags its duration ("over an hour") */
				int clock_offset = unit >= UNIT_HOUR && (is_word(c, dw, "ago") || is_word(c, dw, "later") ||
				                                         is_word(c, dw, "earlier") || from_now);
				if (clock_offset && !(c->options & KCNA_OPT_TIMEX3))
					return PAT_STOP;
				if (!hyphen && !clock_offset &&
				    (is_word(c, dw, "ago") || is_word(c, dw, "later") || is_word(c, dw, "earlier") || from_now)) {
					int dir = is_word(c, dw, "ago") || is_word(c, dw, "earlier") ? -1 : 1;
					int anchored = !is_word(c, dw, "ago") && !from_now;
					if (cnt < 0) {
						out->literal = dir < 0 ? "PAST_REF" : "FUTURE_REF";
					} else if (unit == UNIT_YEAR && c->last_quarter && c->toks[i].sent <= c->last_quarter_sent + 2) {
						/* "profit rose in the third quarter from a year earlier": that quarter */
						set_quarter(out, c->last_quarter_y + dir * cnt, c->last_quarter);
					} else if (anchored && c->have_last && (c->last.gran == G_DAY || unit >= UNIT_YEAR)) {
						/* from the day cited last; a year cited last anchors years only */
						dctx c2 = *c;
						c2.ry = c->last.y;
						c2.rm = c->last.m;
						c2.rd = c->last.d;
						c2.has_ref = 1;
						if (unit == UNIT_DAY || unit == UNIT_WEEK)
							shift_days(&c2, (long)dir * cnt * (unit == UNIT_WEEK ? 7 : 1), &out->v);
						else
							unit_value(&c2, unit, dir * cnt, &out->v);
						out->anchored = ANCHOR_LAST_DATE;
					} else if (c->has_ref && !anchored) {
						if (unit == UNIT_DAY || unit == UNIT_WEEK)
							shift_days(c, (long)dir * cnt * (unit == UNIT_WEEK ? 7 : 1), &out->v);
						else
							unit_value(c, unit, dir * cnt, &out->v);
					} else {
						out->literal = dir < 0 ? "PAST_REF" : "FUTURE_REF";
					}
					out->mod = mod;
					out->end_tok = dw + (from_now ? from_now : 1); /* past "ago", "hence", "from now" */
					return PAT_MATCH;
				}
				/* an age or a difference of ages ("a 6-year-old boy", "37 years
				 * old", "several days old", "200 years older") is no date */
				uint32_t age = hyphen && is_p(c, u + 1, '-') ? u + 2 : u + 1;
				if (is_word(c, age, "old") || is_word(c, age, "older") || is_word(c, age, "younger"))
					return PAT_STOP;
				/* a duration: five years, four-day, almost five years */
				/* "a year" is a duration only after for/within/over/in ("for a
				 * year") or before the event it separates or an alternative
				 * ("a month after the vote", "a month or two") */
				int span_word = (k > 0 && (is_word(c, k - 1, "for") || is_word(c, k - 1, "within") ||
				                           is_word(c, k - 1, "over") || is_word(c, k - 1, "in"))) ||
				                ((is_word(c, k, "a") || is_word(c, k, "an")) && !is_plural(c, u) &&
				                 (is_word(c, u + 1, "after") || is_word(c, u + 1, "before") ||
				                  (is_word(c, u + 1, "or") && (lexcls(c, u + 2) & LX_NUMWORD))));
				/* "will one day be", "hopes he one day follows": some day ahead,
				 * no span */
				static const char *const BEFORE_SOME_DAY[] = {"will", "would", "could", "may", "might", "can", "shall",
				                                             "he", "she", "they", "we", "i", "you"};
				if (cnt == 1 && is_word(c, k, "one") && is_word(c, u, "day") && k == i && i > 0 && !span_word &&
				    IS_WORD_IN(c, i - 1, BEFORE_SOME_DAY)) {
					out->literal = "FUTURE_REF";
					out->end_tok = u + 1;
					return PAT_MATCH;
				}
				uint32_t end = u + 1;
				if (!half && cnt >= 0 && is_word(c, u + 1, "and") && is_word(c, u + 2, "a") && is_word(c, u + 3, "half"))
					half = 1, end = u + 4; /* "a year and a half" */
				if (cnt == 0 ||
				    (cnt == 1 && !hyphen && !half && !is_word(c, k, "one") && mod == KCNA_MOD_NONE && !span_word))
					return PAT_STOP;
				int year;
				if (placed && !hyphen && !half && unit == UNIT_MONTH && (cnt == 3 || cnt == 6) &&
				    (is_word(c, i - 1, "first") || is_word(c, i - 1, "last")) && is_word(c, end, "of") &&
				    year_at(c, end + 1, &year) && plausible_bare_year(c, end + 1, year)) {
					/* "the first six months of 2012": its first half; "the
					 * last three months of 2012": its fourth quarter */
					int first = is_word(c, i - 1, "first");
					if (cnt == 6) {
						snprintf(out->lit, sizeof out->lit, "%04d-H%d", year, first ? 1 : 2);
						out->literal = out->lit;
					} else {
						set_quarter(out, year, first ? 1 : 4);
					}
					out->starts_before = placed;
					out->end_tok = end + 2;
					return PAT_MATCH;
				}
				if (half)
					set_half_duration(out, cnt, unit);
				else
					set_duration(out, cnt, unit);
				/* TimeML's extent takes the words that place the span: "the
				 * past three months", "the next two years", "the first nine
				 * months" */
				out->starts_before = placed;
				out->mod = mod;
				out->end_tok = end;
				return PAT_MATCH;
			}
		}
	}
	return PAT_NO;
}

/* every later pattern starts with a date word or a capital; a lowercase
 * holiday word ("christmas") starts a holiday or nothing */
static int pat_word_patterns_gate(dctx *c, uint32_t i, match *out)
{
	const token *t = &c->toks[i];
	uint32_t cls = c->toks[i].cls;
	if (t->kind == TK_NUM)
		return PAT_STOP;
	if ((cls & LX_DAYPART) && !(i > 0 && is_word(c, i - 1, "that")))
		return PAT_STOP; /* a part of the day starts a date only after "that" */
	if (!(cls & (LX_DATEWORD | LX_DIRECTION | LX_VAGUE | LX_UNIT | LX_DAYPART)) && !(t->flags & TF_CAP))
		return (cls & LX_HOLIDAY) && match_holiday(c, i, out) ? PAT_MATCH : PAT_STOP;
	return PAT_NO;
}

/* Fixed phrases, one row each: a day counted from the day cited last or
 * from the reference date, the year cited last, or a value as is. */
enum phrase_kind {
	PHRASE_COMING_YEAR, /* the year begun, or about to begin in December */
	PHRASE_FROM_LAST_DAY,
	PHRASE_FROM_REF_DAY,
	PHRASE_LAST_YEAR_CITED,
	PHRASE_FROM_LAST_YEAR,
	PHRASE_FROM_LAST_MONTH, /* the month of the day or month cited last, else the reference's */
	PHRASE_FROM_LAST_WEEK,  /* the week of the day cited last, else the reference's */
	PHRASE_FROM_REF_WEEK,   /* weeks, months or years from the reference's */
	PHRASE_FROM_REF_MONTH,
	PHRASE_FROM_REF_YEAR,
	PHRASE_VALUE
};
static const struct fixed_phrase {
	const char *words; /* lowercase, space separated */
	int kind;          /* enum phrase_kind */
	int days;          /* PHRASE_FROM_LAST_*: days, weeks, months or years after it */
	kcna_date_type type;
	const char *value; /* PHRASE_VALUE */
} PHRASES[] = {
	/* a longer row before a row it begins with ("the year before") */
	{"the week after next", PHRASE_FROM_REF_WEEK, 2, KCNA_DATE_DATE, NULL},
	{"the week before last", PHRASE_FROM_REF_WEEK, -2, KCNA_DATE_DATE, NULL},
	{"the month after next", PHRASE_FROM_REF_MONTH, 2, KCNA_DATE_DATE, NULL},
	{"the month before last", PHRASE_FROM_REF_MONTH, -2, KCNA_DATE_DATE, NULL},
	{"the year after next", PHRASE_FROM_REF_YEAR, 2, KCNA_DATE_DATE, NULL},
	{"the year before last", PHRASE_FROM_REF_YEAR, -2, KCNA_DATE_DATE, NULL},
	{"the previous day", PHRASE_FROM_LAST_DAY, -1, KCNA_DATE_DATE, NULL},
	{"the prior day", PHRASE_FROM_LAST_DAY, -1, KCNA_DATE_DATE, NULL},
	{"the preceding day", PHRASE_FROM_LAST_DAY, -1, KCNA_DATE_DATE, NULL},
	{"the next day", PHRASE_FROM_LAST_DAY, 1, KCNA_DATE_DATE, NULL},
	{"the following day", PHRASE_FROM_LAST_DAY, 1, KCNA_DATE_DATE, NULL},
	{"the same day", PHRASE_FROM_LAST_DAY, 0, KCNA_DATE_DATE, NULL},
	{"the same year", PHRASE_LAST_YEAR_CITED, 0, KCNA_DATE_DATE, NULL},
	{"the following year", PHRASE_FROM_LAST_YEAR, 1, KCNA_DATE_DATE, NULL},
	{"the previous year", PHRASE_FROM_LAST_YEAR, -1, KCNA_DATE_DATE, NULL},
	{"the prior year", PHRASE_FROM_LAST_YEAR, -1, KCNA_DATE_DATE, NULL},
	{"the preceding year", PHRASE_FROM_LAST_YEAR, -1, KCNA_DATE_DATE, NULL},
	{"the year before", PHRASE_FROM_LAST_YEAR, -1, KCNA_DATE_DATE, NULL},
	{"the following month", PHRASE_FROM_LAST_MONTH, 1, KCNA_DATE_DATE, NULL},
	{"the previous month", PHRASE_FROM_LAST_MONTH, -1, KCNA_DATE_DATE, NULL},
	{"the prior month", PHRASE_FROM_LAST_MONTH, -1, KCNA_DATE_DATE, NULL},
	{"the preceding month", PHRASE_FROM_LAST_MONTH, -1, KCNA_DATE_DATE, NULL},
	{"the same month", PHRASE_FROM_LAST_MONTH, 0, KCNA_DATE_DATE, NULL},
	{"the following week", PHRASE_FROM_LAST_WEEK, 1, KCNA_DATE_DATE, NULL},
	{"the previous week", PHRASE_FROM_LAST_WEEK, -1, KCNA_DATE_DATE, NULL},
	{"the prior week", PHRASE_FROM_LAST_WEEK, -1, KCNA_DATE_DATE, NULL},
	{"the preceding week", PHRASE_FROM_LAST_WEEK, -1, KCNA_DATE_DATE, NULL},
	{"the same week", PHRASE_FROM_LAST_WEEK, 0, KCNA_DATE_DATE, NULL},
	{"the past week", PHRASE_VALUE, 0, KCNA_DATE_DURATION, "P1W"},
	{"the past fortnight", PHRASE_VALUE, 0, KCNA_DATE_DURATION, "P2W"},
	{"the past month", PHRASE_VALUE, 0, KCNA_DATE_DURATION, "P1M"},
	{"the past year", PHRASE_VALUE, 0, KCNA_DATE_DURATION, "P1Y"},
	{"the past decade", PHRASE_VALUE, 0, KCNA_DATE_DURATION, "P10Y"},
	{"the past hour", PHRASE_VALUE, 0, KCNA_DATE_DURATION, "PT1H"},
	{"the past day", PHRASE_VALUE, 0, KCNA_DATE_DURATION, "P1D"},
	{"the next hour", PHRASE_VALUE, 0, KCNA_DATE_DURATION, "PT1H"},
	{"the new year", PHRASE_COMING_YEAR, 0, KCNA_DATE_DATE, NULL},
	{"the near future", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the foreseeable future", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the distant future", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the near term", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the short term", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the long term", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the coming days", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the coming weeks", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the coming months", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the coming years", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the days ahead", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the weeks ahead", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the months ahead", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the years ahead", PHRASE_VALUE, 0, KCNA_DATE_DATE, "FUTURE_REF"},
	{"the day after tomorrow", PHRASE_FROM_REF_DAY, 2, KCNA_DATE_DATE, NULL},
	{"the day before yesterday", PHRASE_FROM_REF_DAY, -2, KCNA_DATE_DATE, NULL},
	{"the day before", PHRASE_FROM_LAST_DAY, -1, KCNA_DATE_DATE, NULL}, /* at a clause's end only */
	{"the day after", PHRASE_FROM_LAST_DAY, 1, KCNA_DATE_DATE, NULL},
};

/* "for the year", "the fiscal year" (business news): the reference's year;
 * "the year ended Sept. 30": a year's span (P1Y). Only with the temporal
 * options: an anaphor, not a date the text cites. */
static int pat_the_year(dctx *c, uint32_t i, match *out)
{
	uint32_t y = is_word(c, i + 1, "fiscal") || is_word(c, i + 1, "full") ? i + 2 : i + 1;
	if (!is_word(c, i, "the") || !is_word(c, y, "year") || (c->toks[y].flags & TF_CAP) || !c->has_ref ||
	    !temporal_options(c))
		return PAT_NO;
	uint32_t k = y + 1;
	if (is_word(c, k, "ended") || is_word(c, k, "ending")) {
		set_duration(out, 1, UNIT_YEAR);
		out->end_tok = k;
		return PAT_MATCH;
	}
	if (k < c->n && (c->toks[k].kind == TK_NUM || (lexcls(c, k) & (LX_NUMWORD | LX_DIRECTION)) || is_p(c, k, '-') ||
	                 is_word(c, k, "before") || is_word(c, k, "after") || is_word(c, k, "earlier") ||
	                 is_word(c, k, "later") || is_word(c, k, "ago") || is_word(c, k, "of") || is_word(c, k, "in") ||
	                 is_word(c, k, "when") || is_word(c, k, "that") || is_word(c, k, "since")))
		return PAT_NO; /* "the year 1950", "the year before", "the year of ...", "the year in which" */
	unit_value(c, UNIT_YEAR, 0, &out->v);
	out->end_tok = k;
	return PAT_MATCH;
}

/* The day `days` after the day cited last ("the next day", "the same
 * evening"), else after the story's own day when none was cited yet ("the
 * previous day"); 0 when neither is known. An unknown year stays unknown. */
static int day_from_last_day(const dctx *c, long days, match *out)
{
	if (c->have_last && c->last.gran == G_DAY) {
		dctx c2 = *c;
		c2.ry = c->last.y < 0 ? 2000 : c->last.y; /* arithmetic on an unknown year: keep month/day */
		c2.rm = c->last.m;
		c2.rd = c->last.d;
		shift_days(&c2, days, &out->v);
		if (c->last.y < 0)
			out->v.y = -1;
		out->anchored = ANCHOR_LAST_DATE;
		return 1;
	}
	if (!c->has_ref)
		return 0;
	shift_days(c, days, &out->v);
	return 1;
}

/* The week or month `n` after that of the date cited last ("the following
 * month" after "in March 2010": 2010-04), else after the reference's when
 * none with a known year was cited; 0 when neither is known. */
static int month_or_week_from_last(const dctx *c, int unit, int n, match *out)
{
	dctx from = *c;
	int cited = unit == UNIT_MONTH ? c->last_month > 0 : c->have_last && c->last.gran == G_DAY && c->last.y >= 0;
	if (cited) {
		from.ry = unit == UNIT_MONTH ? c->last_month_y : c->last.y;
		from.rm = unit == UNIT_MONTH ? c->last_month : c->last.m;
		from.rd = unit == UNIT_MONTH ? 1 : c->last.d;
		from.has_ref = 1;
	} else if (!c->has_ref) {
		return 0;
	}
	unit_value(&from, unit, n, &out->v);
	out->anchored = !cited ? ANCHOR_NONE : unit == UNIT_MONTH ? ANCHOR_LAST_MONTH : ANCHOR_LAST_DATE;
	return 1;
}

/* the previous/next/following/same day, the same/following/previous year,
 * the past year / decade, the day after tomorrow / before yesterday, vague
 * references ("the near future", "the coming weeks") */
static int pat_fixed_phrase(dctx *c, uint32_t i, match *out)
{
	if (!is_word(c, i, "the") || i + 1 >= c->n)
		return PAT_NO; /* every row begins with "the" (tests/spec/dates.txt) */
	char second = (char)(c->doc->txt.buf[c->toks[i + 1].start] | 32);
	for (size_t p = 0; p < sizeof PHRASES / sizeof PHRASES[0]; p++) {
		const struct fixed_phrase *ph = &PHRASES[p];
		uint32_t e;
		if (ph->words[4] != second || !match_words(c, i, ph->words, &e))
			continue; /* the second word's letter first: most rows differ there */
		if (is_word(c, e - 2, "day") && (is_word(c, e - 1, "before") || is_word(c, e - 1, "after")) && e < c->n &&
		    c->toks[e].kind != TK_PUNCT) {
			/* "the day after Christmas", "the day before May 9": that day's
			 * neighbour; "the day before the vote": a day of that event's */
			match day;
			if (!(lexcls(c, e) & (LX_DATE_TRIGGER | LX_HOLIDAY)) || !match_at(c, e, &day) || day.literal ||
			    day.is_interval || day.v.gran != G_DAY || day.v.y < 0)
				return PAT_NO;
			c->at = i; /* match_at moved it */
			kcna_civil_from_days(kcna_days_from_civil(day.v.y, day.v.m, day.v.d) + (is_word(c, e - 1, "after") ? 1 : -1),
			                     &out->v.y, &out->v.m, &out->v.d);
			out->v.gran = G_DAY;
			out->end_tok = day.end_tok;
			return PAT_MATCH;
		}
		if (ph->kind == PHRASE_FROM_LAST_DAY && day_from_last_day(c, ph->days, out)) {
			/* "the next day" */
		} else if (ph->kind == PHRASE_FROM_REF_DAY && c->has_ref) {
			shift_days(c, ph->days, &out->v);
		} else if ((ph->kind == PHRASE_FROM_REF_WEEK || ph->kind == PHRASE_FROM_REF_MONTH ||
		            ph->kind == PHRASE_FROM_REF_YEAR) && c->has_ref) {
			int unit = ph->kind == PHRASE_FROM_REF_WEEK ? UNIT_WEEK : ph->kind == PHRASE_FROM_REF_MONTH ? UNIT_MONTH : UNIT_YEAR;
			unit_value(c, unit, ph->days, &out->v); /* "the week after next" */
		} else if ((ph->kind == PHRASE_LAST_YEAR_CITED || ph->kind == PHRASE_FROM_LAST_YEAR) && c->have_last &&
		           c->last.y >= 0) {
			out->v.y = c->last.y + (ph->kind == PHRASE_FROM_LAST_YEAR ? ph->days : 0);
			out->v.gran = G_YEAR;
			out->anchored = ANCHOR_LAST_DATE;
		} else if ((ph->kind == PHRASE_FROM_LAST_MONTH || ph->kind == PHRASE_FROM_LAST_WEEK) &&
		           month_or_week_from_last(c, ph->kind == PHRASE_FROM_LAST_WEEK ? UNIT_WEEK : UNIT_MONTH, ph->days, out)) {
			/* "the following month" */
		} else if (ph->kind == PHRASE_COMING_YEAR && c->has_ref) {
			out->v.y = c->ry + (c->rm == 12); /* "the government's focus in the new year" */
			out->v.gran = G_YEAR;
		} else if (ph->kind == PHRASE_VALUE) {
			if ((is_word(c, e - 1, "term") || is_word(c, e - 1, "future")) && e < c->n && c->toks[e].kind == TK_WORD &&
			    !(c->toks[e].cls & LX_STOP) && !(c->toks[e].flags & TF_CAP))
				continue; /* "the long term plan": a vague reference modifying a noun */
			out->type = ph->type;
			out->literal = ph->value;
		} else {
			continue;
		}
		out->end_tok = e;
		return PAT_MATCH;
	}
	return PAT_NO;
}

/* every morning, every year, each month, annually */
static int pat_sets(dctx *c, uint32_t i, match *out)
{
	if ((is_word(c, i, "every") || is_word(c, i, "each")) && (lexcls(c, i + 1) & LX_DAYPART)) {
		out->type = KCNA_DATE_SET;
		snprintf(out->lit, sizeof out->lit, "XXXX-XX-XXT%s", daypart_code(c, i + 1));
		out->literal = out->lit;
		out->end_tok = i + 2;
		return PAT_MATCH;
	}
	if ((is_word(c, i, "every") || is_word(c, i, "each")) && (lexcls(c, i + 1) & LX_UNIT) && lexval(c, i + 1) <= UNIT_YEAR &&
	    !is_plural(c, i + 1)) {
		set_duration(out, 1, lexval(c, i + 1)); /* every year: once in a year */
		out->type = KCNA_DATE_SET;
		out->end_tok = i + 2;
		return PAT_MATCH;
	}
	/* every two years, every other day: once in that many units */
	int every_n;
	uint32_t unit_tok;
	if (is_word(c, i, "every") && (is_word(c, i + 1, "other") ? (every_n = 2, unit_tok = i + 2, 1)
	                                                           : count_at(c, i + 1, &every_n, &unit_tok)) &&
	    every_n >= 2 && (lexcls(c, unit_tok) & LX_UNIT) && lexval(c, unit_tok) <= UNIT_CENTURY &&
	    is_plural(c, unit_tok) == !is_word(c, i + 1, "other")) {
		set_duration(out, every_n, lexval(c, unit_tok));
		out->type = KCNA_DATE_SET;
		out->end_tok = unit_tok + 1;
		return PAT_MATCH;
	}
	int on_weekends = i > 0 && (is_word(c, i - 1, "on") || is_word(c, i - 1, "at")) && is_word(c, i, "weekends");
	if (((is_word(c, i, "every") || is_word(c, i, "each")) && is_word(c, i + 1, "weekend")) || on_weekends) {
		out->type = KCNA_DATE_SET; /* every weekend, on weekends */
		out->literal = "XXXX-WXX-WE";
		out->end_tok = on_weekends ? i + 1 : i + 2;
		return PAT_MATCH;
	}
	/* every July, each Thursday: a recurring month or weekday; lowercase
	 * ("every monday") not the verbs "may", "march" */
	uint32_t r = is_word(c, i, "every") && is_word(c, i + 1, "other") ? i + 2 : i + 1; /* "every other Tuesday" */
	if ((is_word(c, i, "every") || is_word(c, i, "each")) && r < c->n && (lexcls(c, r) & (LX_MONTH | LX_WEEKDAY)) &&
	    ((c->toks[r].flags & TF_CAP) || ((lexcls(c, r) & LX_WEEKDAY) && weekday_named_at(c, r)) ||
	     ((lexcls(c, r) & LX_MONTH) && !is_word(c, r, "may") && !is_word(c, r, "march")))) {
		out->type = KCNA_DATE_SET;
		if (lexcls(c, r) & LX_MONTH)
			snprintf(out->lit, sizeof out->lit, "XXXX-%02d", lexval(c, r));
		else
			snprintf(out->lit, sizeof out->lit, "XXXX-WXX-%d", lexval(c, r) + 1);
		out->literal = out->lit;
		out->end_tok = r + 1;
		return PAT_MATCH;
	}
	if (match_set_adverb(c, i, out))
		return PAT_MATCH;
	return PAT_NO;
}

/* the third quarter, Q3, fiscal quarters */
static int pat_quarter(dctx *c, uint32_t i, match *out)
{
	if (c->toks[i].kind == TK_NUM && !(ordinal_suffix_at(c, i + 1) && is_word(c, i + 2, "quarter")))
		return PAT_NO; /* a number starts only "4th quarter" */
	if (match_quarter(c, i, out))
		return PAT_MATCH;
	return PAT_NO;
}

/* recent days/weeks/months/years: a span of unknown length up to now
 * (TimeML: PXY) */
static int pat_recent_units(dctx *c, uint32_t i, match *out)
{
	if (is_word(c, i, "recent") && (lexcls(c, i + 1) & LX_UNIT) && lexval(c, i + 1) <= UNIT_DECADE &&
	    is_plural(c, i + 1)) {
		set_duration(out, -1, lexval(c, i + 1) == UNIT_DECADE ? UNIT_YEAR : lexval(c, i + 1));
		out->end_tok = i + 2;
		return PAT_MATCH;
	}
	return PAT_NO;
}

/* Whether sentence `cited` is `sent` or the one before it, in its paragraph. */
static int antecedent_near(const dctx *c, uint32_t cited, uint32_t sent)
{
	const uint32_t *para = c->doc->seg.sent_para.items;
	return cited <= sent && cited + 1 >= sent && para[cited] == para[sent];
}

/* "that day", "that week", "that month", "that (same) year" (found at the unit):
 * the day, its week, the month or the year cited last in this sentence or
 * the one before; nothing when none was ("that day will come"), nor
 * "that year-end". */
static int pat_that_unit(dctx *c, uint32_t i, match *out)
{
	int unit = lexval(c, i);
	uint32_t that = i >= 2 && is_word(c, i - 1, "same") ? i - 2 : i - 1; /* "that same day" */
	if (i == 0 || !is_word(c, that, "that") || (is_p(c, i + 1, '-') && glued(c, i + 1)))
		return PAT_NO;
	/* TimeML's extent takes "later" and "earlier": "later that day" */
	uint32_t first = that > 0 && (is_word(c, that - 1, "later") || is_word(c, that - 1, "earlier")) ? that - 1 : that;
	uint32_t sent = c->toks[i].sent;
	if (is_word(c, i, "quarter") && c->last_quarter && antecedent_near(c, c->last_quarter_sent, sent)) {
		set_quarter(out, c->last_quarter_y, c->last_quarter); /* "that quarter": the one cited last */
		out->starts_before = i - first;
		out->end_tok = i + 1;
		return PAT_MATCH;
	}
	if (!(lexcls(c, i) & LX_UNIT) || is_plural(c, i) || unit < UNIT_DAY || unit > UNIT_YEAR)
		return PAT_NO;
	int day = c->have_last && c->last.gran == G_DAY && c->last.y >= 0 && antecedent_near(c, c->last_sent, sent);
	int month = c->last_month > 0 && antecedent_near(c, c->last_month_sent, sent);
	int year = c->last_year_cited > 0 && antecedent_near(c, c->last_year_sent, sent);
	if (unit == UNIT_DAY && day) {
		out->v = c->last;
		out->anchored = ANCHOR_LAST_DATE;
	} else if (unit == UNIT_WEEK && day) {
		kcna_iso_week_of(c->last.y, c->last.m, c->last.d, &out->v.y, &out->v.week);
		out->v.gran = G_WEEK;
		out->anchored = ANCHOR_LAST_DATE;
	} else if (unit == UNIT_MONTH && month) {
		out->v = (dval){c->last_month_y, c->last_month, -1, G_MONTH, 0, 0};
		out->anchored = ANCHOR_LAST_MONTH;
	} else if (unit == UNIT_YEAR && year) {
		out->v.y = c->last_year_cited;
		out->v.gran = G_YEAR;
	} else {
		return PAT_NO;
	}
	out->starts_before = i - first;
	out->end_tok = i + 1;
	return PAT_MATCH;
}

/* upcoming/previous ..., the weekend, year-earlier, unquantified plurals */
static int pat_vague_and_weekend(dctx *c, uint32_t i, match *out)
{
	if (match_vague_adjective(c, i, out) || match_weekend(c, i, out) || match_year_earlier(c, i, out) ||
	    match_unquantified_plural(c, i, out))
		return PAT_MATCH;
	return PAT_NO;
}

/* this morning / this evening; the same evening, the next morning; that
 * night; "in the morning" (with the temporal options) */
static int pat_this_daypart(dctx *c, uint32_t i, match *out)
{
	if (is_word(c, i, "this") && (lexcls(c, i + 1) & LX_DAYPART) && c->has_ref) {
		dval today = {c->ry, c->rm, c->rd, G_DAY, 0, 0};
		set_part_of_day(c, out, &today, i + 1);
		out->end_tok = i + 2;
		return PAT_MATCH;
	}
	/* "the same evening", "the next / following morning", "the previous
	 * night", "that night" (found at the part of the day): a part of the
	 * day cited last, or of the day before or after it (of the story's own
	 * day when none was cited) */
	uint32_t part;
	int shift;
	if (i > 0 && is_word(c, i - 1, "that") && (lexcls(c, i) & LX_DAYPART) && !is_plural(c, i)) {
		part = i;
		shift = 0;
	} else if (is_word(c, i, "the") && (lexcls(c, i + 2) & LX_DAYPART)) {
		part = i + 2;
		shift = is_word(c, i + 1, "same")                                       ? 0
		        : is_word(c, i + 1, "next") || is_word(c, i + 1, "following") ? 1
		        : is_word(c, i + 1, "previous")                               ? -1
		                                                                      : 2;
	} else if (is_word(c, i, "the") && (lexcls(c, i + 1) & LX_DAYPART) && !is_plural(c, i + 1) &&
	           (is_word(c, i + 2, "before") || is_word(c, i + 2, "after")) &&
	           (i + 3 >= c->n || c->toks[i + 3].kind == TK_PUNCT)) {
		/* "the night before", "the morning after", at a clause's end (as
		 * "the day before"; "the night before the vote" is the vote's) */
		if (!day_from_last_day(c, is_word(c, i + 2, "after") ? 1 : -1, out))
			return PAT_NO;
		set_part_of_day(c, out, &out->v, i + 1);
		out->end_tok = i + 3;
		return PAT_MATCH;
	} else if (is_word(c, i, "the") && (lexcls(c, i + 1) & LX_DAYPART) && i > 0 &&
	           (is_word(c, i - 1, "in") || is_word(c, i - 1, "during")) && !is_plural(c, i + 1) &&
	           !is_word(c, i + 2, "of") && temporal_options(c)) {
		part = i + 1; /* "in the morning", "during the night": of the day cited last */
		shift = 0;
	} else {
		return PAT_NO;
	}
	if (shift == 2 || !day_from_last_day(c, shift, out))
		return PAT_NO;
	set_part_of_day(c, out, &out->v, part);
	out->starts_before = part == i; /* "that" */
	out->end_tok = part + 1;
	return PAT_MATCH;
}

/* "the morning of May 3", "the night of June 4, 1989": a part of the day
 * named after it, a TIME of that day with the temporal options (else the
 * day alone is the date, found at its own token) */
static int pat_daypart_of(dctx *c, uint32_t i, match *out)
{
	int week = is_word(c, i + 1, "week") || is_word(c, i + 1, "weekend");
	if (!is_word(c, i, "the") || !((lexcls(c, i + 1) & LX_DAYPART) || week) || !is_word(c, i + 2, "of") ||
	    !(week || temporal_options(c)) || i + 3 >= c->n)
		return PAT_NO;
	match day;
	if (!match_at(c, i + 3, &day) || day.literal || day.is_interval || day.v.gran != G_DAY || day.v.y < 0)
		return PAT_NO;
	c->at = i; /* match_at moved it */
	out->end_tok = day.end_tok;
	if (week) { /* "the week of March 6": its ISO week; "the weekend of June 5" */
		int wy, wn;
		kcna_iso_week_of(day.v.y, day.v.m, day.v.d, &wy, &wn);
		if (is_word(c, i + 1, "weekend")) {
			snprintf(out->lit, sizeof out->lit, "%04d-W%02d-WE", wy, wn);
			out->literal = out->lit;
		} else {
			out->v.y = wy;
			out->v.week = wn;
			out->v.gran = G_WEEK;
		}
		return PAT_MATCH;
	}
	set_part_of_day(c, out, &day.v, i + 1); /* the day kept, as "10 p.m. Wednesday" keeps it */
	return PAT_MATCH;
}

/* the future, now, recently */
static int pat_vague(dctx *c, uint32_t i, match *out)
{
	uint32_t cls = c->toks[i].cls;
	if (is_word(c, i, "the") && is_word(c, i + 1, "future") &&
	    (i + 2 >= c->n || c->toks[i + 2].kind != TK_WORD || (lexcls(c, i + 2) & LX_STOP))) { /* not "the future king" */
		out->literal = "FUTURE_REF";
		out->end_tok = i + 2;
		return PAT_MATCH;
	}
	if ((cls & LX_VAGUE) && !is_word(c, i, "future")) {
		static const char *VAGUE[] = {"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"};
		out->literal = VAGUE[lexval(c, i)];
		out->end_tok = i + 1;
		return PAT_MATCH;
	}
	return PAT_NO;
}

/* Whether a holiday is named at i. */
static int holiday_at(dctx *c, uint32_t i)
{
	match scratch;
	memset(&scratch, 0, sizeof scratch);
	return match_holiday(c, i, &scratch);
}

/* Victory Day, New Year's Day ... */
static int pat_holiday(dctx *c, uint32_t i, match *out)
{
	if (match_holiday(c, i, out))
		return PAT_MATCH;
	return PAT_NO;
}

/* Whether stop word i ("the", "a", "year") may open a date: before a date
 * word (no holiday starts with one), a number or an apostrophe ("the '90s"),
 * and the phrases whose next word is no date word: "the new year",
 * "year-earlier", "year-end", "the full year", "a couple of", "the near
 * future", "the short term". A capitalised unit or holiday ("Year-earlier",
 * "Day of the Sun") is not asked. */
static int stop_word_opens_date(const dctx *c, uint32_t i)
{
	if (c->toks[i + 1].kind == TK_NUM || is_apostrophe(c, i + 1) ||
	    (lexcls(c, i + 1) & ((LX_DATE_TRIGGER & ~LX_HOLIDAY) | LX_UNIT | LX_SEASON | LX_DAYPART)))
		return 1;
	return (is_word(c, i + 1, "new") && is_word(c, i + 2, "year")) || year_back_at(c, i) ||
	       ((lexcls(c, i) & LX_UNIT) && unit_end_at(c, i)) || is_word(c, i + 1, "full") ||
	       is_word(c, i + 1, "couple") || is_word(c, i + 2, "future") || is_word(c, i + 2, "term") ||
	       ((lexcls(c, i) & LX_UNIT) && i >= 2 && (is_word(c, i - 1, "a") || is_word(c, i - 1, "per"))) || /* "twice a year" */
	       ((lexcls(c, i) & LX_UNIT) && i >= 1 && (is_word(c, i - 1, "that") || is_word(c, i - 1, "same"))) || /* "that (same) year" */
	       ((lexcls(c, i + 2) & LX_UNIT) && IS_WORD_IN(c, i + 1, UNIT_ADJECTIVES));                      /* "an extra week" */
}

/* The date patterns in order of precedence: match_at tries them in turn
 * at a token; the first to match wins, and one may stop the search (PAT_STOP:
 * no date starts here). A new date form is a function and a row here.
 * first: the token keys (its lexicon classes, KEY_NUM for a number) a
 * pattern can start at; the others skip it without a call. Patterns after
 * the gate see only date words and capitals, and take any. */
enum { KEY_NUM = 1u << 31, KEY_ANY = ~0u };
_Static_assert((uint32_t)LX_MEASURE < (uint32_t)KEY_NUM, "KEY_NUM is no lexicon class");
typedef int (*pattern_fn)(dctx *c, uint32_t i, match *out);
static const struct date_pattern {
	const char *name;
	pattern_fn fn;
	uint32_t first;
} PATTERNS[] = {
	{"that_unit", pat_that_unit, LX_UNIT | LX_DATEWORD}, /* "that day", "that quarter" */
	{"bare_unit", pat_bare_unit, LX_UNIT},
	{"period_code", pat_period_code, KEY_NUM},
	{"iso_date", pat_iso_date, KEY_NUM},
	{"numeric_date", pat_numeric_date, KEY_NUM},
	{"juche_year", pat_juche_year, LX_DATEWORD},
	{"clock_time", pat_clock_time, KEY_NUM | LX_DATEWORD | LX_NUMWORD},
	{"century", pat_century, KEY_NUM | LX_DATEWORD | LX_NUMWORD},
	{"weekday", pat_weekday, LX_WEEKDAY},
	{"month_first", pat_month_first, LX_MONTH},
	{"listed_day", pat_listed_day, KEY_NUM},
	{"listed_decade", pat_listed_decade, KEY_NUM},
	{"day_first", pat_day_first, KEY_NUM},
	{"years", pat_years, KEY_NUM},
	{"apostrophe_year", pat_apostrophe_year, KEY_NUM},
	{"relative_day", pat_relative_day, LX_RELDAY},
	{"season_year", pat_season_year, LX_SEASON},
	{"ordinal_weekday", pat_ordinal_weekday, LX_DATEWORD | LX_DIRECTION | LX_NUMWORD}, /* before "last Sunday" */
	{"this_last_next", pat_this_last_next, LX_MODIFIER | LX_DATEWORD | LX_DIRECTION},
	{"end_of", pat_end_of, LX_DATEWORD | LX_MODIFIER},
	{"half_year", pat_half_year, LX_DATEWORD},
	{"decade_words", pat_decade_words, LX_DATEWORD},
	{"day_of_month", pat_day_of_month, KEY_NUM | LX_DATEWORD},
	{"year_in_words", pat_year_in_words, LX_NUMWORD},
	{"units_ago_or_duration", pat_units_ago_or_duration, KEY_NUM | LX_NUMWORD | LX_DATEWORD | LX_MODIFIER},
	{"quarter_numeral", pat_quarter, KEY_NUM}, /* "4th quarter 2018": a number starts it */
	{"word_patterns_gate", pat_word_patterns_gate, KEY_ANY},
	{"fixed_phrase", pat_fixed_phrase, KEY_ANY},
	{"the_year", pat_the_year, KEY_ANY},
	{"sets", pat_sets, KEY_ANY},
	{"quarter", pat_quarter, KEY_ANY},
	{"recent_units", pat_recent_units, KEY_ANY},
	{"vague_and_weekend", pat_vague_and_weekend, KEY_ANY},
	{"this_daypart", pat_this_daypart, KEY_ANY},
	{"daypart_of", pat_daypart_of, KEY_ANY},
	{"vague", pat_vague, KEY_ANY},
	{"holiday", pat_holiday, KEY_ANY},
};

const char *kcna_date_pattern_name(size_t p)
{
	return p < sizeof PATTERNS / sizeof PATTERNS[0] ? PATTERNS[p].name : NULL;
}

/* "Monday at 8 in the morning", "tomorrow at noon", "Monday 3pm": a day
 * and the clock time after it are one point, as "10 p.m. Monday" is. */
static void add_clock_time(dctx *c, match *day)
{
	uint32_t k = day->end_tok;
	int part = day->literal ? part_of_literal(day->literal) : 0; /* "this afternoon at 2" */
	if ((day->literal && !part) || (day->type != KCNA_DATE_DATE && !part) || day->is_interval ||
	    day->v.gran != G_DAY || k >= c->n)
		return;
	if (is_word(c, k, "at"))
		k++;
	else if (c->toks[k].kind != TK_NUM && !is_word(c, k, "noon") && !is_word(c, k, "midnight"))
		return; /* "Monday 3pm", "Friday noon" */
	if (!part && is_word(c, day->end_tok - 1, "tonight"))
		part = 4;
	dctx on_day = *c; /* the clock time reads its day as the day cited last */
	on_day.clock_day_part = part;
	on_day.have_last = 1;
	on_day.last = day->v;
	on_day.last_sent = c->toks[k].sent;
	match t;
	memset(&t, 0, sizeof t);
	if (k >= c->n || pat_clock_time(&on_day, k, &t) != PAT_MATCH || t.v.gran != G_DAY || t.v.y != day->v.y ||
	    t.v.m != day->v.m || t.v.d != day->v.d)
		return; /* its own day follows it ("Monday at 10 a.m. Tuesday") */
	memcpy(day->lit, t.lit, sizeof day->lit);
	day->literal = day->lit;
	day->type = KCNA_DATE_TIME;
	day->end_tok = t.end_tok;
}

/* Tokens of a weekday's abbreviation before the day at `first` that it
 * names ("Mon, Feb 18", "Thu. 21 Feb 2013"): 1 to 3, else 0. The abbreviations
 * are words and names too ("Sun", "Sat", "Wed"), so the day must be that
 * weekday. */
static uint32_t weekday_abbrev_before(const dctx *c, uint32_t first, const dval *v)
{
	static const char *const ABBREVS[] = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};
	static const int WEEKDAY_OF[] = {0, 1, 1, 2, 3, 3, 3, 4, 5, 6};
	if (v->gran != G_DAY || v->y < 0 || first == 0)
		return 0;
	uint32_t k = first;
	if (is_p(c, k - 1, ','))
		k--;
	if (k > 0 && is_p(c, k - 1, '.') && glued(c, k - 1))
		k--;
	if (k == 0 || !(c->toks[k - 1].flags & TF_CAP))
		return 0;
	for (size_t a = 0; a < sizeof ABBREVS / sizeof ABBREVS[0]; a++)
		if (is_word(c, k - 1, ABBREVS[a]))
			return kcna_weekday_of(v->y, v->m, v->d) == WEEKDAY_OF[a] ? first - (k - 1) : 0;
	return 0;
}

/* "this coming Sunday, March 8", "last Friday, Oct. 6": a weekday phrase
 * and the day of the month after it that is the same day are one date. */
static void weekday_date_apposition(const dctx *c, match *day)
{
	uint32_t k = day->end_tok;
	match on;
	if (day->literal || day->is_interval || day->v.gran != G_DAY || day->v.y < 0 || !is_p(c, k, ',') ||
	    !(lexcls(c, k - 1) & LX_WEEKDAY) || !(lexcls(c, k + 1) & LX_MONTH))
		return;
	memset(&on, 0, sizeof on);
	if (match_month_first(c, k + 1, &on, 0) && !on.is_interval && on.v.gran == G_DAY && on.v.m == day->v.m &&
	    on.v.d == day->v.d)
		day->end_tok = on.end_tok;
}

static int match_at(dctx *c, uint32_t i, match *out)
{
	memset(out, 0, sizeof *out);
	out->v.y = out->v.m = out->v.d = -1;
	out->type = KCNA_DATE_DATE;
	c->tense = TENSE_UNKNOWN;
	c->at = i;
	const token *t = &c->toks[i];
	uint32_t key = t->cls | (t->kind == TK_NUM ? (uint32_t)KEY_NUM : 0u);
	for (size_t p = 0; p < sizeof PATTERNS / sizeof PATTERNS[0]; p++) {
		if (!(PATTERNS[p].first & key))
			continue;
		int r = PATTERNS[p].fn(c, i, out);
		if (r == PAT_MATCH) {
			out->pattern = PATTERNS[p].name;
			if (!out->literal && !out->is_interval)
				out->starts_before += weekday_abbrev_before(c, i - out->starts_before, &out->v);
			add_clock_time(c, out);
			weekday_date_apposition(c, out);
		}
		if (r != PAT_NO)
			return r == PAT_MATCH;
	}
	return 0;
}

/* A cited date names a day, month, year, period or time on the calendar; a
 * duration, a set or a vague reference ("recently") does not. */
static int cites_calendar(const kcna_date *d, const char *value)
{
	size_t n = strlen(value);
	return (d->type == KCNA_DATE_DATE || d->type == KCNA_DATE_TIME) && !(n > 4 && strcmp(value + n - 4, "_REF") == 0);
}

static int emit(dctx *c, uint32_t ft, const match *mt)
{
	kcna_doc *doc = c->doc;
	kcna_date d;
	memset(&d, 0, sizeof d);
	uint32_t et = mt->end_tok - 1;
	d.start = c->toks[ft].start;
	d.end = c->toks[et].end;
	d.type = mt->type;
	d.mod = mt->mod;
	d.pattern = mt->pattern;
	d.year = d.month = d.day = -1;
	if (mt->anchored) {
		d.has_anchor = 1;
		d.anchor_start = mt->anchored == ANCHOR_LAST_MONTH ? c->last_month_start : c->last_start;
		d.anchor_end = mt->anchored == ANCHOR_LAST_MONTH ? c->last_month_end : c->last_end;
	}
	char buf[64];
	if (mt->literal) {
		memcpy(buf, mt->literal, strlen(mt->literal) + 1); /* no longer than match.lit */
		if (mt->v.gran == G_DAY) { /* a time on a day: "10 p.m. Wednesday" */
			d.year = mt->v.y;
			d.month = mt->v.m;
			d.day = mt->v.d;
		}
		if (mt->quarter_cited && mt->quarter_y >= 0) {
			c->last_quarter_y = mt->quarter_y;
			c->last_quarter = mt->quarter;
			c->last_quarter_sent = c->toks[ft].sent;
		}
	} else {
		kcna_format_dval(&mt->v, buf, sizeof buf);
		d.year = mt->v.y;
		if (mt->v.gran == G_DAY || mt->v.gran == G_MONTH)
			d.month = mt->v.m;
		if (mt->v.gran == G_DAY)
			d.day = mt->v.d;
		if (mt->is_interval) {
			char b2[24];
			kcna_format_dval(&mt->v2, b2, sizeof b2);
			d.end_value = kcna_arena_strndup(&doc->mem, b2, strlen(b2));
			if (!d.end_value)
				return 0;
			if (!(c->options & KCNA_OPT_TIMEX3)) {
				size_t l = strlen(buf);
				snprintf(buf + l, sizeof buf - l, "/%s", b2);
			}
		}
	}
	if (d.year > 9999) /* unknown, as format_dval writes it */
		d.year = d.month = d.day = -1;
	if (!mt->literal && !mt->is_interval && mt->v.y > 0 && mt->v.gran >= G_DAY && mt->v.gran <= G_YEAR &&
	    mt->v.gran != G_WEEKDAY) {
		c->last_year_cited = mt->v.y;
		c->last_year_sent = c->toks[et].sent;
	}
	if (!mt->literal && !mt->is_interval && mt->v.y > 0 && mt->v.y <= 9999 &&
	    (mt->v.gran == G_DAY || mt->v.gran == G_MONTH)) {
		c->last_month_y = mt->v.y;
		c->last_month = mt->v.m;
		c->last_month_start = d.start;
		c->last_month_end = d.end;
		c->last_month_sent = c->toks[et].sent;
	}
	if (!mt->literal && !mt->is_interval && mt->v.gran == G_DECADE) {
		c->last_decade_y = mt->v.y;
		c->last_decade_end = d.end;
	}
	/* the day (or year) that "a week later", "the same day" refer back to */
	int remember = (mt->v.gran == G_DAY && (mt->v.y >= 0 || !c->has_ref)) ||
	               (!mt->literal && mt->v.gran == G_YEAR && mt->v.y >= 0 && !mt->anchored);
	if (remember) { /* with its span: an anchor is always a span of the text */
		c->have_last = 1;
		if (mt->v.gran == G_DAY) {
			c->last = mt->v;
		} else {
			c->last.y = mt->v.y;
			c->last.gran = G_YEAR;
		}
		c->last_start = d.start;
		c->last_end = d.end;
		c->last_sent = c->toks[et].sent;
		uint32_t first = doc->seg.sent_first_tok.items[c->last_sent];
		c->last_opens_sentence = ft <= first + 1; /* "1998:", "In 1998," */
	}
	if (!temporal_options(c) && !cites_calendar(&d, buf))
		return 1; /* recognised, and anchors what follows, but not reported */
	d.value = kcna_arena_strndup(&doc->mem, buf, strlen(buf));
	d.text = kcna_text_span_string(&doc->txt, &doc->mem, d.start, d.end);
	return d.value && d.text && VEC_PUSH(&doc->mem, &doc->dt.found, d);
}

static void dctx_init(dctx *c, kcna_doc *doc)
{
	memset(c, 0, sizeof *c);
	for (size_t k = 0; k < sizeof c->holiday_memo / sizeof c->holiday_memo[0]; k++)
		c->holiday_memo[k].h = -1;
	c->doc = doc;
	c->toks = doc->seg.toks.items;
	c->n = (uint32_t)doc->seg.toks.count;
	c->clock_day_part = -1;
}

/* The document's own date: a dateline "Pyongyang, August 16 (KCNA) --",
 * "SEOUL, Aug. 15 (UPI) --", or a heading paragraph that is only a date. */
static int find_dateline(kcna_doc *doc)
{
	dctx c;
	dctx_init(&c, doc); /* no reference date: the dateline is read as written */
	const segmentation *sg = &doc->seg;
	for (size_t cue = 0; cue < sg->date_cues.count && sg->date_cues.items[cue] < 400; cue++) {
		uint32_t i = sg->date_cues.items[cue];
		const token *t = &c.toks[i];
		if (t->kind != TK_WORD || !(lexcls(&c, i) & (LX_MONTH | LX_WEEKDAY)))
			continue;
		/* a date heading its own line, or "Place, Month Day (Agency)" */
		/* "Place, ": placed; opening its paragraph (up to three capitalised
		 * words): placed_first */
		int placed = i >= 2 && is_p(&c, i - 1, ',') && c.toks[i - 2].kind == TK_WORD && (c.toks[i - 2].flags & TF_CAP);
		int placed_first = 0;
		for (uint32_t k = i - 1; placed && k-- > 0 && k + 5 > i && c.toks[k].kind == TK_WORD && (c.toks[k].flags & TF_CAP);)
			if (c.toks[k].flags & TF_PARA_START) {
				placed_first = 1;
				break;
			}
		if (!(t->flags & TF_PARA_START) && !placed)
			continue; /* most dates in a story: no need to read them here */
		match mt;
		c.expr_at = i;
		if (!match_at(&c, i, &mt) || mt.literal || mt.v.gran != G_DAY || mt.is_interval)
			continue;
		uint32_t e = mt.end_tok;
		int heading = (t->flags & TF_PARA_START) && (e >= c.n || !same_para(c.doc, &c.toks[e], t));
		/* "(KCNA)", "(AFP-Yonhap)", "(NationPress)" (two tokens): up to
		 * five words and joiners, then ")" */
		uint32_t close = e + 1;
		while (close < c.n && close < e + 6 && (c.toks[close].kind == TK_WORD || tok_punct(&c.toks[close], '-') ||
		                                         tok_punct(&c.toks[close], '/')))
			close++;
		int agency = is_p(&c, e, '(') && close > e + 1 && c.toks[e + 1].kind == TK_WORD && is_p(&c, close, ')');
		/* a dateline inside a paragraph ("...By Kim Hyun-soo SEOUL, Dec. 28
		 * (Yonhap) --") needs its dash; one opening a line does not */
		int dash = agency && close + 1 < c.n && (tok_punct(&c.toks[close + 1], '-') ||
		                                         tok_punct(&c.toks[close + 1], 0x2014) ||
		                                         tok_punct(&c.toks[close + 1], 0x2013));
		if (!(heading || (agency && placed && (placed_first || dash))))
			continue;
		kcna_date *d = kcna_arena_alloc(&doc->mem, sizeof *d);
		if (!d)
			return 0;
		char buf[24];
		kcna_format_dval(&mt.v, buf, sizeof buf);
		d->start = t->start;
		d->end = c.toks[e - 1].end;
		d->type = KCNA_DATE_DATE;
		d->year = mt.v.y;
		d->month = mt.v.m;
		d->day = mt.v.d;
		d->value = kcna_arena_strndup(&doc->mem, buf, strlen(buf));
		d->text = kcna_text_span_string(&doc->txt, &doc->mem, d->start, d->end);
		if (!d->value || !d->text)
			return 0;
		doc->dt.dateline = d;
		/* the heading's tokens, through "(KCNA) --", belong to no sentence's speech */
		uint32_t after = agency ? close + 1 : e;
		while (after < c.n && c.toks[after].kind == TK_PUNCT && same_para(c.doc, &c.toks[after], t) &&
		       (tok_punct(&c.toks[after], '-') || tok_punct(&c.toks[after], 0x2014) || tok_punct(&c.toks[after], 0x2013)))
			after++;
		doc->dt.dateline_tok_end = after;
		return 1;
	}
	return 1;
}

/* TempEval-3 writes a range as two expressions: "Dec. 9" and "11" of "from
 * Dec. 9 to 11", "1910" and "1945" of "1910-1945". The first ends at its
 * number; the second starts at the first word or number after the joiner. */
static int emit_range_ends(dctx *c, uint32_t ft, const match *mt)
{
	match a = *mt, b = *mt;
	a.is_interval = b.is_interval = 0;
	b.v = mt->v2;
	a.end_tok = ft;
	while (a.end_tok < mt->end_tok && c->toks[a.end_tok].kind != TK_NUM)
		a.end_tok++;
	a.end_tok++;
	if (a.end_tok < mt->end_tok && ordinal_suffix_at(c, a.end_tok))
		a.end_tok++; /* "August 27th - 29th" */
	uint32_t second = a.end_tok;
	while (second < mt->end_tok && (c->toks[second].kind == TK_PUNCT || is_word(c, second, "to") ||
	                                is_word(c, second, "and") || is_word(c, second, "through") ||
	                                is_word(c, second, "until") || is_word(c, second, "till")))
		second++;
	if (!emit(c, ft, &a))
		return 0;
	return second >= mt->end_tok || emit(c, second, &b);
}

int kcna_find_dates(kcna_doc *doc)
{
	if (!find_dateline(doc))
		return 0;
	if (!doc->has_ref && doc->dt.dateline && doc->dt.dateline->year >= 0) {
		doc->has_ref = 1;
		doc->ref_y = doc->dt.dateline->year;
		doc->ref_m = doc->dt.dateline->month;
		doc->ref_d = doc->dt.dateline->day;
	}
	if (doc->has_ref) {
		dval ref = {doc->ref_y, doc->ref_m, doc->ref_d, G_DAY, 0, 0};
		kcna_format_dval(&ref, doc->ref_str, sizeof doc->ref_str);
	}
	dctx c;
	dctx_init(&c, doc);
	c.has_ref = doc->has_ref;
	c.ry = doc->ref_y;
	c.rm = doc->ref_m;
	c.rd = doc->ref_d;
	c.options = doc->parser->options;
	const segmentation *sg = &doc->seg;
	uint32_t free_from = 0; /* tokens before it belong to a date found */
	/* a date never runs on into the next paragraph ("... this November
	 * 24" and a heading "2000"): matching sees the tokens up to the end of
	 * the cue's paragraph, found by walking the sentences forward once */
	uint32_t all = c.n, para_end = 0, next_sent = 0;
	for (size_t cue = 0; cue < sg->date_cues.count; cue++) {
		uint32_t i = sg->date_cues.items[cue];
		const token *t = &c.toks[i];
		if (i < free_from)
			continue;
		if (i >= para_end) {
			uint32_t para = tok_para(doc, t);
			next_sent = next_sent > t->sent ? next_sent : t->sent;
			while (next_sent < sg->sent_para.count && sg->sent_para.items[next_sent] == para)
				next_sent++;
			para_end = next_sent < sg->sent_first_tok.count ? sg->sent_first_tok.items[next_sent] : all;
		}
		c.n = para_end;
		uint32_t cls = t->cls, capitalised = t->flags & TF_CAP;
		/* a holiday's first word starts one lowercase as a word of its own
		 * ("christmas"); a common word ("new", "good") only where a
		 * holiday's whole name follows ("new year's day", "good friday") */
		int lowercase_holiday = 0;
		uint32_t holiday_opens = capitalised || !(cls & (LX_STOP | LX_GLUE)) ? LX_HOLIDAY : 0;
		if (t->kind == TK_WORD && !(cls & ((LX_DATE_TRIGGER & ~LX_HOLIDAY) | holiday_opens)) &&
		    !((cls & LX_HOLIDAY) && (lexcls(&c, i + 1) & (LX_DATE_TRIGGER | LX_UNIT)) &&
		      (lowercase_holiday = holiday_at(&c, i))))
			continue;
		if (t->kind == TK_WORD && (cls & LX_STOP) && !(capitalised && (cls & (LX_UNIT | LX_HOLIDAY))) && i + 1 < c.n &&
		    !lowercase_holiday && !stop_word_opens_date(&c, i))
			continue;
		match mt;
		c.expr_at = i;
		if (!match_at(&c, i, &mt))
			continue;
		uint32_t first = i - mt.starts_before;
		if (first < free_from)
			first = free_from; /* the words before it belong to the date before */
		if ((c.options & KCNA_OPT_TIMEX3) && mt.is_interval) {
			if (!emit_range_ends(&c, first, &mt))
				return 0;
		} else if (!emit(&c, first, &mt)) {
			return 0;
		}
		free_from = mt.end_tok;
	}
	return 1;
}
