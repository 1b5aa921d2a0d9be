/* The attribution stage's candidates and features, shared with the
 * training tool (tools/kcna_candidates.c) so that training and run time
 * read the same features. Not installed. */
#ifndef KCNA_ATTRIBUTION_H
#define KCNA_ATTRIBUTION_H

#include "internal.h"

/* The features of a candidate speaker for a quote, each 0 or 1. The names
 * key the learned weights (lib/attribution_weights.inc, written by
 * tools/train_attribution.py), so renaming one needs retraining.
 * Plain features hold wherever the mention is. */
#define PLAIN_FEATURES(X) \
	/* the hand ranking's routes that found this candidate */ \
	X(HAND_WINNER, "hand-winner") \
	X(HAND_AFTER_SAY, "hand-after-say") \
	X(HAND_AFTER_MEDIA_SAY, "hand-after-media-say") \
	X(HAND_AFTER_QUOTE_AS, "hand-after-quote-as") \
	X(HAND_AFTER_ACCORDING_TO, "hand-after-according-to") \
	X(HAND_BEFORE_SAY, "hand-before-say") \
	X(HAND_BEFORE_QUOTE_AS, "hand-before-quote-as") \
	X(HAND_BEFORE_ACCORDING_TO, "hand-before-according-to") \
	X(HAND_SOURCE, "hand-source") \
	X(HAND_WORK, "hand-work") \
	X(HAND_PREVIOUS, "hand-previous") \
	/* where the mention is */ \
	X(SAME_SENTENCE_BEFORE, "same-sentence-before") \
	X(SAME_SENTENCE_AFTER, "same-sentence-after") \
	X(PREVIOUS_SENTENCE, "previous-sentence") \
	X(NEXT_SENTENCE, "next-sentence") \
	X(PREVIOUS_PARAGRAPH, "previous-paragraph") \
	X(LEADS_IN_WITH_COLON, "leads-in-with-colon") \
	X(NEAREST_BEFORE, "nearest-before") \
	X(NEAREST_AFTER, "nearest-after") \
	/* what the document said of the speaker before */ \
	X(KNOWN_ENTITY, "known-entity") \
	X(MEDIA_WITH_PERSON_NEAR, "media-with-person-near") \
	X(MEDIA_CHANNEL, "media-channel") \
	X(PREVIOUS_SPEAKER, "previous-speaker") \
	X(PREVIOUS_SPEAKER_ONLY, "previous-speaker-only") \
	X(PREVIOUS_SPEAKER_NO_CUE, "previous-speaker-no-cue") \
	X(ALREADY_QUOTED, "already-quoted") \
	X(DOCUMENT_AUTHOR, "document-author") \
	X(STATEMENT_SUBJECT, "statement-subject") \
	X(DESCRIBED_BY_QUOTE, "described-by-quote") \
	X(DESCRIBER, "describer") \
	/* the "no speaker" choice: the quote's own evidence */ \
	X(NONE_BIAS, "none-bias") \
	X(NONE_SHORT_QUOTE, "none-short-quote") \
	X(NONE_NO_CUE, "none-no-cue") \
	X(NONE_OPENS_SENTENCE, "none-opens-sentence") \
	X(NONE_STATEMENT, "none-statement")

/* Zoned features count separately by where the mention is: before the
 * quote in its sentence, after it, or in a neighbouring sentence ("said
 * X" is a speaker after a quote, rarely before one). */
#define ZONED_FEATURES(X) \
	X(DISTANCE_0_3, "distance-0-3") \
	X(DISTANCE_4_8, "distance-4-8") \
	X(DISTANCE_9_15, "distance-9-15") \
	X(DISTANCE_16_30, "distance-16-30") \
	X(DISTANCE_OVER_30, "distance-over-30") \
	X(QUOTE_BETWEEN, "quote-between") \
	/* the cue next to it, and what the mention is to the cue */ \
	X(CUE_AFTER_SAY, "cue-after-say") \
	X(CUE_AFTER_QUOTE_AS, "cue-after-quote-as") \
	X(CUE_BEFORE_SAY, "cue-before-say") \
	X(CUE_BEFORE_QUOTE_AS, "cue-before-quote-as") \
	X(ACCORDING_TO_BEFORE, "according-to-before") \
	X(CUE_BETWEEN, "cue-between") \
	X(CUE_NEXT_TO_QUOTE, "cue-next-to-quote") \
	X(SUBJECT_OF_CUE, "subject-of-cue") \
	X(PREPOSITIONAL_OBJECT, "prepositional-object") \
	X(POSSESSOR, "possessor") \
	X(IN_APPOSITIVE, "in-appositive") \
	X(SENTENCE_START, "sentence-start") \
	/* what it is */ \
	X(KIND_PERSON, "kind-person") \
	X(KIND_ORGANIZATION, "kind-organization") \
	X(KIND_MEDIA, "kind-media") \
	X(KIND_COUNTRY, "kind-country") \
	X(KIND_OTHER, "kind-other") \
	X(PRONOUN, "pronoun") \
	X(DESCRIPTION, "description")

enum feature_zone { ZONE_BEFORE, ZONE_AFTER, ZONE_OTHER, ZONE_COUNT };

enum attribution_feature {
#define X(id, name) FEAT_##id,
	PLAIN_FEATURES(X)
#undef X
#define X(id, name) FEAT_##id##_AT_BEFORE, FEAT_##id##_AT_AFTER, FEAT_##id##_AT_OTHER,
	ZONED_FEATURES(X)
#undef X
	FEATURE_COUNT
};

_Static_assert(FEATURE_COUNT <= 128, "candidate_view.seen holds 128 feature bits");

/* What is ranked: one candidate set and feature list, a weight table each. */
enum ranked_kind { RANKED_QUOTE, RANKED_STATEMENT, RANKED_KINDS };

/* Zoned feature id (the _AT_BEFORE one) in zone z. */
#define ZONED(id, z) ((int)FEAT_##id##_AT_BEFORE + (int)(z))

/* The name of feature f, NULL past the last. */
const char *kcna_attribution_feature_name(size_t f);

enum { MAX_CANDIDATES = 8, MAX_ACTIVE_FEATURES = 32 };

/* A candidate speaker: a mention near the quote (or, with no mention, the
 * previous quote's speaker or the document's author) and its features. */
typedef struct candidate_view {
	const mention *m; /* NULL for a speaker carried from before */
	kcna_speaker *speaker;
	uint8_t features[MAX_ACTIVE_FEATURES];
	uint64_t seen[2]; /* the features as bits: each is added once */
	uint8_t feature_count;
	uint8_t zone; /* enum feature_zone */
	uint8_t channel; /* a medium that carried the words ("according to KCNA",
	                    "KCNA quoted X as saying"): chosen only when no other
	                    candidate beats "no speaker" */
	float score;
} candidate_view;

typedef struct quote_candidates {
	candidate_view items[MAX_CANDIDATES];
	size_t count;
	uint8_t none_features[8]; /* the "no speaker" choice (the NONE_ features) */
	uint8_t none_feature_count;
	float none_score;
} quote_candidates;

/* The candidates of every quote, in quote order, then of every indirect
 * statement (its content standing for the quote: statement = 1), as the
 * attribution stage ranks them (for tools/kcna_candidates.c), on a parsed
 * doc; the speakers are ranked again, to the same result. */
typedef void (*candidate_visitor)(void *ctx, const kcna_doc *doc, const kcna_quote *q, const quote_candidates *cs,
                                  int statement);
void kcna_attribution_visit(kcna_doc *doc, candidate_visitor visit, void *ctx);

#endif
