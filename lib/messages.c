/* Messages stage: letters, greetings and replies between parties as events
 * (GUIDELINES "Messages"), after statements. A message is a naming noun
 * ("letter", "message", "greetings" ...) that a sending or receiving verb
 * or "from ... to" places between parties:
 *   X sent / sends a <message> to Y      sender X, recipient Y
 *   Y received a <message> from X        sender X, recipient Y
 *   a <message> from X to Y, X's <message> to Y
 * A later "the message" without such a verb refers back and is no new
 * message. Its kind comes from the words around the noun ("reply message",
 * "message of condolence"); its date is the first date its sentence cites;
 * its occasion follows "on the occasion of" or "marking"; the block
 * statements its sender's words fill after it are its statements. */
#include <string.h>
#include "internal.h"
#include "clause.h"

/* NAME_REACH: the words before a message's noun that may name it ("a New
 * Year's greeting message"); LIST_WINDOW: a list of parties may name
 * several heads of state by their titles ("from the president of ..., the
 * general secretary of ...") */
enum { NAME_REACH = 5, VERB_WINDOW = 8, PARTY_WINDOW = 14, LIST_WINDOW = 160, SENTENCE_WINDOW = 160 };

static int is_terminal_punct(const token *t)
{
	return t->kind == TK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?' || t->cp == ';' || t->cp == ':');
}

/* A word and the kind of message it says. */
typedef struct word_kind {
	const char *word;
	kcna_message_kind kind;
} word_kind;

/* Naming nouns and the kind each gives by itself. */
static const word_kind NOUNS[] = {
	{"letter", KCNA_MESSAGE_LETTER},       {"letters", KCNA_MESSAGE_LETTER},
	{"message", KCNA_MESSAGE_MESSAGE},     {"messages", KCNA_MESSAGE_MESSAGE},
	{"telegram", KCNA_MESSAGE_MESSAGE},    {"greetings", KCNA_MESSAGE_GREETINGS},
	{"greeting", KCNA_MESSAGE_GREETINGS},  {"congratulations", KCNA_MESSAGE_CONGRATULATIONS},
	{"condolences", KCNA_MESSAGE_CONDOLENCES},
};

/* Words next to the noun that say what kind of message it is. */
static const word_kind MODIFIERS[] = {
	{"reply", KCNA_MESSAGE_REPLY},           {"congratulatory", KCNA_MESSAGE_CONGRATULATIONS},
	{"congratulations", KCNA_MESSAGE_CONGRATULATIONS}, {"condolence", KCNA_MESSAGE_CONDOLENCES},
	{"condolences", KCNA_MESSAGE_CONDOLENCES}, {"condolatory", KCNA_MESSAGE_CONDOLENCES},
	{"sympathy", KCNA_MESSAGE_SYMPATHY},     {"thanks", KCNA_MESSAGE_THANKS},
	{"greeting", KCNA_MESSAGE_GREETINGS},    {"greetings", KCNA_MESSAGE_GREETINGS},
};

static const char *const SEND_VERBS[] = {"sent",     "sends",     "send",      "dispatched", "forwarded",
                                         "conveyed", "convey",    "conveys",   "delivered",  "addressed"};
static const char *const RECEIVE_VERBS[] = {"received", "receives", "receive"};
/* a reply's verbs: "X responded with a letter" */
static const char *const REPLY_VERBS[] = {"responded", "replied", "answered"};
/* what a message's sender is thanked for: "thanks to X for sending / extending ..." */
static const char *const THANKED_VERBS[] = {"sending", "extending", "conveying"};

static int noun_kind(const kcna_doc *doc, const token *t, kcna_message_kind *kind)
{
	if (!(t->cls & LX_MESSAGE) || (t->flags & TF_IN_QUOTE))
		return 0; /* most tokens: one test of the lexicon class */
	for (size_t k = 0; k < sizeof NOUNS / sizeof NOUNS[0]; k++)
		if (tok_is(doc, t, NOUNS[k].word)) {
			*kind = NOUNS[k].kind;
			return 1;
		}
	return 0;
}

