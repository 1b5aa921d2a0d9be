#include "json_check.h"

typedef struct {
	const unsigned char *p, *end;
} cursor;

static void skip_ws(cursor *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
		c->p++;
}

static int literal(cursor *c, const char *word)
{
	for (; *word; word++, c->p++)
		if (c->p >= c->end || *c->p != (unsigned char)*word)
			return 0;
	return 1;
}

static int is_hex(unsigned char ch)
{
	return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

static int string(cursor *c)
{
	const unsigned char *start;
	if (c->p >= c->end || *c->p != '"')
		return 0;
	start = ++c->p;
	while (c->p < c->end && *c->p != '"') {
		if (*c->p < 0x20)
			return 0;
		if (*c->p == '\\') {
			c->p++;
			if (c->p >= c->end)
				return 0;
			if (*c->p == 'u') {
				for (int i = 1; i <= 4; i++)
					if (c->p + i >= c->end || !is_hex(c->p[i]))
						return 0;
				c->p += 4;
			} else if (!(*c->p == '"' || *c->p == '\\' || *c->p == '/' || *c->p == 'b' ||
			             *c->p == 'f' || *c->p == 'n' || *c->p == 'r' || *c->p == 't')) {
				return 0;
			}
		}
		c->p++;
	}
	if (c->p >= c->end || !utf8_check((const char *)start, (size_t)(c->p - start)))
		return 0;
	c->p++;
	return 1;
}

static int number(cursor *c)
{
	const unsigned char *start = c->p;
	if (c->p < c->end && *c->p == '-')
		c->p++;
	if (c->p >= c->end || *c->p < '0' || *c->p > '9')
		return 0;
	if (*c->p == '0')
		c->p++;
	else
		while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
			c->p++;
	if (c->p < c->end && *c->p == '.') {
		c->p++;
		if (c->p >= c->end || *c->p < '0' || *c->p > '9')
			return 0;
		while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
			c->p++;
	}
	if (c->p < c->end && (*c->p == 'e' || *c->p == 'E')) {
		c->p++;
		if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
			c->p++;
		if (c->p >= c->end || *c->p < '0' || *c->p > '9')
			return 0;
		while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
			c->p++;
	}
	return c->p > start;
}

static int value(cursor *c, int depth)
{
	if (depth > JSON_CHECK_MAX_DEPTH)
		return 0;
	skip_ws(c);
	if (c->p >= c->end)
		return 0;
	switch (*c->p) {
	case '{':
	case '[': {
		unsigned char close = *c->p == '{' ? '}' : ']';
		int object = close == '}';
		c->p++;
		skip_ws(c);
		if (c->p < c->end && *c->p == close) {
			c->p++;
			return 1;
		}
		for (;;) {
			if (object) {
				skip_ws(c);
				if (!string(c))
					return 0;
				skip_ws(c);
				if (c->p >= c->end || *c->p != ':')
					return 0;
				c->p++;
			}
			if (!value(c, depth + 1))
				return 0;
			skip_ws(c);
			if (c->p < c->end && *c->p == ',') {
				c->p++;
				continue;
			}
			if (c->p < c->end && *c->p == close) {
				c->p++;
				return 1;
			}
			return 0;
		}
	}
	case '"':
		return string(c);
	case 't':
		return literal(c, "true");
	case 'f':
		return literal(c, "false");
	case 'n':
		return literal(c, "null");
	default:
		return number(c);
	}
}

int json_check(const char *buf, size_t len)
{
	cursor c = {(const unsigned char *)buf, (const unsigned char *)buf + len};
	if (!value(&c, 0))
		return 0;
	skip_ws(&c);
	return c.p == c.end;
}

int utf8_check(const char *buf, size_t len)
{
	const unsigned char *s = (const unsigned char *)buf, *end = s + len;
	while (s < end) {
		unsigned char b = *s;
		size_t n;
		unsigned cp;
		if (b < 0x80) {
			s++;
			continue;
		} else if (b >= 0xC2 && b <= 0xDF) {
			n = 1, cp = b & 0x1F;
		} else if (b >= 0xE0 && b <= 0xEF) {
			n = 2, cp = b & 0x0F;
		} else if (b >= 0xF0 && b <= 0xF4) {
			n = 3, cp = b & 0x07;
		} else {
			return 0;
		}
		if ((size_t)(end - s) <= n)
			return 0;
		for (size_t i = 1; i <= n; i++) {
			if ((s[i] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		s += n + 1;
	}
	return 1;
}
