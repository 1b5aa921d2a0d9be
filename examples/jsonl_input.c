#include "jsonl_input.h"
#include <stdlib.h>
#include <string.h>

static size_t skip_ws(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	return i;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 32) >= 'a' && (c | 32) <= 'f')
		return (c | 32) - 'a' + 10;
	return -1;
}

static void put_utf8(char *o, size_t *k, unsigned cp)
{
	if (cp < 0x80) {
		o[(*k)++] = (char)cp;
	} else if (cp < 0x800) {
		o[(*k)++] = (char)(0xC0 | (cp >> 6));
		o[(*k)++] = (char)(0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		o[(*k)++] = (char)(0xE0 | (cp >> 12));
		o[(*k)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[(*k)++] = (char)(0x80 | (cp & 0x3F));
	} else {
		o[(*k)++] = (char)(0xF0 | (cp >> 18));
		o[(*k)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
		o[(*k)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[(*k)++] = (char)(0x80 | (cp & 0x3F));
	}
}

/* Parses a JSON string starting at s[i] == '"'. Writes into o (may be NULL to
 * just skip). Returns the index after the closing quote, or 0 on error. */
static size_t parse_string(const char *s, size_t i, size_t n, char *o, size_t *olen)
{
	size_t k = 0;
	i++;
	while (i < n && s[i] != '"') {
		if (s[i] != '\\') {
			if (o)
				o[k] = s[i];
			k++;
			i++;
			continue;
		}
		if (++i >= n)
			return 0;
		char e = s[i++];
		unsigned cp = 0;
		switch (e) {
		case 'n': cp = '\n'; break;
		case 't': cp = '\t'; break;
		case 'r': cp = '\r'; break;
		case 'b': cp = '\b'; break;
		case 'f': cp = '\f'; break;
		case '/': case '\\': case '"': cp = (unsigned char)e; break;
		case 'u': {
			if (i + 4 > n)
				return 0;
			for (int h = 0; h < 4; h++) {
				int v = hexval(s[i + h]);
				if (v < 0)
					return 0;
				cp = cp * 16 + (unsigned)v;
			}
			i += 4;
			if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u') {
				unsigned lo = 0;
				for (int h = 0; h < 4; h++) {
					int v = hexval(s[i + 2 + h]);
					if (v < 0)
						return 0;
					lo = lo * 16 + (unsigned)v;
				}
				if (lo >= 0xDC00 && lo < 0xE000) {
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					i += 6;
				}
			}
			if (cp >= 0xD800 && cp < 0xE000)
				cp = 0xFFFD;
			break;
		}
		default: return 0;
		}
		char tmp[4];
		size_t t = 0;
		put_utf8(tmp, &t, cp);
		if (o)
			memcpy(o + k, tmp, t);
		k += t;
	}
	if (i >= n)
		return 0;
	if (olen)
		*olen = k;
	return i + 1;
}

static size_t skip_value(const char *s, size_t i, size_t n)
{
	int depth = 0;
	while (i < n) {
		char c = s[i];
		if (c == '"') {
			i = parse_string(s, i, n, NULL, NULL);
			if (!i)
				return 0;
			if (depth == 0)
				return i;
			continue;
		}
		if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']') {
			if (depth == 0)
				return i;
			depth--;
		} else if (c == ',' && depth == 0)
			return i;
		i++;
	}
	return depth == 0 ? i : 0;
}

int jsonl_get_string(const char *s, size_t n, const char *key, char **out, size_t *out_len)
{
	size_t i = skip_ws(s, 0, n);
	if (i >= n || s[i] != '{')
		return -1;
	i++;
	size_t klen = strlen(key);
	for (;;) {
		i = skip_ws(s, i, n);
		if (i < n && s[i] == '}')
			return 0;
		if (i >= n || s[i] != '"')
			return -1;
		size_t kstart = i + 1;
		size_t after = parse_string(s, i, n, NULL, NULL);
		if (!after)
			return -1;
		int match = (after - kstart - 1 == klen) && memcmp(s + kstart, key, klen) == 0;
		i = skip_ws(s, after, n);
		if (i >= n || s[i] != ':')
			return -1;
		i = skip_ws(s, i + 1, n);
		if (match && i < n && s[i] == '"') {
			size_t len = 0;
			if (!parse_string(s, i, n, NULL, &len))
				return -1;
			char *o = malloc(len + 1);
			if (!o)
				return -1;
			parse_string(s, i, n, o, &len);
			o[len] = 0;
			*out = o;
			*out_len = len;
			return 1;
		}
		i = skip_value(s, i, n);
		if (!i)
			return -1;
		i = skip_ws(s, i, n);
		if (i < n && s[i] == ',') {
			i++;
			continue;
		}
		return (i < n && s[i] == '}') ? 0 : -1;
	}
}

int jsonl_members_except(const char *s, size_t n, const char *const *skip, size_t nskip, char **out, size_t *out_len)
{
	size_t i = skip_ws(s, 0, n);
	if (i >= n || s[i] != '{')
		return -1;
	i++;
	char *o = malloc(2 * n + 1); /* each member may gain the spaces after ':' and ',' */
	size_t k = 0;
	if (!o)
		return -1;
	for (;;) {
		i = skip_ws(s, i, n);
		if (i < n && s[i] == '}')
			break;
		if (i >= n || s[i] != '"')
			goto bad;
		size_t kstart = i, after = parse_string(s, i, n, NULL, NULL);
		if (!after)
			goto bad;
		int dropped = 0;
		for (size_t q = 0; q < nskip && !dropped; q++)
			dropped = after - kstart - 2 == strlen(skip[q]) && memcmp(s + kstart + 1, skip[q], after - kstart - 2) == 0;
		i = skip_ws(s, after, n);
		if (i >= n || s[i] != ':')
			goto bad;
		size_t vstart = skip_ws(s, i + 1, n);
		size_t vend = skip_value(s, vstart, n);
		if (!vend || vend == vstart)
			goto bad;
		while (vend > vstart && (s[vend - 1] == ' ' || s[vend - 1] == '\t' || s[vend - 1] == '\r' || s[vend - 1] == '\n'))
			vend--;
		if (!dropped) {
			if (k) {
				memcpy(o + k, ", ", 2);
				k += 2;
			}
			memcpy(o + k, s + kstart, after - kstart);
			k += after - kstart;
			memcpy(o + k, ": ", 2);
			k += 2;
			memcpy(o + k, s + vstart, vend - vstart);
			k += vend - vstart;
		}
		i = skip_ws(s, skip_value(s, vstart, n), n);
		if (i < n && s[i] == ',') {
			i++;
			continue;
		}
		if (i < n && s[i] == '}')
			break;
		goto bad;
	}
	o[k] = 0;
	*out = o;
	*out_len = k;
	return 1;
bad:
	free(o);
	return -1;
}