/* A modifier among the two words before the noun or after its "of". */
static kcna_message_kind refine_kind(const kcna_doc *doc, uint32_t noun, uint32_t last, kcna_message_kind kind)
{
	const token *toks = doc->seg.toks.items;
	uint32_t probes[4] = {noun >= 1 ? noun - 1 : noun, noun >= 2 ? noun - 2 : noun, noun + 2, noun + 3};
	for (int p = 0; p < 4; p++) {
		uint32_t k = probes[p];
		if (k == noun || k > last || (p >= 2 && !tok_is(doc, &toks[noun + 1], "of")))
			continue;
		for (size_t m = 0; m < sizeof MODIFIERS / sizeof MODIFIERS[0]; m++)
			if (tok_is(doc, &toks[k], MODIFIERS[m].word) && MODIFIERS[m].kind != kind)
				return MODIFIERS[m].kind;
	}
	return kind;
}

/* Words that end a list of parties after "to" or "from". */
static int ends_party_list(const kcna_doc *doc, const token *t)
{
	static const char *const STOPS[] = {"on", "for", "in", "at", "which", "who", "over", "during", "upon", "with"};
	int participle = t->kind == TK_WORD && t->end - t->start > 5 && memcmp(doc->txt.buf + t->end - 3, "ing", 3) == 0;
	return is_terminal_punct(t) || is_cue(t) || participle || /* "expressing", "Reaffirming" */
	       tok_in(doc, t, STOPS, sizeof STOPS / sizeof STOPS[0]);
}

/* A party named by a description, not a name ("from heads of government of
 * different countries", "to the workers"): the lowercase noun phrase at a
 * (after an article) up to a comma or a word that ends the list, at most
 * PHRASE_WORDS words; a speaker of that name. 1 if added, 0 if none, -1
 * on an allocation failure. */
enum { PHRASE_WORDS = 8 };

static int described_party(kcna_doc *doc, uint32_t a, uint32_t last, kcna_message *msg, int sender)
{
	const token *toks = doc->seg.toks.items;
	static const char *const POSSESSIVES[] = {"her", "his", "its", "their"};
	if (tok_article(doc, &toks[a]))
		a++;
	/* "her Indonesian counterpart": the possessive is part of the name */
	int possessive = a < last && tok_in(doc, &toks[a], POSSESSIVES, sizeof POSSESSIVES / sizeof POSSESSIVES[0]);
	uint32_t w = a + possessive;
	if (w > last || toks[w].kind != TK_WORD || (toks[w].flags & TF_IN_QUOTE) || (toks[w].cls & LX_STOP) ||
	    ((toks[w].flags & TF_CAP) && !possessive) || (mention_at(doc, w) && !possessive))
		return 0;
	uint32_t e = w;
	while (e + 1 <= last && e + 1 < a + PHRASE_WORDS && toks[e + 1].kind == TK_WORD &&
	       !(toks[e + 1].flags & TF_IN_QUOTE) &&
	       (!ends_party_list(doc, &toks[e + 1]) ||
	        (tok_is(doc, &toks[e + 1], "in") && e + 2 <= last &&
	         (tok_is(doc, &toks[e + 2], "a") || tok_is(doc, &toks[e + 2], "an"))))) /* "participants in a forum" */
		e++;
	while (e > a && (toks[e].cls & LX_STOP)) /* no "of" or "and" at the end */
		e--;
	kcna_speaker *s = kcna_speaker_for_name(doc, toks[a].start, toks[e].end, KCNA_SPEAKER_ORGANIZATION);
	if (!s)
		return -1;
	return (sender ? VEC_PUSH(&doc->mem, &msg->senders, s) : VEC_PUSH(&doc->mem, &msg->recipients, s)) ? 1 : -1;
}

/* The parties named after the word "word" (to / from) within [a, last]:
 * each name of a list ("from Putin, Xi Jinping and To Lam"), skipping the
 * names inside titles ("president of Russia"). Returns how many it added. */
