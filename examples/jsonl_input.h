/* Minimal reader for JSON Lines input ({"text": ..., "date": ...} per line),
 * shared by the CLI and the benchmark. Not part of the library. */
#ifndef KCNA_JSONL_INPUT_H
#define KCNA_JSONL_INPUT_H
#include <stddef.h>

/* Finds the top-level string member `key` in one JSON object line and
 * unescapes it into a malloc'd NUL-terminated buffer (*out, *out_len).
 * Returns 1 if found, 0 if absent, -1 on malformed JSON or no memory. */
int jsonl_get_string(const char *line, size_t len, const char *key, char **out, size_t *out_len);

/* The record's other members, raw ("\"id\": 7, \"src\": \"kcna\""), without
 * the nskip keys in skip: a malloc'd NUL-terminated string (*out, *out_len;
 * may be empty). Returns 1, or -1 on malformed JSON or no memory. */
int jsonl_members_except(const char *line, size_t len, const char *const *skip, size_t nskip, char **out,
                         size_t *out_len);

#endif
