/* Lexicon stage: word tables as data, looked up by hashing the lowercased
 * token. The table is built once per parser and never written afterwards, so
 * parses on many threads share it without locks. */
#include <string.h>
#include "internal.h"

#define W(word, cls, val) {word, cls, val, NULL}
/* A reporting verb; val is its cue_role (internal.h): what its subject and
 * object are to the words it reports. */
#define CUE(word, base) {word, LX_CUE, CUE_SAY, base}
#define CUE_AS(word, base, role) {word, LX_CUE, role, base}

static const lex_entry WORDS[] = { /* at most 65535: a word id is 16 bits */
	/* months */
	W("january", LX_MONTH, 1), W("jan", LX_MONTH, 1), W("february", LX_MONTH, 2), W("feb", LX_MONTH, 2),
	W("march", LX_MONTH, 3), W("mar", LX_MONTH, 3), W("april", LX_MONTH, 4), W("apr", LX_MONTH, 4),
	W("may", LX_MONTH, 5), W("june", LX_MONTH, 6), W("jun", LX_MONTH, 6), W("july", LX_MONTH, 7),
	W("jul", LX_MONTH, 7), W("august", LX_MONTH, 8), W("aug", LX_MONTH, 8), W("september", LX_MONTH, 9),
	W("sept", LX_MONTH, 9), W("sep", LX_MONTH, 9), W("october", LX_MONTH, 10), W("oct", LX_MONTH, 10),
	W("november", LX_MONTH, 11), W("nov", LX_MONTH, 11), W("december", LX_MONTH, 12), W("dec", LX_MONTH, 12),
	/* weekdays */
	W("monday", LX_WEEKDAY, 0), W("tuesday", LX_WEEKDAY, 1), W("wednesday", LX_WEEKDAY, 2),
	W("thursday", LX_WEEKDAY, 3), W("friday", LX_WEEKDAY, 4), W("saturday", LX_WEEKDAY, 5),
	W("sunday", LX_WEEKDAY, 6),
	/* reporting cues */
	CUE("said", "said"), CUE("says", "said"), CUE("say", "said"), CUE("saying", "said"),
	CUE("told", "told"), CUE("tell", "told"), CUE("tells", "told"), CUE("telling", "told"),
	CUE("noted", "noted"), CUE("notes", "noted"), CUE("noting", "noted"),
	CUE("stressed", "stressed"), CUE("stresses", "stressed"), CUE("stressing", "stressed"),
	CUE("added", "added"), CUE("adds", "added"), CUE("adding", "added"),
	CUE("stated", "stated"), {"states", LX_CUE | LX_PLACE, 0, "stated"}, CUE("stating", "stated"),
	CUE("warned", "warned"), CUE("warns", "warned"), CUE("warning", "warned"),
	CUE("emphasized", "emphasized"), CUE("emphasised", "emphasized"), CUE("emphasizes", "emphasized"),
	CUE("emphasizing", "emphasized"),
	CUE("asserted", "asserted"), CUE("asserts", "asserted"), CUE("asserting", "asserted"),
	CUE("hailed", "hailed"), CUE("hails", "hailed"), CUE("hailing", "hailed"),
	CUE("expressed", "expressed"), CUE("expresses", "expressed"), CUE("expressing", "expressed"),
	CUE("wished", "wished"), CUE("wishes", "wished"), CUE("wishing", "wished"),
	CUE("praised", "praised"), CUE("praises", "praised"), CUE("praising", "praised"),
	CUE("described", "described"), CUE("describes", "described"), CUE("describing", "described"),
	CUE("called", "called"), CUE("calls", "called"), CUE("calling", "called"),
	CUE("urged", "urged"), CUE("urges", "urged"), CUE("urging", "urged"),
	CUE("replied", "replied"), CUE("replies", "replied"), CUE("responded", "responded"),
	CUE("declared", "declared"), CUE("declares", "declared"), CUE("announced", "announced"),
	CUE("claimed", "claimed"), CUE("claims", "claimed"), CUE("claiming", "claimed"),
	CUE("insisted", "insisted"), CUE("insists", "insisted"), CUE("argued", "argued"), CUE("argues", "argued"),
	CUE("explained", "explained"), CUE("explains", "explained"), CUE("wrote", "wrote"), CUE("writes", "wrote"),
	CUE_AS("quoted", "quoted", CUE_QUOTE_AS), CUE_AS("quoting", "quoted", CUE_QUOTE_AS),
	CUE_AS("cited", "cited", CUE_QUOTE_AS), CUE_AS("citing", "cited", CUE_QUOTE_AS),
	CUE("pledged", "pledged"), CUE("vowed", "vowed"), CUE("promised", "promised"),
	CUE("affirmed", "affirmed"), CUE("reaffirmed", "reaffirmed"), CUE("confirmed", "confirmed"),
	CUE("acknowledged", "acknowledged"), CUE("admitted", "admitted"), CUE("recalled", "recalled"),
	CUE("remarked", "remarked"), CUE("commented", "commented"), CUE("observed", "observed"),
	CUE("mentioned", "mentioned"), CUE("pointed", "pointed"), CUE("underscored", "underscored"),
	CUE("underlined", "underlined"), CUE("highlighted", "highlighted"), CUE("highlighting", "highlighted"),
	CUE("characterized", "characterized"), CUE("characterised", "characterized"),
	CUE("referred", "referred"), CUE("referring", "referred"), CUE("dubbed", "dubbed"),
	CUE("branded", "branded"), CUE("labeled", "labeled"), CUE("labelled", "labeled"),
	CUE("denounced", "denounced"), CUE("condemned", "condemned"), CUE("slammed", "slammed"),
	CUE("criticized", "criticized"), CUE("accused", "accused"), CUE("blasted", "blasted"),
	CUE("returned", "returned"), CUE("conveyed", "conveyed"), CUE("sent", "sent"),
	CUE("extended", "extended"), CUE("voiced", "voiced"), CUE("congratulated", "congratulated"),
	CUE("thanked", "thanked"), CUE("appreciated", "appreciated"), CUE("welcomed", "welcomed"),
	CUE("predicted", "predicted"), CUE("reported", "reported"), CUE("reports", "reported"),
	CUE("asked", "asked"), CUE("questioned", "questioned"), CUE("answered", "answered"),
	CUE("reiterated", "reiterated"), CUE("reiterates", "reiterated"), CUE("reiterating", "reiterated"),
	CUE("assessed", "assessed"), CUE("forecast", "forecast"), CUE("forecasted", "forecast"),
	CUE("ordered", "ordered"), CUE("suggested", "suggested"), CUE("indicated", "indicated"),
	CUE("proposed", "proposed"), CUE("vowing", "vowed"), CUE("pledging", "pledged"), CUE("vows", "vowed"),
	CUE("blustered", "blustered"), CUE("blustering", "blustered"), CUE("clarified", "clarified"),
	CUE("indicated", "indicated"), CUE("suggested", "suggested"), CUE("proposed", "proposed"),
	CUE("demanded", "demanded"), CUE("requested", "requested"), CUE("announcing", "announced"),
	CUE("vowing", "vowed"), CUE("pledging", "pledged"), CUE("recalling", "recalled"),
	CUE("mentioning", "mentioned"), CUE("declaring", "declared"), CUE("concluded", "concluded"),
	CUE("continued", "continued"), CUE("hoped", "hoped"),
	CUE("believed", "believed"), CUE("believes", "believed"), CUE("thinks", "thought"),
	CUE("contended", "contended"), CUE("maintained", "maintained"), CUE("tweeted", "tweeted"),
	CUE("posted", "posted"), CUE("boasted", "boasted"), CUE("touted", "touted"), CUE("lauded", "lauded"),
	CUE("lamented", "lamented"), CUE("complained", "complained"), CUE("joked", "joked"),
	CUE("dismissed", "dismissed"), CUE("rejected", "rejected"), CUE("agreed", "agreed"),
	CUE("pointing", "pointed"), CUE_AS("according", "according", CUE_ACCORDING_TO),
	/* titles and roles */
	W("president", LX_TITLE, 0), W("leader", LX_TITLE, 0), W("minister", LX_TITLE, 0),
	W("chairman", LX_TITLE, 0), W("comrade", LX_TITLE, 0), W("secretary", LX_TITLE, 0),
	W("premier", LX_TITLE, 0), W("spokesman", LX_TITLE, 0), W("spokesperson", LX_TITLE, 0),
	W("spokeswoman", LX_TITLE, 0), W("ambassador", LX_TITLE, 0), W("director", LX_TITLE, 0),
	W("general", LX_TITLE, 0), W("marshal", LX_TITLE, 0), W("chief", LX_TITLE, 0),
	W("vice", LX_TITLE, 0), W("deputy", LX_TITLE, 0), W("mr", LX_TITLE, 0), W("mrs", LX_TITLE, 0),
	W("ms", LX_TITLE, 0), W("dr", LX_TITLE, 0), W("prime", LX_TITLE, 0), W("foreign", LX_TITLE | LX_PLACE, 0),
	W("defense", LX_TITLE, 0), W("defence", LX_TITLE, 0), W("chancellor", LX_TITLE, 0),
	W("king", LX_TITLE, 0), W("queen", LX_TITLE, 0), W("envoy", LX_TITLE, 0), W("adviser", LX_TITLE, 0),
	W("advisor", LX_TITLE, 0), W("official", LX_TITLE, 0), W("commander", LX_TITLE, 0),
	W("sen", LX_TITLE, 0), W("senator", LX_TITLE, 0), W("rep", LX_TITLE, 0), W("gov", LX_TITLE, 0),
	W("governor", LX_TITLE, 0), W("mayor", LX_TITLE, 0), W("councillor", LX_TITLE, 0),
	W("sister", LX_TITLE, 0), W("wife", LX_TITLE, 0), W("daughter", LX_TITLE, 0),
	W("analyst", LX_TITLE, 0), W("commentator", LX_TITLE, 0), W("professor", LX_TITLE, 0),
	W("candidate", LX_TITLE, 0), W("nominee", LX_TITLE, 0), W("head", LX_TITLE, 0),
	W("chairwoman", LX_TITLE, 0), W("representative", LX_TITLE, 0), W("lawmaker", LX_TITLE, 0),
	W("first", LX_TITLE | LX_NUMWORD | LX_DATEWORD, 1), W("party", LX_ORGWORD, 0), W("councilor", LX_TITLE, 0),
	/* organisation heads */
	W("ministry", LX_ORGWORD, 0), W("committee", LX_ORGWORD, 0), W("agency", LX_ORGWORD | LX_MEDIAWORD, 0),
	W("office", LX_ORGWORD, 0), W("council", LX_ORGWORD, 0), W("command", LX_ORGWORD, 0),
	W("army", LX_ORGWORD, 0), W("mission", LX_ORGWORD, 0), W("institute", LX_ORGWORD, 0), W("studies", LX_ORGWORD, 0),
	W("university", LX_ORGWORD, 0), W("assembly", LX_ORGWORD, 0), W("government", LX_ORGWORD, 0),
	W("department", LX_ORGWORD, 0), W("commission", LX_ORGWORD, 0), W("union", LX_ORGWORD, 0),
	W("association", LX_ORGWORD, 0), W("federation", LX_ORGWORD, 0), W("bureau", LX_ORGWORD, 0),
	W("service", LX_ORGWORD, 0), W("staff", LX_ORGWORD, 0), W("forces", LX_ORGWORD, 0),
	W("navy", LX_ORGWORD, 0), W("court", LX_ORGWORD, 0), W("house", LX_ORGWORD, 0),
	W("kremlin", LX_ORGWORD, 0), W("pentagon", LX_ORGWORD, 0), W("cabinet", LX_ORGWORD, 0),
	W("nations", LX_ORGWORD, 0), W("campaign", LX_ORGWORD, 0), W("administration", LX_ORGWORD, 0),
	W("center", LX_ORGWORD, 0), W("centre", LX_ORGWORD, 0), W("group", LX_ORGWORD, 0),
	W("times", LX_ORGWORD | LX_MEDIAWORD, 0), W("post", LX_ORGWORD | LX_MEDIAWORD, 0),
	W("news", LX_ORGWORD | LX_MEDIAWORD, 0), W("sinmun", LX_ORGWORD | LX_MEDIAWORD, 0),
	W("media", LX_MEDIAWORD, 0), W("newspaper", LX_MEDIAWORD, 0), W("daily", LX_MEDIAWORD | LX_DATEWORD, 0),
	W("tv", LX_MEDIAWORD, 0), W("radio", LX_MEDIAWORD, 0), W("broadcaster", LX_MEDIAWORD, 0),
	W("outlet", LX_MEDIAWORD, 0),
	/* the last word of a publication's name ("The Moscow Times", "The Korea Herald") */
	W("herald", LX_ORGWORD | LX_MEDIAWORD, 0), W("journal", LX_ORGWORD | LX_MEDIAWORD, 0),
	W("tribune", LX_ORGWORD | LX_MEDIAWORD, 0), W("gazette", LX_ORGWORD | LX_MEDIAWORD, 0),
	W("telegraph", LX_ORGWORD | LX_MEDIAWORD, 0), W("chronicle", LX_ORGWORD | LX_MEDIAWORD, 0),
	W("guardian", LX_ORGWORD | LX_MEDIAWORD, 0), W("examiner", LX_ORGWORD | LX_MEDIAWORD, 0),
	/* events: "World War II", "the Asian Games" are no persons */
	W("war", LX_EVENT, 0), W("games", LX_EVENT, 0), W("olympics", LX_EVENT, 0), W("olympiad", LX_EVENT, 0),
	W("cup", LX_EVENT, 0), W("festival", LX_EVENT, 0), W("revolution", LX_EVENT, 0), W("uprising", LX_EVENT, 0),
	W("championship", LX_EVENT, 0), W("championships", LX_EVENT, 0), W("expo", LX_EVENT, 0),
	W("exhibition", LX_EVENT, 0), W("crisis", LX_EVENT, 0), W("pandemic", LX_EVENT, 0),
	/* places and demonyms: never a person's name */
	W("korea", LX_PLACE, 0), W("korean", LX_PLACE, 0), W("koreas", LX_PLACE, 0), W("north", LX_PLACE, 0),
	W("south", LX_PLACE, 0), W("east", LX_PLACE, 0), W("west", LX_PLACE, 0), W("northeast", LX_PLACE, 0),
	W("russia", LX_PLACE, 0), W("russian", LX_PLACE, 0), W("china", LX_PLACE, 0), W("chinese", LX_PLACE, 0),
	W("japan", LX_PLACE, 0), W("japanese", LX_PLACE, 0), W("ukraine", LX_PLACE, 0), W("ukrainian", LX_PLACE, 0),
	W("america", LX_PLACE, 0), W("american", LX_PLACE, 0), W("us", LX_PLACE, 0), W("u", LX_PLACE, 0),
	W("dprk", LX_PLACE, 0), W("rok", LX_PLACE, 0), W("pyongyang", LX_PLACE, 0), W("seoul", LX_PLACE, 0),
	W("moscow", LX_PLACE, 0), W("beijing", LX_PLACE, 0), W("tokyo", LX_PLACE, 0), W("washington", LX_PLACE, 0),
	W("kyiv", LX_PLACE, 0), W("vietnam", LX_PLACE, 0), W("vietnamese", LX_PLACE, 0), W("syria", LX_PLACE, 0),
	W("syrian", LX_PLACE, 0), W("iran", LX_PLACE, 0), W("belarus", LX_PLACE, 0), W("belarusian", LX_PLACE, 0),
	W("cuba", LX_PLACE, 0), W("cuban", LX_PLACE, 0), W("laos", LX_PLACE, 0), W("israel", LX_PLACE, 0),
	W("european", LX_PLACE, 0), W("europe", LX_PLACE, 0), W("asia", LX_PLACE, 0), W("asian", LX_PLACE, 0),
	W("united", LX_PLACE, 0), W("peninsula", LX_PLACE, 0), W("western", LX_PLACE, 0),
	W("eu", LX_PLACE, 0), W("un", LX_PLACE | LX_NAME_PARTICLE, 0), W("nato", LX_PLACE, 0),
	W("national", LX_PLACE, 0), W("central", LX_PLACE, 0), W("people", LX_PLACE, 0), W("state", LX_PLACE, 0),
	W("republic", LX_PLACE, 0), W("democratic", LX_PLACE, 0), W("workers", LX_PLACE, 0),
	W("wpk", LX_PLACE, 0), W("supreme", LX_PLACE, 0), W("affairs", LX_PLACE, 0), W("gyeonggi", LX_PLACE, 0),
	W("county", LX_PLACE, 0), W("city", LX_PLACE, 0), W("province", LX_PLACE, 0), W("island", LX_PLACE, 0),
	W("britain", LX_PLACE, 0), W("british", LX_PLACE, 0), W("france", LX_PLACE, 0), W("french", LX_PLACE, 0),
	W("germany", LX_PLACE, 0), W("german", LX_PLACE, 0), W("india", LX_PLACE, 0), W("mongolia", LX_PLACE, 0),
	W("kim", LX_ASIAN_SURNAME, 0), W("ri", LX_ASIAN_SURNAME, 0), W("pak", LX_ASIAN_SURNAME, 0),
	W("park", LX_ASIAN_SURNAME, 0), W("choe", LX_ASIAN_SURNAME, 0), W("choi", LX_ASIAN_SURNAME, 0),
	W("jo", LX_ASIAN_SURNAME, 0), W("cho", LX_ASIAN_SURNAME, 0), W("lee", LX_ASIAN_SURNAME, 0),
	W("yi", LX_ASIAN_SURNAME, 0), W("wi", LX_ASIAN_SURNAME, 0), W("yoon", LX_ASIAN_SURNAME, 0),
	W("yun", LX_ASIAN_SURNAME, 0), W("moon", LX_ASIAN_SURNAME, 0), W("mun", LX_ASIAN_SURNAME, 0),
	W("kang", LX_ASIAN_SURNAME, 0), W("han", LX_ASIAN_SURNAME, 0), W("hwang", LX_ASIAN_SURNAME, 0),
	W("jang", LX_ASIAN_SURNAME, 0), W("chang", LX_ASIAN_SURNAME, 0), W("jong", LX_ASIAN_SURNAME, 0),
	W("jung", LX_ASIAN_SURNAME, 0), W("chung", LX_ASIAN_SURNAME, 0), W("song", LX_ASIAN_SURNAME, 0),
	W("so", LX_ASIAN_SURNAME, 0), W("hong", LX_ASIAN_SURNAME, 0), W("oh", LX_ASIAN_SURNAME, 0), W("ryu", LX_ASIAN_SURNAME, 0), W("yang", LX_ASIAN_SURNAME, 0),
	W("ahn", LX_ASIAN_SURNAME, 0), W("shin", LX_ASIAN_SURNAME, 0),
	W("sin", LX_ASIAN_SURNAME, 0), W("chu", LX_ASIAN_SURNAME, 0), W("ju", LX_ASIAN_SURNAME, 0),
	W("kwon", LX_ASIAN_SURNAME, 0), W("im", LX_ASIAN_SURNAME, 0), W("lim", LX_ASIAN_SURNAME, 0),
	W("no", LX_ASIAN_SURNAME, 0), W("nam", LX_ASIAN_SURNAME, 0), W("paek", LX_ASIAN_SURNAME, 0),
	W("xi", LX_ASIAN_SURNAME, 0), W("wang", LX_ASIAN_SURNAME, 0), W("li", LX_ASIAN_SURNAME, 0),
	W("zhang", LX_ASIAN_SURNAME, 0), W("liu", LX_ASIAN_SURNAME, 0), W("chen", LX_ASIAN_SURNAME, 0),
	W("zhao", LX_ASIAN_SURNAME, 0), W("hu", LX_ASIAN_SURNAME, 0), W("mao", LX_ASIAN_SURNAME, 0),
	W("deng", LX_ASIAN_SURNAME, 0), W("ma", LX_ASIAN_SURNAME, 0), W("sim", LX_ASIAN_SURNAME, 0),
	W("ko", LX_ASIAN_SURNAME, 0), W("ra", LX_ASIAN_SURNAME, 0), W("kye", LX_ASIAN_SURNAME, 0),
	/* pronouns */
	W("he", LX_PRONOUN, 1), W("she", LX_PRONOUN, 2), W("his", LX_PRONOUN, 1), W("her", LX_PRONOUN, 2),
	W("him", LX_PRONOUN, 1),
	/* capitalised function words and other non-names */
	W("the", LX_STOP | LX_DATEWORD, 0), W("a", LX_STOP | LX_NUMWORD, 1), W("in", LX_STOP, 0), W("on", LX_STOP, 0),
	W("at", LX_STOP, 0), W("of", LX_STOP, 0), W("and", LX_STOP, 0), W("but", LX_STOP, 0),
	W("for", LX_STOP, 0), W("to", LX_STOP, 0), W("from", LX_STOP, 0), W("with", LX_STOP, 0),
	W("by", LX_STOP, 0), W("as", LX_STOP, 0), W("it", LX_STOP, 0), W("its", LX_STOP, 0),
	W("this", LX_STOP | LX_DIRECTION, 0), W("that", LX_STOP, 0), W("these", LX_STOP, 0),
	W("those", LX_STOP, 0), W("they", LX_STOP, 0), W("we", LX_STOP, 0), W("i", LX_STOP, 0),
	W("you", LX_STOP, 0), W("our", LX_STOP, 0), W("their", LX_STOP, 0), W("if", LX_STOP, 0),
	W("when", LX_STOP, 0), W("while", LX_STOP, 0), W("after", LX_STOP, 0), W("before", LX_STOP, 0),
	W("during", LX_STOP, 0), W("since", LX_STOP, 0), W("under", LX_STOP, 0), W("meanwhile", LX_STOP, 0),
	W("however", LX_STOP, 0), W("also", LX_STOP, 0), W("there", LX_STOP, 0), W("here", LX_STOP, 0),
	W("what", LX_STOP, 0), W("who", LX_STOP, 0), W("why", LX_STOP, 0), W("how", LX_STOP, 0),
	W("related", LX_STOP, 0), W("photo", LX_STOP, 0), W("file", LX_STOP, 0), W("license", LX_STOP, 0),
	W("lead", LX_STOP, 0), W("respected", LX_STOP, 0), W("dear", LX_STOP, 0), W("great", LX_STOP, 0),
	W("day", LX_STOP | LX_UNIT | LX_DATEWORD | LX_HOLIDAY, UNIT_DAY), W("new", LX_STOP | LX_HOLIDAY, 0), W("year", LX_STOP | LX_UNIT, UNIT_YEAR),
	W("all", LX_STOP, 0), W("some", LX_STOP, 0), W("such", LX_STOP, 0), W("an", LX_STOP, 0),
	W("both", LX_STOP, 0), W("one", LX_NUMWORD, 1), W("two", LX_NUMWORD, 2),
	W("three", LX_NUMWORD, 3), W("four", LX_NUMWORD, 4), W("five", LX_NUMWORD, 5), W("six", LX_NUMWORD, 6),
	W("seven", LX_NUMWORD, 7), W("eight", LX_NUMWORD, 8), W("nine", LX_NUMWORD, 9), W("ten", LX_NUMWORD, 10),
	W("eleven", LX_NUMWORD, 11), W("twelve", LX_NUMWORD, 12), W("fifteen", LX_NUMWORD, 15),
	W("twenty", LX_NUMWORD, 20), W("thirty", LX_NUMWORD, 30), W("several", LX_NUMWORD, -1),
	W("few", LX_NUMWORD, -1), W("many", LX_NUMWORD, -1),
	/* time units */
	W("days", LX_UNIT, UNIT_DAY), W("week", LX_UNIT, UNIT_WEEK), W("weeks", LX_UNIT, UNIT_WEEK),
	W("month", LX_UNIT, UNIT_MONTH), W("months", LX_UNIT, UNIT_MONTH), W("years", LX_UNIT, UNIT_YEAR),
	W("decade", LX_UNIT, UNIT_DECADE), W("decades", LX_UNIT, UNIT_DECADE), W("century", LX_UNIT, UNIT_CENTURY),
	W("centuries", LX_UNIT, UNIT_CENTURY), W("hours", LX_UNIT, UNIT_HOUR), W("hour", LX_UNIT, UNIT_HOUR),
	W("minutes", LX_UNIT, UNIT_MINUTE), W("minute", LX_UNIT, UNIT_MINUTE), W("seconds", LX_UNIT, UNIT_SECOND),
	/* clock times and centuries ("noon Thursday", "the twentieth century") */
	W("noon", LX_DATEWORD, 0), W("midnight", LX_DATEWORD, 0), W("seventeenth", LX_DATEWORD, 0),
	W("eighteenth", LX_DATEWORD, 0), W("nineteenth", LX_DATEWORD, 0), W("twentieth", LX_DATEWORD, 0),
	W("today", LX_RELDAY, 0), W("yesterday", LX_RELDAY, -1), W("tomorrow", LX_RELDAY, 1),
	W("tonight", LX_RELDAY, 0),
	W("morning", LX_DAYPART, 1), W("afternoon", LX_DAYPART, 2), W("evening", LX_DAYPART, 3),
	W("night", LX_DAYPART, 4),
	W("spring", LX_SEASON, 1), W("summer", LX_SEASON, 2), W("autumn", LX_SEASON, 3), W("fall", LX_SEASON, 3),
	W("winter", LX_SEASON, 4),
	W("early", LX_MODIFIER, KCNA_MOD_EARLY), W("mid", LX_MODIFIER, KCNA_MOD_MID),
	W("late", LX_MODIFIER, KCNA_MOD_LATE), W("end", LX_MODIFIER, KCNA_MOD_END),
	W("beginning", LX_MODIFIER, KCNA_MOD_START), W("start", LX_MODIFIER, KCNA_MOD_START),
	W("middle", LX_MODIFIER, KCNA_MOD_MID), W("around", LX_MODIFIER, KCNA_MOD_APPROX),
	W("about", LX_MODIFIER, KCNA_MOD_APPROX), W("almost", LX_MODIFIER, KCNA_MOD_LESS_THAN),
	W("nearly", LX_MODIFIER, KCNA_MOD_LESS_THAN), W("over", LX_MODIFIER, KCNA_MOD_MORE_THAN),
	W("last", LX_DIRECTION, -1), W("next", LX_DIRECTION | LX_FUTURE, 1), W("past", LX_DIRECTION, -1),
	W("previous", LX_DIRECTION, -1), W("coming", LX_DIRECTION | LX_FUTURE, 1),
	W("following", LX_DATEWORD, 0), W("same", LX_DATEWORD, 0), W("latest", LX_DATEWORD, 0),
	W("quarter", LX_DATEWORD, 0),
	W("upcoming", LX_FUTURE, 0), W("will", LX_FUTURE, 0), W("scheduled", LX_FUTURE, 0),
	W("plans", LX_FUTURE, 0), W("planned", LX_FUTURE, 0),
	W("would", LX_FUTURE, 0), W("shall", LX_FUTURE, 0), W("set", LX_FUTURE, 0), W("expected", LX_FUTURE, 0),
	W("was", LX_PAST, 0), W("were", LX_PAST, 0), W("had", LX_PAST, 0), W("did", LX_PAST, 0),
	W("met", LX_PAST, 0), W("held", LX_PAST, 0), W("took", LX_PAST, 0), W("made", LX_PAST, 0),
	W("came", LX_PAST, 0), W("went", LX_PAST, 0), W("began", LX_PAST, 0), W("left", LX_PAST, 0),
	W("gave", LX_PAST, 0), W("saw", LX_PAST, 0), W("won", LX_PAST, 0),
	W("fell", LX_PAST, 0), W("rose", LX_PAST, 0), W("ago", LX_PAST, 0),
	W("now", LX_VAGUE, VAGUE_PRESENT), W("currently", LX_VAGUE, VAGUE_PRESENT),
	W("recent", LX_DATEWORD, 0), W("recently", LX_VAGUE, VAGUE_PAST), W("current", LX_DATEWORD, 0),
	W("weekend", LX_DATEWORD, 0),
	W("future", LX_VAGUE, VAGUE_FUTURE),
	W("juche", LX_DATEWORD, 0), W("earlier", LX_DATEWORD, 0), W("later", LX_DATEWORD, 0),
	W("second", LX_DATEWORD, 0), W("third", LX_DATEWORD, 0), W("fourth", LX_DATEWORD, 0),
	W("fiscal", LX_DATEWORD, 0), W("weekly", LX_DATEWORD, 0), W("monthly", LX_DATEWORD, 0),
	W("quarterly", LX_DATEWORD, 0), W("hourly", LX_DATEWORD, 0),
	W("annually", LX_DATEWORD, 0), W("yearly", LX_DATEWORD, 0), W("every", LX_DATEWORD, 0),
	W("each", LX_DATEWORD, 0), W("more", LX_DATEWORD, 0), W("less", LX_DATEWORD, 0),
	W("liberation", LX_HOLIDAY, 0), W("victory", LX_HOLIDAY, 0), W("international", LX_HOLIDAY, 0),
	/* what words can come from */
	W("message", LX_SOURCEWORD, 0), W("messages", LX_SOURCEWORD, 0), W("letter", LX_SOURCEWORD, 0),
	W("statement", LX_SOURCEWORD, 0), W("speech", LX_SOURCEWORD, 0), W("article", LX_SOURCEWORD, 0),
	W("commentary", LX_SOURCEWORD, 0), W("editorial", LX_SOURCEWORD, 0), W("report", LX_SOURCEWORD | LX_MEDIAWORD, 0),
	W("telegram", LX_SOURCEWORD, 0), W("greetings", LX_SOURCEWORD, 0), W("address", LX_SOURCEWORD, 0),
	W("remarks", LX_SOURCEWORD, 0), W("interview", LX_SOURCEWORD, 0),
	/* common given names (first-name-first persons) */
	W("vladimir", LX_GIVEN_NAME, 0), W("sergei", LX_GIVEN_NAME, 0), W("sergey", LX_GIVEN_NAME, 0),
	W("donald", LX_GIVEN_NAME, 0), W("joe", LX_GIVEN_NAME, 0), W("hillary", LX_GIVEN_NAME, 0),
	W("barack", LX_GIVEN_NAME, 0), W("alexander", LX_GIVEN_NAME, 0), W("denis", LX_GIVEN_NAME, 0),
	W("dmitry", LX_GIVEN_NAME, 0), W("maria", LX_GIVEN_NAME, 0), W("john", LX_GIVEN_NAME, 0),
	W("bill", LX_GIVEN_NAME, 0), W("mike", LX_GIVEN_NAME, 0), W("michael", LX_GIVEN_NAME, 0),
	W("james", LX_GIVEN_NAME, 0), W("robert", LX_GIVEN_NAME, 0), W("david", LX_GIVEN_NAME, 0),
	W("mark", LX_GIVEN_NAME, 0), W("paul", LX_GIVEN_NAME, 0), W("peter", LX_GIVEN_NAME, 0),
	W("antony", LX_GIVEN_NAME, 0), W("marco", LX_GIVEN_NAME, 0),
};
_Static_assert(sizeof WORDS / sizeof WORDS[0] < 65536, "a word id is 16 bits");