static int parties_after(kcna_doc *doc, uint32_t a, uint32_t last, const char *word, kcna_message *msg, int sender)
{
	const token *toks = doc->seg.toks.items;
	uint32_t k = a;
	while (k <= last && k < a + PARTY_WINDOW && !tok_is(doc, &toks[k], word))
		k++;
	if (k > last || k >= a + PARTY_WINDOW)
		return 0;
	int added = 0;
	for (uint32_t j = k + 1; j <= last && j < k + 1 + LIST_WINDOW; j++) {
		if (j > k + 1 && ends_party_list(doc, &toks[j]) && !kcna_initial_period(doc, j))
			break;
		const mention *m = mention_at(doc, j);
		if (!m || m->first_tok != j || (toks[j].flags & TF_IN_QUOTE))
			continue;
		/* a new item of the list: after the title run before it ("the
		 * Chinese President") comes the preposition, a comma or "and";
		 * a name inside an appositive title ("general secretary of the
		 * Central Committee") is none */
		uint32_t b = j;
		for (;;) {
			if (b > k + 2 && b + 8 > j && tok_punct(&toks[b - 1], '.') && toks[b - 2].kind == TK_WORD &&
			    toks[b - 2].end - toks[b - 2].start == 1 && (toks[b - 2].flags & TF_CAP))
				b -= 2; /* an initial: "V. Putin" */
			else if (b > k + 1 && b + 8 > j && toks[b - 1].kind == TK_WORD &&
			         ((toks[b - 1].flags & TF_CAP) || (toks[b - 1].cls & LX_TITLE) || tok_is(doc, &toks[b - 1], "the")))
				b--;
			else
				break;
		}
		if (!(b == k + 1 || tok_punct(&toks[b - 1], ',') || tok_is(doc, &toks[b - 1], "and"))) {
			j = m->last_tok;
			continue;
		}
		kcna_speaker *s = kcna_mention_speaker(doc, m);
		int seen = 0;
		for (size_t q = 0; s && q < msg->senders.count; q++)
			seen |= msg->senders.items[q] == s;
		for (size_t q = 0; s && q < msg->recipients.count; q++)
			seen |= msg->recipients.items[q] == s;
		if (s && !seen) {
			if (!(sender ? VEC_PUSH(&doc->mem, &msg->senders, s) : VEC_PUSH(&doc->mem, &msg->recipients, s)))
				return -1;
			added++;
		}
		j = m->last_tok;
	}
	if (!added && k + 2 <= last)
		return described_party(doc, k + 1, last, msg, sender);
	return added;
}

/* The date the message was sent: the first date its sentence cites outside
 * the heading's dateline (the day of the report, not of the message); a
 * cursor that only moves forward keeps the search linear. */
static kcna_date *sentence_date(kcna_doc *doc, uint32_t first, uint32_t noun, uint32_t last, size_t *cursor)
{
	const token *toks = doc->seg.toks.items;
	uint32_t from = toks[first].start, dl = kcna_dateline_end(doc);
	if (dl && dl < doc->seg.toks.count && toks[dl].start > from)
		from = toks[dl].start;
	while (*cursor < doc->dt.found.count && doc->dt.found.items[*cursor].start < from)
		(*cursor)++;
	/* a date that names the message ("a New Year's greeting message") is
	 * not the day it was sent */
	uint32_t p = noun;
	while (p > first && noun - p < NAME_REACH && !is_terminal_punct(&toks[p - 1]) &&
	       !tok_in(doc, &toks[p - 1], SEND_VERBS, sizeof SEND_VERBS / sizeof SEND_VERBS[0]) &&
	       !tok_in(doc, &toks[p - 1], RECEIVE_VERBS, sizeof RECEIVE_VERBS / sizeof RECEIVE_VERBS[0]))
		p--;
	uint32_t phrase = toks[p].start;
	for (size_t k = *cursor; k < doc->dt.found.count && doc->dt.found.items[k].start < toks[last].end; k++) {
		kcna_date *d = &doc->dt.found.items[k];
		if (!(d->start >= phrase && d->end <= toks[noun].start))
			return d;
	}
	return NULL;
}

/* "on the occasion of X", "marking X": X up to a comma or the sentence's end. */
static void find_occasion(kcna_doc *doc, kcna_message *msg, uint32_t from, uint32_t last)
{
	const token *toks = doc->seg.toks.items;
	for (uint32_t k = from; k <= last && k < from + 40; k++) {
		uint32_t start = 0;
		if (tok_is(doc, &toks[k], "occasion") && k + 1 <= last && tok_is(doc, &toks[k + 1], "of"))
			start = k + 2;
		else if (tok_is(doc, &toks[k], "marking"))
			start = k + 1;
		if (!start || start > last)
			continue;
		uint32_t e = start;
		while (e + 1 <= last && !tok_punct(&toks[e + 1], ',') && toks[e + 1].kind != TK_PUNCT)
			e++;
		if (tok_punct(&toks[e], '.'))
			e--;
		msg->has_occasion = 1;
		msg->occasion_start = toks[start].start;
		msg->occasion_end = toks[e].end;
		return;
	}
}

