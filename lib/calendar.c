/* Calendar and values: the proleptic Gregorian civil calendar (H.
 * Hinnant's algorithms) and the TIMEX3 value of a date, for the dates
 * stage; no state. */
#include <stdio.h>
#include <string.h>
#include <unicode/ucal.h>
#include "calendar.h"

int kcna_days_in_month(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return (m >= 1 && m <= 12) ? dm[m - 1] : 0;
}

long kcna_days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void kcna_civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

int kcna_weekday_of(int y, int m, int d)
{
	long z = kcna_days_from_civil(y, m, d);
	return (int)((z % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday (3) */
}

void kcna_iso_week_of(int y, int m, int d, int *wy, int *wn)
{
	long z = kcna_days_from_civil(y, m, d);
	int wd = kcna_weekday_of(y, m, d);
	long thursday = z - wd + 3;
	int ty, tm, td;
	kcna_civil_from_days(thursday, &ty, &tm, &td);
	long jan1 = kcna_days_from_civil(ty, 1, 1);
	*wy = ty;
	*wn = (int)((thursday - jan1) / 7 + 1);
}


static const char *SEASON_CODE[] = {"", "SP", "SU", "FA", "WI"};

/* v as at least width digits; negative values (never valid here) as 0. */
static char *put_int(char *o, int v, int width)
{
	char digits[12];
	int k = 0;
	unsigned u = v < 0 ? 0u : (unsigned)v;
	do {
		digits[k++] = (char)('0' + u % 10);
		u /= 10;
	} while (u && k < 10);
	while (k < width)
		digits[k++] = '0';
	while (k)
		*o++ = digits[--k];
	return o;
}

static char *put_str(char *o, const char *s)
{
	while (*s)
		*o++ = *s++;
	return o;
}

/* The TIMEX3 value of v (hand-formatted: this runs for every date). */
void kcna_format_dval(const dval *v, char *out, size_t n)
{
	char buf[32], *o = buf;
	/* a year past 9999 (a day after 9999-12-31) has no ISO 8601 basic
	 * form: it is unknown, never wrapped to 0000 */
	int unknown = v->y < 0 || v->y > 9999;
	if (v->gran == G_DECADE) /* "199" of "1990s" */
		o = unknown ? put_str(o, "XXX") : put_int(o, v->y / 10, 3);
	else if (v->gran == G_CENTURY) /* "19" of "the 20th century" */
		o = unknown ? put_str(o, "XX") : put_int(o, v->y / 100, 2);
	else
		o = unknown ? put_str(o, "XXXX") : put_int(o, v->y, 4);
	switch (v->gran) {
	case G_DAY:
		*o++ = '-';
		o = put_int(o, v->m, 2);
		*o++ = '-';
		o = put_int(o, v->d, 2);
		break;
	case G_WEEKDAY:
		o = put_int(put_str(o, "-WXX-"), v->d, 1);
		break;
	case G_WEEK:
		o = put_int(put_str(o, "-W"), v->week, 2);
		break;
	case G_MONTH:
		*o++ = '-';
		o = put_int(o, v->m, 2);
		break;
	case G_SEASON:
		*o++ = '-';
		o = put_str(o, SEASON_CODE[v->season & 3 ? v->season : 4]);
		break;
	default:
		break;
	}
	size_t len = (size_t)(o - buf);
	if (len >= n)
		len = n - 1;
	memcpy(out, buf, len);
	out[len] = 0;
}


/* Easter Sunday of year y (Gregorian; the anonymous Gregorian computus). */
void kcna_easter(int y, int *m, int *d)
{
	int a = y % 19, b = y / 100, c = y % 100, dd = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - dd - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int mm = (a + 11 * h + 22 * l) / 451;
	*m = (h + l - 7 * mm + 114) / 31;
	*d = (h + l - 7 * mm + 114) % 31 + 1;
}

/* The day of the nth weekday wd (0 = Monday) of month m of year y; n = -1:
 * the last. */
int kcna_nth_weekday(int y, int m, int wd, int n)
{
	if (n < 0) {
		int last = kcna_days_in_month(y, m);
		return last - (kcna_weekday_of(y, m, last) - wd + 7) % 7;
	}
	return 1 + (wd - kcna_weekday_of(y, m, 1) + 7) % 7 + 7 * (n - 1);
}

/* A holiday fixed in another calendar, through ICU's calendars: the
 * Gregorian day in year y of day `day` of month `month` (ICU's 0-based
 * month of that calendar, never a leap month) of the calendar named by
 * `calendar` ("chinese", "islamic-umalqura", "hebrew"). The first such day
 * in y (an Islamic year is shorter than y, so it may hold two). */
int kcna_other_calendar_day(const char *calendar, int month, int day, int y, int *m, int *d)
{
	char locale[48];
	snprintf(locale, sizeof locale, "en@calendar=%s", calendar);
	UErrorCode st = U_ZERO_ERROR;
	static const UChar UTC[] = {'U', 'T', 'C', 0};
	UCalendar *cal = ucal_open(UTC, -1, locale, UCAL_DEFAULT, &st);
	if (U_FAILURE(st))
		return 0;
	const double day_ms = 86400000.0;
	ucal_setMillis(cal, (double)kcna_days_from_civil(y, 1, 1) * day_ms, &st);
	int32_t year0 = ucal_get(cal, UCAL_EXTENDED_YEAR, &st);
	int found = 0;
	for (int32_t ey = year0 - 1; ey <= year0 + 1 && !found && U_SUCCESS(st); ey++) {
		ucal_clear(cal);
		ucal_set(cal, UCAL_EXTENDED_YEAR, ey);
		ucal_set(cal, UCAL_MONTH, month);
		ucal_set(cal, UCAL_IS_LEAP_MONTH, 0);
		ucal_set(cal, UCAL_DATE, day);
		double ms = ucal_getMillis(cal, &st);
		if (U_FAILURE(st))
			break;
		int gy;
		long days = (long)(ms / day_ms + (ms < 0 ? -0.5 : 0.5));
		kcna_civil_from_days(days, &gy, m, d);
		found = gy == y;
	}
	ucal_close(cal);
	return found;
}