static const known_entity KNOWN[] = {
	{"Kim Jong Un", KCNA_SPEAKER_PERSON, "leader of North Korea",
	 "Kim Jong Un|Kim Jong-un|Kim Jong-Un|Kim Jongun",
	 "north korean leader|leader|dprk leader|chairman kim|general secretary|respected comrade"},
	{"Kim Yo Jong", KCNA_SPEAKER_PERSON, "vice department director of the WPK Central Committee",
	 "Kim Yo Jong|Kim Yo-jong|Kim Yo-Jong", "kim's sister|sister|vice department director"},
	{"Kim Il Sung", KCNA_SPEAKER_PERSON, "President", "Kim Il Sung|Kim Il-sung|Kim Il-Sung", ""},
	{"Kim Jong Il", KCNA_SPEAKER_PERSON, "Chairman", "Kim Jong Il|Kim Jong-il|Kim Jong-Il", ""},
	{"Choe Son Hui", KCNA_SPEAKER_PERSON, "Foreign Minister", "Choe Son Hui|Choe Son-hui|Choe Son-Hui|Choe Sun-hui",
	 "foreign minister"},
	{"Pak Jong Chon", KCNA_SPEAKER_PERSON, NULL, "Pak Jong Chon|Pak Jong-chon", ""},
	{"Kim Tok Hun", KCNA_SPEAKER_PERSON, "Premier", "Kim Tok Hun|Kim Tok-hun", "premier"},
	{"Pak Thae Song", KCNA_SPEAKER_PERSON, "Premier", "Pak Thae Song|Pak Thae-song", ""},
	{"Kim Song", KCNA_SPEAKER_PERSON, "DPRK ambassador to the UN", "Kim Song", ""},
	{"No Kwang Chol", KCNA_SPEAKER_PERSON, "Minister of National Defence", "No Kwang Chol|No Kwang-chol", ""},
	{"Vladimir Putin", KCNA_SPEAKER_PERSON, "President of Russia",
	 "Vladimir Putin|V. Putin|Vladimir Vladimirovich Putin|Putin",
	 "russian president|russian leader|kremlin leader|kremlin"},
	{"Sergei Shoigu", KCNA_SPEAKER_PERSON, "Secretary of the Security Council of Russia",
	 "Sergei Shoigu|Sergey Shoygu|Sergei Shoygu|Sergey Shoigu|Sergei Kuzhugetovich Shoigu", ""},
	{"Sergei Lavrov", KCNA_SPEAKER_PERSON, "Russian Foreign Minister", "Sergei Lavrov|Sergey Lavrov", ""},
	{"Xi Jinping", KCNA_SPEAKER_PERSON, "President of China", "Xi Jinping|Xi Jin-ping", "chinese president|chinese leader"},
	{"Donald Trump", KCNA_SPEAKER_PERSON, "President of the United States", "Donald Trump|Donald J. Trump",
	 "u.s. president|us president|american president"},
	{"Joe Biden", KCNA_SPEAKER_PERSON, NULL, "Joe Biden|Joseph Biden|Joseph R. Biden", ""},
	{"Lee Jae Myung", KCNA_SPEAKER_PERSON, "President of South Korea", "Lee Jae Myung|Lee Jae-myung|Lee Jae-Myung",
	 "south korean president"},
	{"Yoon Suk Yeol", KCNA_SPEAKER_PERSON, NULL, "Yoon Suk Yeol|Yoon Suk-yeol|Yoon Suk-Yeol", ""},
	{"KCNA", KCNA_SPEAKER_MEDIA, "state news agency of North Korea",
	 "KCNA|Korean Central News Agency",
	 "state media|state news agency|state-run media|official media|korean central news agency"},
	{"Rodong Sinmun", KCNA_SPEAKER_MEDIA, NULL, "Rodong Sinmun|Rodong Sinmun newspaper", ""},
	{"Yonhap", KCNA_SPEAKER_MEDIA, NULL, "Yonhap|Yonhap News Agency", ""},
	{"UPI", KCNA_SPEAKER_MEDIA, NULL, "UPI|United Press International", ""},
	{"TASS", KCNA_SPEAKER_MEDIA, NULL, "TASS", ""},
	{"DPRK Foreign Ministry", KCNA_SPEAKER_ORGANIZATION, NULL,
	 "DPRK Foreign Ministry|Foreign Ministry of the DPRK|North Korean Foreign Ministry|North Korea's Foreign Ministry",
	 ""},
	{"North Korea", KCNA_SPEAKER_COUNTRY, NULL,
	 "North Korea|DPRK|Democratic People's Republic of Korea|Pyongyang|N. Korea", ""},
	{"South Korea", KCNA_SPEAKER_COUNTRY, NULL, "South Korea|ROK|Republic of Korea|S. Korea|Seoul", ""},
	{"Russia", KCNA_SPEAKER_COUNTRY, NULL, "Russia|Russian Federation|Moscow", ""},
	{"United States", KCNA_SPEAKER_COUNTRY, NULL, "United States|U.S.|US|Washington", ""},
};