/* "He expressed thanks to X for sending a message": the sender is the one
 * thanked (the first party after the "to" before "for"), the recipient the
 * subject who thanks. 1 when both are found, 0 if not, -1 on an
 * allocation failure. */
static int thanked_sender(kcna_doc *doc, uint32_t for_tok, uint32_t first, uint32_t n, uint32_t last,
                          kcna_message *msg)
{
	const token *toks = doc->seg.toks.items;
	uint32_t to = for_tok;
	while (to > first && for_tok - to < PARTY_WINDOW && !tok_is(doc, &toks[to], "to"))
		to--;
	if (!tok_is(doc, &toks[to], "to"))
		return 0;
	if (tok_is(doc, &toks[to + 1], "you") && doc->msg.found.count) {
		/* a reply letter's "I thank you for sending ...": the message it
		 * replies to went the other way */
		const kcna_message *reply = &doc->msg.found.items[doc->msg.found.count - 1];
		if (!reply->senders.count || !reply->recipients.count)
			return 0;
		return VEC_PUSH(&doc->mem, &msg->senders, reply->recipients.items[0]) &&
		               VEC_PUSH(&doc->mem, &msg->recipients, reply->senders.items[0])
		           ? 1
		           : -1;
	}
	const mention *sender = NULL;
	for (uint32_t k = to + 1; k < for_tok && !sender; k++) {
		const mention *m = mention_at(doc, k);
		if (m && m->first_tok == k && !m->is_pronoun)
			sender = m;
	}
	const mention *thanker = kcna_subject_before(doc, first, to);
	kcna_speaker *s = sender ? kcna_mention_speaker(doc, sender) : NULL;
	kcna_speaker *r = thanker ? kcna_mention_speaker(doc, thanker) : NULL;
	if (!s || !r || s == r)
		return 0;
	if (!VEC_PUSH(&doc->mem, &msg->senders, s))
		return -1;
	/* "... for sending the message to Kim Jong Un": its own recipient */
	int named = parties_after(doc, n + 1, last, "to", msg, 0);
	if (named < 0)
		return -1;
	return named || VEC_PUSH(&doc->mem, &msg->recipients, r) ? 1 : -1;
}

/* The party whose message the noun at n is by a possessive within
 * NAME_REACH words before it: "Putin's letter", "Putin's own New Year's
 * message" (a name's possessive, not the holiday's). */
static kcna_speaker *possessor(const kcna_doc *doc, uint32_t n, uint32_t first)
{
	for (uint32_t k = n; k >= first + 3 && n - k < NAME_REACH + 2; k--) {
		if (!tok_possessive_s(doc, k - 2))
			continue;
		const mention *m = mention_at(doc, k - 3);
		if (m && m->last_tok == k - 3)
			return kcna_mention_speaker(doc, m);
	}
	return NULL;
}

/* Whether the message at noun n of the sentence [first, last] has parties;
 * fills msg. */
