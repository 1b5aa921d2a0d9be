/* Unwrapping: decides per document whether its lines are hard-wrapped (wire
 * copy, e-mail, text from PDF) and, if so, which line breaks only wrap a
 * paragraph. Those read as spaces in the working copy, so every later
 * stage (tokens, ICU sentences, quotes) sees one paragraph; the caller's
 * bytes and every offset are unchanged, and reported text keeps the
 * original line break (kcna_text_span_string).
 *
 * The decision, from the document's lines (doc/design.md "Wrapped text"):
 *  - wrapped when at most one line in twenty is longer than WRAP_MAX_CHARS
 *    characters, and at least a third of the breaks between two non-blank
 *    lines fall mid-sentence (the line ends in a letter, digit, comma,
 *    semicolon or hyphen, and the next starts with a lowercase letter, a
 *    digit or an opening quote or bracket);
 *  - in wrapped text a paragraph still ends at a blank line, before a line
 *    that starts with indentation or a dateline ("Seoul, Dec. 27 (Yonhap)"),
 *    and after a line that ends a sentence well short of the wrap width.
 * Unwrapped text keeps every line break as a paragraph break. */
#include <string.h>
#include "internal.h"

enum { WRAP_MAX_CHARS = 110 };

typedef struct line {
	uint32_t start, end; /* without the line break; end excludes a trailing CR */
	uint32_t chars;      /* characters (UTF-8 lead bytes), or bytes far from WRAP_MAX_CHARS */
} line;