const known_entity *kcna_known_entities(size_t *count)
{
	*count = sizeof KNOWN / sizeof KNOWN[0];
	return KNOWN;
}

static uint64_t lexicon_hash_step(uint64_t h, uint64_t w)
{
	return lexicon_hash_mix(h, w | (bytes_in_range(w, 'A', 'Z') >> 2)); /* >> 2: the 0x20 case bit */
}

uint32_t kcna_lexicon_hash(const char *s, size_t n)
{
	uint64_t h = LEXICON_HASH_K; /* not seeded by n: the tokenizer hashes a word before it knows its end */
	for (; n >= 8; s += 8, n -= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = lexicon_hash_step(h, w);
	}
	if (n) { /* zero-filled, as the tokenizer masks the last block of a word */
		uint64_t w = 0;
		memcpy(&w, s, n);
		h = lexicon_hash_step(h, w);
	}
	return (uint32_t)h;
}

/* Puts word id in one of its two slots, moving the words in its way to
 * their other slot; 0 if that does not settle in a bounded number of moves. */
static int cuckoo_insert(lexicon *lx, uint16_t id)
{
	size_t h = lexicon_slot_a(kcna_lexicon_hash(WORDS[id - 1].word, lx->keys[id].len));
	for (int moves = 0; moves < 64; moves++) {
		uint16_t evicted = lx->slots[h];
		lx->slots[h] = id;
		if (!evicted)
			return 1;
		id = evicted;
		uint32_t eh = kcna_lexicon_hash(WORDS[id - 1].word, lx->keys[id].len);
		h = h == lexicon_slot_a(eh) ? lexicon_slot_b(eh) : lexicon_slot_a(eh);
	}
	return 0;
}