static int read_message(kcna_doc *doc, uint32_t n, uint32_t first, uint32_t last, kcna_message *msg)
{
	const token *toks = doc->seg.toks.items;
	uint32_t verb = UINT32_MAX;
	int receive = 0;
	for (uint32_t k = n; k-- > first && k + VERB_WINDOW > n;) {
		if (tok_in(doc, &toks[k], SEND_VERBS, sizeof SEND_VERBS / sizeof SEND_VERBS[0]) ||
		    (k > first && tok_in(doc, &toks[k], THANKED_VERBS, sizeof THANKED_VERBS / sizeof THANKED_VERBS[0]) &&
		     tok_is(doc, &toks[k - 1], "for"))) {
			verb = k; /* "sending" only in "thanks ... for sending": a greeting in person is none */
			break;
		}
		if (tok_in(doc, &toks[k], RECEIVE_VERBS, sizeof RECEIVE_VERBS / sizeof RECEIVE_VERBS[0])) {
			verb = k;
			receive = 1;
			break;
		}
	}
	kcna_speaker *subject = NULL;
	if (verb != UINT32_MAX && verb > first && tok_is(doc, &toks[verb - 1], "for"))
		return thanked_sender(doc, verb - 1, first, n, last, msg); /* "thanks to X for sending a message" */
	if (verb == UINT32_MAX && n >= first + 2 && tok_is(doc, &toks[n - 2], "with") && n >= first + 3 &&
	    tok_in(doc, &toks[n - 3], REPLY_VERBS, sizeof REPLY_VERBS / sizeof REPLY_VERBS[0]))
		verb = n - 2; /* "responded with a letter": "with" stands for the sending verb */
	if (verb != UINT32_MAX) {
		const mention *m = kcna_subject_before(doc, first, verb);
		subject = m ? kcna_mention_speaker(doc, m) : NULL;
	} else {
		subject = possessor(doc, n, first); /* "Putin's letter to Kim", "Putin's own New Year's message" */
	}
	/* the subject first (a sender, or the recipient of "received"), then the
	 * lists after "from" and "to" */
	if (subject && receive && !VEC_PUSH(&doc->mem, &msg->recipients, subject))
		return -1;
	int from = parties_after(doc, n + 1, last, "from", msg, 1);
	/* "a message of the Central Committee to ...": "of" and a party */
	uint32_t of_party = n + 2 + (n + 3 <= last && tok_is(doc, &toks[n + 2], "the"));
	if (!from && n + 2 <= last && tok_is(doc, &toks[n + 1], "of") && of_party <= last && mention_at(doc, of_party) &&
	    mention_at(doc, of_party)->first_tok == of_party)
		from = parties_after(doc, n + 1, last, "of", msg, 1);
	/* "messages and letters sent by personages of ...": named by the passive */
	int passive = 0;
	for (uint32_t k = n + 1; k + 1 <= last && k <= n + 3 && !passive; k++)
		passive = tok_in(doc, &toks[k], SEND_VERBS, sizeof SEND_VERBS / sizeof SEND_VERBS[0]) &&
		          tok_is(doc, &toks[k + 1], "by");
	if (!from && passive)
		from = parties_after(doc, n + 1, last, "by", msg, 1);
	if (from < 0)
		return -1;
	/* "Shoigu conveyed the letter from Putin to Kim": who sends it on behalf
	 * of the one it is from is a messenger, no party */
	if (subject && !receive && !from && !VEC_PUSH(&doc->mem, &msg->senders, subject))
		return -1;
	int to = receive ? 0 : parties_after(doc, n + 1, last, "to", msg, 0);
	if (to < 0)
		return -1;
	if (!to && !receive && verb != UINT32_MAX && verb > first &&
	    tok_in(doc, &toks[verb - 1], REPLY_VERBS, sizeof REPLY_VERBS / sizeof REPLY_VERBS[0]) && doc->msg.found.count) {
		/* "Kim responded with a letter": to the sender of the message before */
		const kcna_message *before = &doc->msg.found.items[doc->msg.found.count - 1];
		if (before->senders.count && msg->senders.count && before->senders.items[0] != msg->senders.items[0] &&
		    !VEC_PUSH(&doc->mem, &msg->recipients, before->senders.items[0]))
			return -1;
	}
	if (passive)
		return 1; /* "sent by": a message, even when its senders are no names */
	if (!msg->senders.count && !msg->recipients.count)
		return 0;
	if (verb == UINT32_MAX && !from && !(subject && to))
		return 0; /* "the message said": a reference back */
	return 1;
}

/* "X and Y exchanged letters / messages": two parties named before the
 * verb give two messages, X to Y and Y to X. 1 if so (msg and back filled),
 * 0 if not, -1 on an allocation failure. */
static int exchange(kcna_doc *doc, uint32_t n, uint32_t first, kcna_message *msg, kcna_message *back)
{
	const token *toks = doc->seg.toks.items;
	uint32_t verb = UINT32_MAX;
	for (uint32_t k = n; k-- > first && k + VERB_WINDOW > n;)
		if (tok_is(doc, &toks[k], "exchanged") || tok_is(doc, &toks[k], "exchange")) {
			verb = k;
			break;
		}
	if (verb == UINT32_MAX)
		return 0;
	kcna_speaker *a = NULL, *b = NULL;
	for (uint32_t k = first; k < verb; k++) { /* the first two parties of the clause */
		const mention *m = mention_at(doc, k);
		if (!m || m->first_tok != k || !m->speaker || m->speaker->kind == KCNA_SPEAKER_MEDIA)
			continue;
		kcna_speaker *s = kcna_mention_speaker(doc, m);
		if (s && !a)
			a = s;
		else if (s && s != a && !b)
			b = s;
		k = m->last_tok;
	}
	if (!a || !b)
		return 0;
	memset(back, 0, sizeof *back);
	back->doc = doc;
	if (!VEC_PUSH(&doc->mem, &msg->senders, a) || !VEC_PUSH(&doc->mem, &msg->recipients, b) ||
	    !VEC_PUSH(&doc->mem, &back->senders, b) || !VEC_PUSH(&doc->mem, &back->recipients, a))
		return -1;
	return 1;
}

