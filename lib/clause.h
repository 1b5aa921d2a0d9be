/* Clause helpers (clause.c) and the token-level look-ups they share with
 * attribution: private to the attribution and quotes stages. */
#ifndef KCNA_CLAUSE_H
#define KCNA_CLAUSE_H

#include "internal.h"

/* The mention starting or covering token tok, or NULL. */
static inline const mention *mention_at(const kcna_doc *doc, uint32_t tok)
{
	int32_t m = doc->mn.tok_mention[tok];
	return m < 0 ? NULL : &doc->mn.mentions.items[m];
}

/* A reporting verb outside quotation marks. */
static inline int is_cue(const token *t)
{
	return t->kind == TK_WORD && (t->cls & LX_CUE) && !(t->flags & TF_IN_QUOTE);
}

/* A cue token's role (enum cue_role), from the lexicon's table. */
static inline int cue_role(const token *t)
{
	return tok_lex(t)->val;
}

/* How likely a mention speaks: 3 a person, 2 a body, 1 anything else. */
int kcna_subject_rank(const mention *m);
/* The subject of cue token c: the best-ranked mention before it in
 * [from, c), nearest first; a person ends the search. */
const mention *kcna_subject_before(const kcna_doc *doc, uint32_t from, uint32_t c);
/* Whether the noun phrase starting at token first_tok is a preposition's
 * object ("sent a letter to Russian President Putin"). */
int kcna_is_prepositional_object(const kcna_doc *doc, uint32_t first_tok);
/* Whether cue token c is a participle after a comma ("..., saying", "...,
 * noting that"): its subject is its clause's, not the nearest name. */
int kcna_is_participle_cue(const kcna_doc *doc, uint32_t c);
/* "Russia's war": a possessor, not a subject. */
int kcna_is_possessive(const kcna_doc *doc, const mention *m);
/* The first mention after token c, before token to and within max tokens;
 * NULL if a quotation comes first. */
const mention *kcna_mention_after(const kcna_doc *doc, uint32_t c, uint32_t to, uint32_t max);

/* The last and first tokens of the sentence of token i (a sentence never
 * crosses a paragraph), at most window tokens away: O(1) from the sentence
 * starts, and bounded so that a sentence of megabytes stays linear. */
uint32_t kcna_sentence_last(const kcna_doc *doc, uint32_t i, uint32_t window);
uint32_t kcna_sentence_first(const kcna_doc *doc, uint32_t i, uint32_t window);

#endif