lexicon *kcna_lexicon_new(const kcna_allocator *a)
{
	size_t n = sizeof WORDS / sizeof WORDS[0];
	size_t size = sizeof(lexicon) + (n + 1) * sizeof(lex_key); /* keys by id, 0 unused */
	lexicon *lx = kcna_alloc_(a, size);
	if (!lx)
		return NULL;
	memset(lx, 0, size);
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(WORDS[i].word);
		char padded[LEXICON_MAX_WORD + 8] = {0};
		uint32_t cls;
		if (len > LEXICON_MAX_WORD || kcna_lexicon_find_string(lx, WORDS[i].word, len, &cls))
			continue; /* no token is looked up at that length; the first entry for a word wins */
		memcpy(padded, WORDS[i].word, len);
		lx->keys[i + 1] = (lex_key){lowercase_head(padded, len), WORDS[i].cls, (uint8_t)len};
		if (!cuckoo_insert(lx, (uint16_t)(i + 1))) {
			/* the word list is fixed: lexicon tests fail before this can ship */
			kcna_dealloc_(a, lx);
			return NULL;
		}
	}
	return lx;
}

const lex_entry *kcna_lexicon_entry(uint16_t id)
{
	return id ? &WORDS[id - 1] : NULL;
}

void kcna_lexicon_free(lexicon *lx, const kcna_allocator *a)
{
	if (!lx)
		return;
	kcna_dealloc_(a, lx);
}

uint16_t kcna_lexicon_find_string(const lexicon *lx, const char *s, size_t n, uint32_t *cls)
{
	char padded[LEXICON_MAX_WORD + 8] = {0}; /* lexicon_find reads whole 8-byte blocks */
	*cls = 0;
	if (n == 0 || n > LEXICON_MAX_WORD)
		return 0;
	memcpy(padded, s, n);
	return lexicon_find(lx, padded, n, kcna_lexicon_hash(s, n), lowercase_head(padded, n), cls);
}

int kcna_lexicon_tail_is(uint16_t id, const char *s, size_t n)
{
	return eq_lower(s + 8, n - 8, WORDS[id - 1].word + 8);
}