/* The block statements of the message's sender from byte after up to
 * until; *cursor moves forward only (messages and statements are both in
 * text order), so linking all messages is linear. */
static int link_statements(kcna_doc *doc, kcna_message *msg, uint32_t after, uint32_t until, size_t *cursor)
{
	while (*cursor < doc->st.found.count && doc->st.found.items[*cursor].start < after)
		(*cursor)++;
	for (size_t i = *cursor; i < doc->st.found.count && doc->st.found.items[i].start < until; i++) {
		const kcna_statement *st = &doc->st.found.items[i];
		if (msg->senders.count && st->speaker == msg->senders.items[0] && st->kind == KCNA_STATEMENT_BLOCK &&
		    !VEC_PUSH(&doc->mem, &msg->statements, i))
			return 0;
	}
	return 1;
}

int kcna_find_messages(kcna_doc *doc)
{
	const token *toks = doc->seg.toks.items;
	uint32_t n = (uint32_t)doc->seg.toks.count;
	size_t date_cursor = 0;
	const uint32_t *cues = doc->seg.speech_cues.items;
	size_t ci = 0, cn = doc->seg.speech_cues.count;
	for (uint32_t i = 0; i < n; i++) { /* a headline or caption above the dateline names messages too */
		while (ci < cn && (cues[ci] < i || !(toks[cues[ci]].cls & LX_MESSAGE))) /* the tokenizer's list */
			ci++;
		if (ci >= cn)
			break;
		i = cues[ci];
		kcna_message_kind kind;
		if (!noun_kind(doc, &toks[i], &kind))
			continue;
		uint32_t first = kcna_sentence_first(doc, i, SENTENCE_WINDOW);
		uint32_t last = kcna_sentence_last(doc, i, SENTENCE_WINDOW);
		kcna_message msg, back;
		memset(&msg, 0, sizeof msg);
		msg.doc = doc;
		int exchanged = 0, r = read_message(doc, i, first, last, &msg);
		if (r == 0 && (r = exchange(doc, i, first, &msg, &back)) == 1)
			exchanged = 1; /* "X and Y exchanged letters": one each way */
		if (r < 0)
			return 0;
		if (!r)
			continue;
		msg.kind = refine_kind(doc, i, last, kind);
		/* the noun phrase: modifiers before the noun */
		uint32_t head = i;
		while (head > first && i - head < 2 && toks[head - 1].kind == TK_WORD && !(toks[head - 1].cls & LX_STOP) &&
		       !(toks[head - 1].cls & LX_CUE) && !mention_at(doc, head - 1))
			head--;
		msg.start = toks[head].start;
		msg.end = toks[i].end;
		msg.text = kcna_text_span_string(&doc->txt, &doc->mem, msg.start, msg.end);
		msg.date = sentence_date(doc, first, i, last, &date_cursor);
		find_occasion(doc, &msg, i, last);
		if (!msg.text || !VEC_PUSH(&doc->mem, &doc->msg.found, msg))
			return 0;
		if (exchanged) {
			back.kind = msg.kind;
			back.start = msg.start;
			back.end = msg.end;
			back.text = msg.text;
			back.date = msg.date;
			back.has_occasion = msg.has_occasion;
			back.occasion_start = msg.occasion_start;
			back.occasion_end = msg.occasion_end;
			if (!VEC_PUSH(&doc->mem, &doc->msg.found, back))
				return 0;
		}
		i = last; /* one message per sentence: "a message of greetings" is one */
	}
	size_t cursor = 0;
	for (size_t k = 0; k < doc->msg.found.count; k++) {
		kcna_message *m = &doc->msg.found.items[k];
		uint32_t until = k + 1 < doc->msg.found.count ? doc->msg.found.items[k + 1].start : UINT32_MAX;
		if (!link_statements(doc, m, m->end, until, &cursor))
			return 0;
	}
	return !doc->mem.failed;
}