static int is_blank(const char *s, const line *l)
{
	for (uint32_t i = l->start; i < l->end; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v')
			return 0;
	return 1;
}

/* The last byte of the line that is not a space, or 0. */
static unsigned char last_byte(const char *s, const line *l)
{
	uint32_t e = l->end;
	while (e > l->start && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	return e > l->start ? (unsigned char)s[e - 1] : 0;
}

static int ends_mid_sentence(const char *s, const line *l)
{
	unsigned char c = last_byte(s, l);
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == ';' ||
	       c == '-';
}

static int starts_continuation(const char *s, const line *l)
{
	if (l->start >= l->end)
		return 0;
	unsigned char c = (unsigned char)s[l->start];
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(')
		return 1;
	/* “ ‘ (E2 80 9C / 98) */
	return c == 0xE2 && l->end - l->start >= 3 && (unsigned char)s[l->start + 1] == 0x80 &&
	       ((unsigned char)s[l->start + 2] == 0x9C || (unsigned char)s[l->start + 2] == 0x98);
}

/* Ends with . ! ? perhaps followed by a closing quote or bracket. */
static int ends_sentence(const char *s, const line *l)
{
	uint32_t e = l->end;
	while (e > l->start && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	for (int k = 0; k < 2 && e > l->start; k++) {
		unsigned char c = (unsigned char)s[e - 1];
		if (c == '.' || c == '!' || c == '?')
			return 1;
		if (c == '"' || c == '\'' || c == ')')
			e--;
		else if (e - l->start >= 3 && (c == 0x9D || c == 0x99) && (unsigned char)s[e - 2] == 0x80 &&
		         (unsigned char)s[e - 3] == 0xE2)
			e -= 3; /* ” or ’ */
		else
			return 0;
	}
	return 0;
}

/* "Seoul, Dec. 27 (NationPress)", "PYONGYANG, August 16 (KCNA) --": a
 * capitalised place of up to four words, a comma, a capitalised word and a
 * number, near the line's start. */
static int starts_with_dateline(const char *s, const line *l)
{
	uint32_t i = l->start, e = l->end < l->start + 48 ? l->end : l->start + 48;
	for (int words = 0;; words++) {
		if (words == 4 || i >= e || !(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
		while (i < e && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
			i++;
		if (i < e && s[i] == ',')
			break;
		if (i >= e || s[i] != ' ')
			return 0;
		i++;
	}
	i++; /* the comma */
	while (i < e && s[i] == ' ')
		i++;
	if (i >= e || !(s[i] >= 'A' && s[i] <= 'Z'))
		return 0;
	while (i < e && ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
		i++;
	if (i < e && s[i] == '.')
		i++;
	while (i < e && s[i] == ' ')
		i++;
	return i < e && s[i] >= '1' && s[i] <= '9';
}

/* Characters in [a, b): bytes less UTF-8 continuation bytes (10xxxxxx),
 * eight bytes at a time. */
static uint32_t count_chars(const char *s, uint32_t a, uint32_t b)
{
	uint32_t cont = 0, i = a;
	for (; i + 8 <= b; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		/* one bit per continuation byte, summed into the top byte by one
		 * multiply (no popcount instruction in the baseline x86-64 ISA) */
		cont += (uint32_t)((((w & ~(w << 1) & 0x8080808080808080ull) >> 7) * 0x0101010101010101ull) >> 56);
	}
	for (; i < b; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return (b - a) - cont;
}

/* One line at a time over the working copy: two lines of look-behind are
 * all either pass needs. */
static int next_line(const char *s, uint32_t len, uint32_t *pos, line *out)
{
	if (*pos >= len)
		return 0;
	const char *nl = memchr(s + *pos, '\n', len - *pos);
	uint32_t end = nl ? (uint32_t)(nl - s) : len;
	out->start = *pos;
	out->end = end > *pos && s[end - 1] == '\r' ? end - 1 : end;
	/* characters matter only near WRAP_MAX_CHARS: a line of at most that
	 * many bytes has at most that many characters, one of more than four
	 * times that many bytes has more; only the lines between are counted */
	uint32_t bytes = out->end - out->start;
	out->chars = bytes <= WRAP_MAX_CHARS || bytes > 4 * WRAP_MAX_CHARS ? bytes
	                                                                    : count_chars(s, out->start, out->end);
	*pos = nl ? end + 1 : len;
	return 1;
}

/* The non-blank lines in order: cur, and prev when no blank line came
 * between them (have_prev). */
typedef struct line_walk {
	uint32_t pos;
	line prev, cur;
	int have_prev, started;
} line_walk;

static int next_nonblank(const char *s, uint32_t len, line_walk *w)
{
	w->have_prev = w->started;
	w->prev = w->cur;
	while (next_line(s, len, &w->pos, &w->cur)) {
		if (!is_blank(s, &w->cur)) {
			w->started = 1;
			return 1;
		}
		w->have_prev = 0;
	}
	return 0;
}

static int is_wrapped(const char *s, uint32_t len, uint32_t *width)
{
	/* an upper bound on the non-blank lines, so that the scan stops at the
	 * first long line that settles it (most news is unwrapped, in long lines) */
	uint32_t max_lines = 1;
	for (const char *p = s, *end = s + len; (p = memchr(p, '\n', (size_t)(end - p))); p++)
		max_lines++;
	uint32_t lines = 0, long_lines = 0, breaks = 0, mid = 0, widest = 0;
	line_walk w = {0};
	while (next_nonblank(s, len, &w)) {
		lines++;
		if (w.cur.chars > WRAP_MAX_CHARS && ++long_lines * 20 > max_lines)
			return 0;
		else if (w.cur.chars > widest)
			widest = w.cur.chars;
		if (w.have_prev) {
			breaks++;
			mid += ends_mid_sentence(s, &w.prev) && starts_continuation(s, &w.cur);
		}
	}
	*width = widest;
	return lines >= 2 && long_lines * 20 <= lines && mid >= 1 && mid * 3 >= breaks;
}

int kcna_unwrap_lines(kcna_doc *doc)
{
	char *s = doc->txt.buf;
	uint32_t len = doc->txt.len, width;
	if (!memchr(s, '\n', len) || !is_wrapped(s, len, &width))
		return 1;
	line_walk w = {0};
	while (next_nonblank(s, len, &w)) {
		const line *prev = &w.prev, *cur = &w.cur;
		int paragraph_break = !w.have_prev || s[cur->start] == ' ' || s[cur->start] == '\t' ||
		                      starts_with_dateline(s, cur) ||
		                      (ends_sentence(s, prev) && prev->chars * 4 < width * 3);
		if (!paragraph_break) {
			/* the break between prev and cur (a CR, then the LF) reads as spaces */
			for (uint32_t i = prev->end; i < cur->start; i++)
				s[i] = ' ';
			doc->txt.joined_lines = 1;
		}
	}
	return 1;
}
