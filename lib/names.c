/* Enum names: the one place that spells each kind, type and modifier as
 * the JSON and the bindings write it. Used by api.c's callers and json.c. */
#include "kcnaparse/kcnaparse.h"

const char *kcna_speaker_kind_name(kcna_speaker_kind k)
{
	static const char *N[] = {"person", "organization", "media", "country"};
	return (unsigned)k < 4 ? N[k] : NULL;
}

const char *kcna_quote_kind_name(kcna_quote_kind k)
{
	static const char *N[] = {"full", "partial", "term"};
	return (unsigned)k < 3 ? N[k] : NULL;
}

const char *kcna_date_type_name(kcna_date_type t)
{
	static const char *N[] = {"DATE", "TIME", "DURATION", "SET"};
	return (unsigned)t < 4 ? N[t] : NULL;
}

const char *kcna_date_mod_name(kcna_date_mod m)
{
	static const char *N[] = {NULL, "EARLY", "MID", "LATE", "START", "END", "APPROX", "LESS_THAN", "MORE_THAN"};
	return (unsigned)m < 9 ? N[m] : NULL;
}

const char *kcna_statement_kind_name(kcna_statement_kind k)
{
	static const char *N[] = {"indirect", "block"};
	return (unsigned)k < 2 ? N[k] : NULL;
}

const char *kcna_message_kind_name(kcna_message_kind k)
{
	static const char *N[] = {"letter", "message", "greetings", "congratulations", "condolences",
	                          "sympathy", "reply", "thanks", "other"};
	return (unsigned)k < 9 ? N[k] : NULL;
}
