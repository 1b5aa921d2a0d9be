/* Calendar arithmetic and date values (calendar.c): private to the dates
 * stage and its tests. */
#ifndef KCNA_CALENDAR_H
#define KCNA_CALENDAR_H

#include <stddef.h>

/* Civil calendar, proleptic Gregorian. */
int kcna_days_in_month(int y, int m);
long kcna_days_from_civil(int y, int m, int d);
void kcna_civil_from_days(long z, int *y, int *m, int *d);
int kcna_weekday_of(int y, int m, int d); /* 0 = Monday */
void kcna_iso_week_of(int y, int m, int d, int *wy, int *wn);
void kcna_easter(int y, int *m, int *d); /* Easter Sunday (Gregorian computus) */
int kcna_nth_weekday(int y, int m, int wd, int n); /* day of the nth weekday (0 = Monday; n = -1: last) */
/* The Gregorian month and day in year y of a day of another calendar
 * (ICU's: "chinese", "islamic-umalqura", "hebrew"; month 0-based as ICU
 * numbers it); 0 if y holds none or ICU cannot say. */
int kcna_other_calendar_day(const char *calendar, int month, int day, int y, int *m, int *d);

/* A date value as the patterns build it, at a granularity. */
enum gran { G_DAY = 1, G_WEEKDAY, G_WEEK, G_MONTH, G_SEASON, G_YEAR, G_DECADE, G_CENTURY };

typedef struct dval {
	int y, m, d; /* -1 unknown */
	int gran;
	int week;   /* G_WEEK */
	int season; /* 1..4 */
} dval;

/* The TIMEX3 value of v into out (n bytes, NUL-terminated): "2024-08-16",
 * "XXXX-WXX-1", "2024-W32", "2024-SU", "199", "19" ...; a year past 9999
 * is unknown ("XXXX"), never wrapped. */
void kcna_format_dval(const dval *v, char *out, size_t n);

#endif
