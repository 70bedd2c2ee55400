/* abbrev.c - English abbreviation and sentence-starter word tables for the segmenter. */
#include "internal.h"
#include "segment.h"

#include <string.h>

struct abbr {
	const char *word; /* without its final stop; case as written */
	int cls;
};

/*
 * General newsroom and reference abbreviations, matched case-sensitively
 * (so "no." ending a sentence is not "No." before a number). Entries
 * made of letters and inner stops ("U.S") are listed without the final stop.
 */
static const struct abbr abbrs[] = {
	/* titles and ranks: a name follows */
	{ "Mr", MWZ__ABBR_TITLE }, { "Mrs", MWZ__ABBR_TITLE }, { "Ms", MWZ__ABBR_TITLE },
	{ "Messrs", MWZ__ABBR_TITLE }, { "Mmes", MWZ__ABBR_TITLE }, { "Dr", MWZ__ABBR_TITLE },
	{ "Drs", MWZ__ABBR_TITLE }, { "Prof", MWZ__ABBR_TITLE }, { "Profs", MWZ__ABBR_TITLE },
	{ "Gen", MWZ__ABBR_TITLE }, { "Gens", MWZ__ABBR_TITLE }, { "Lt", MWZ__ABBR_TITLE },
	{ "Col", MWZ__ABBR_TITLE }, { "Maj", MWZ__ABBR_TITLE }, { "Capt", MWZ__ABBR_TITLE },
	{ "Cpt", MWZ__ABBR_TITLE }, { "Cmdr", MWZ__ABBR_TITLE }, { "Cmdt", MWZ__ABBR_TITLE },
	{ "Adm", MWZ__ABBR_TITLE }, { "Sgt", MWZ__ABBR_TITLE }, { "Cpl", MWZ__ABBR_TITLE },
	{ "Pvt", MWZ__ABBR_TITLE }, { "Pfc", MWZ__ABBR_TITLE }, { "Brig", MWZ__ABBR_TITLE },
	{ "Lieut", MWZ__ABBR_TITLE }, { "Sen", MWZ__ABBR_TITLE }, { "Sens", MWZ__ABBR_TITLE },
	{ "Rep", MWZ__ABBR_TITLE }, { "Reps", MWZ__ABBR_TITLE }, { "Gov", MWZ__ABBR_TITLE },
	{ "Govs", MWZ__ABBR_TITLE }, { "Atty", MWZ__ABBR_TITLE }, { "Supt", MWZ__ABBR_TITLE },
	{ "Insp", MWZ__ABBR_TITLE }, { "Det", MWZ__ABBR_TITLE }, { "Rev", MWZ__ABBR_TITLE },
	{ "Revd", MWZ__ABBR_TITLE }, { "Fr", MWZ__ABBR_TITLE }, { "Msgr", MWZ__ABBR_TITLE },
	{ "Hon", MWZ__ABBR_TITLE }, { "Pres", MWZ__ABBR_TITLE }, { "Amb", MWZ__ABBR_TITLE },
	{ "Sec", MWZ__ABBR_TITLE }, { "Secy", MWZ__ABBR_TITLE }, { "Supt", MWZ__ABBR_TITLE },
	{ "Mt", MWZ__ABBR_TITLE }, { "Ft", MWZ__ABBR_TITLE }, { "Pt", MWZ__ABBR_TITLE },
	{ "Sra", MWZ__ABBR_TITLE }, { "Mme", MWZ__ABBR_TITLE }, { "Mlle", MWZ__ABBR_TITLE },
	{ "Lt.Gen", MWZ__ABBR_TITLE }, { "Maj.Gen", MWZ__ABBR_TITLE },
	{ "Dept", MWZ__ABBR_TITLE }, { "Univ", MWZ__ABBR_TITLE }, { "Assn", MWZ__ABBR_TITLE },
	{ "Spc", MWZ__ABBR_TITLE }, { "Ens", MWZ__ABBR_TITLE }, { "Sgts", MWZ__ABBR_TITLE },
	/* in capitals, in a dateline: ST. LOUIS (AP) */
	{ "ST", MWZ__ABBR_TITLE }, { "MT", MWZ__ABBR_TITLE }, { "FT", MWZ__ABBR_TITLE },
	/* never an end inside running text */
	{ "vs", MWZ__ABBR_INNER }, { "v", MWZ__ABBR_INNER }, { "cf", MWZ__ABBR_INNER },
	{ "e.g", MWZ__ABBR_INNER }, { "i.e", MWZ__ABBR_INNER }, { "E.g", MWZ__ABBR_INNER },
	{ "I.e", MWZ__ABBR_INNER }, { "approx", MWZ__ABBR_INNER }, { "ca", MWZ__ABBR_INNER },
	{ "viz", MWZ__ABBR_INNER }, { "incl", MWZ__ABBR_INNER }, { "esp", MWZ__ABBR_INNER },
	{ "resp", MWZ__ABBR_INNER }, { "Approx", MWZ__ABBR_INNER }, { "Ca", MWZ__ABBR_INNER },
	{ "Cf", MWZ__ABBR_INNER }, { "Vs", MWZ__ABBR_INNER }, { "est", MWZ__ABBR_INNER },
	{ "Est", MWZ__ABBR_INNER }, { "Nr", MWZ__ABBR_INNER },
	/* before a number */
	{ "No", MWZ__ABBR_NUMBER }, { "Nos", MWZ__ABBR_NUMBER }, { "no", MWZ__ABBR_NUMBER },
	{ "nos", MWZ__ABBR_NUMBER }, { "Art", MWZ__ABBR_NUMBER }, { "art", MWZ__ABBR_NUMBER },
	{ "Vol", MWZ__ABBR_NUMBER }, { "vol", MWZ__ABBR_NUMBER }, { "Vols", MWZ__ABBR_NUMBER },
	{ "Fig", MWZ__ABBR_NUMBER }, { "fig", MWZ__ABBR_NUMBER }, { "Figs", MWZ__ABBR_NUMBER },
	{ "Ch", MWZ__ABBR_NUMBER }, { "ch", MWZ__ABBR_NUMBER }, { "Chap", MWZ__ABBR_NUMBER },
	{ "p", MWZ__ABBR_NUMBER }, { "pp", MWZ__ABBR_NUMBER }, { "para", MWZ__ABBR_NUMBER },
	{ "Para", MWZ__ABBR_NUMBER }, { "Ex", MWZ__ABBR_NUMBER }, { "Op", MWZ__ABBR_NUMBER },
	{ "op", MWZ__ABBR_NUMBER }, { "Pt", MWZ__ABBR_NUMBER }, { "pt", MWZ__ABBR_NUMBER },
	{ "Ref", MWZ__ABBR_NUMBER }, { "ref", MWZ__ABBR_NUMBER }, { "Refs", MWZ__ABBR_NUMBER },
	{ "Tab", MWZ__ABBR_NUMBER }, { "Eq", MWZ__ABBR_NUMBER }, { "eq", MWZ__ABBR_NUMBER },
	{ "Sect", MWZ__ABBR_NUMBER }, { "sec", MWZ__ABBR_NUMBER }, { "Rs", MWZ__ABBR_NUMBER },
	{ "Tel", MWZ__ABBR_NUMBER }, { "tel", MWZ__ABBR_NUMBER }, { "ed", MWZ__ABBR_NUMBER },
	{ "Ed", MWZ__ABBR_NUMBER }, { "eds", MWZ__ABBR_NUMBER }, { "approx", MWZ__ABBR_INNER },
	/* months */
	{ "Jan", MWZ__ABBR_MONTH }, { "Feb", MWZ__ABBR_MONTH }, { "Mar", MWZ__ABBR_MONTH },
	{ "Apr", MWZ__ABBR_MONTH }, { "Jun", MWZ__ABBR_MONTH }, { "Jul", MWZ__ABBR_MONTH },
	{ "Aug", MWZ__ABBR_MONTH }, { "Sep", MWZ__ABBR_MONTH }, { "Sept", MWZ__ABBR_MONTH },
	{ "Oct", MWZ__ABBR_MONTH }, { "Nov", MWZ__ABBR_MONTH }, { "Dec", MWZ__ABBR_MONTH },
	/* parts of names */
	{ "U.S", MWZ__ABBR_NAME }, { "U.N", MWZ__ABBR_NAME }, { "U.K", MWZ__ABBR_NAME },
	{ "E.U", MWZ__ABBR_NAME }, { "D.C", MWZ__ABBR_NAME }, { "U.S.A", MWZ__ABBR_NAME },
	{ "St", MWZ__ABBR_NAME }, { "Ste", MWZ__ABBR_NAME }, { "Ave", MWZ__ABBR_NAME },
	{ "Blvd", MWZ__ABBR_NAME }, { "Rd", MWZ__ABBR_NAME }, { "Sq", MWZ__ABBR_NAME },
	{ "Calif", MWZ__ABBR_NAME }, { "Fla", MWZ__ABBR_NAME },
	{ "Ariz", MWZ__ABBR_NAME }, { "Colo", MWZ__ABBR_NAME },
	{ "Conn", MWZ__ABBR_NAME }, { "Del", MWZ__ABBR_NAME }, { "Ga", MWZ__ABBR_NAME },
	{ "Ill", MWZ__ABBR_NAME }, { "Ind", MWZ__ABBR_NAME }, { "Kan", MWZ__ABBR_NAME },
	{ "Ky", MWZ__ABBR_NAME }, { "La", MWZ__ABBR_NAME }, { "Md", MWZ__ABBR_NAME },
	{ "Mich", MWZ__ABBR_NAME }, { "Minn", MWZ__ABBR_NAME }, { "Mo", MWZ__ABBR_NAME }, { "Mont", MWZ__ABBR_NAME }, { "Neb", MWZ__ABBR_NAME },
	{ "Nev", MWZ__ABBR_NAME }, { "Okla", MWZ__ABBR_NAME }, { "Ore", MWZ__ABBR_NAME },
	{ "Pa", MWZ__ABBR_NAME }, { "Tenn", MWZ__ABBR_NAME }, { "Tex", MWZ__ABBR_NAME },
	{ "Va", MWZ__ABBR_NAME }, { "Vt", MWZ__ABBR_NAME }, { "Wash", MWZ__ABBR_NAME },
	{ "Wis", MWZ__ABBR_NAME }, { "Wyo", MWZ__ABBR_NAME }, { "Ala", MWZ__ABBR_NAME },
	{ "N.Y", MWZ__ABBR_NAME }, { "N.J", MWZ__ABBR_NAME }, { "N.C", MWZ__ABBR_NAME },
	{ "S.C", MWZ__ABBR_NAME }, { "N.H", MWZ__ABBR_NAME }, { "N.M", MWZ__ABBR_NAME },
	{ "N.D", MWZ__ABBR_NAME }, { "S.D", MWZ__ABBR_NAME }, { "W.Va", MWZ__ABBR_NAME },
	{ "R.I", MWZ__ABBR_NAME }, { "L.A", MWZ__ABBR_NAME }, { "Mass", MWZ__ABBR_NAME },
	{ "Ark", MWZ__ABBR_NAME }, { "Miss", MWZ__ABBR_NAME },
	{ "Mt", MWZ__ABBR_TITLE }, { "Bros", MWZ__ABBR_NAME },
	/* often at the end of a sentence */
	{ "etc", MWZ__ABBR_END }, { "Inc", MWZ__ABBR_END }, { "Co", MWZ__ABBR_END },
	{ "Corp", MWZ__ABBR_END }, { "Ltd", MWZ__ABBR_END }, { "Plc", MWZ__ABBR_END },
	{ "plc", MWZ__ABBR_END }, { "LLC", MWZ__ABBR_END }, { "L.L.C", MWZ__ABBR_END },
	{ "Jr", MWZ__ABBR_END }, { "Sr", MWZ__ABBR_END }, { "Esq", MWZ__ABBR_END },
	{ "a.m", MWZ__ABBR_END }, { "p.m", MWZ__ABBR_END }, { "A.M", MWZ__ABBR_END },
	{ "P.M", MWZ__ABBR_END }, { "al", MWZ__ABBR_END }, { "Ph.D", MWZ__ABBR_END },
	{ "M.D", MWZ__ABBR_END }, { "B.A", MWZ__ABBR_END }, { "M.A", MWZ__ABBR_END },
	{ "Ltd", MWZ__ABBR_END }, { "Cos", MWZ__ABBR_END }, { "Intl", MWZ__ABBR_NAME },
};

static int word_eq(const char *a, const char *s, size_t n)
{
	return strlen(a) == n && memcmp(a, s, n) == 0;
}

int mwz__abbr_class(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < sizeof abbrs / sizeof abbrs[0]; i++)
		if (word_eq(abbrs[i].word, s, n))
			return abbrs[i].cls;
	return MWZ__ABBR_NONE;
}

/* Closed-class words (pronouns, determiners, conjunctions, prepositions,
 * sentence adverbs) that open sentences far more often than they continue
 * a name after "U.S." or "St.". */
static const char *const starters[] = {
	"A", "About", "According", "Accordingly", "Additionally", "After", "Afterwards",
	"Again", "Against", "All", "Along", "Also", "Although", "Among", "An", "And",
	"Another", "Any", "Anyone", "Anything", "As", "At", "Because", "Before",
	"Besides", "Both", "But", "By", "Consequently", "Despite", "During", "Each",
	"Earlier", "Either", "Even", "Every", "Everyone", "Finally", "First", "Following",
	"For", "Furthermore", "He", "Her", "Here", "Hers", "His", "How", "However", "I",
	"If", "In", "Indeed", "Instead", "It", "Its", "Last", "Later", "Like", "Many",
	"Meanwhile", "More", "Moreover", "Most", "Much", "My", "Neither", "Nevertheless",
	"No", "None", "Nor", "Not", "Nothing", "Now", "Of", "On", "Once", "One", "Only",
	"Or", "Other", "Others", "Our", "Over", "Overall", "Perhaps", "Rather", "Since",
	"So", "Some", "Someone", "Something", "Still", "Such", "That", "The", "Their",
	"Then", "There", "Therefore", "These", "They", "This", "Those", "Though", "Thus",
	"To", "Today", "Under", "Unlike", "Until", "We", "What", "When", "Whether",
	"Which", "While", "Who", "Whoever", "Why", "With", "Within", "Without", "Yet",
	"You", "Your", "Yesterday", "Tomorrow", "Several", "Few", "Two", "Three",
	"Four", "Five", "Officials", "Authorities", "Police", "Critics", "Experts",
	"Nobody", "Everybody", "Somebody",
	/* plural nouns of news subjects (after "the U.S." they start a sentence) */
	"Lawmakers", "Regulators", "Investors", "Workers", "Voters", "Diplomats",
	"Forecasters", "Firefighters", "Doctors", "Teachers", "Students", "Prosecutors",
	"Protesters", "Rescuers", "Soldiers", "Troops", "Farmers", "Shares", "Prices", "Sales",
	"Markets", "Stocks", "Companies", "Families", "Parents", "Citizens", "Lawyers",
	"Leaders", "Members", "Supporters", "Opponents", "Republicans", "Democrats",
	"Analysts", "Witnesses", "Residents", "Researchers", "Scientists",
};

int mwz__sentence_starter(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < sizeof starters / sizeof starters[0]; i++)
		if (word_eq(starters[i], s, n))
			return 1;
	return 0;
}

static const char *const followers[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
	"GMT", "UTC", "BST", "CET", "CEST", "AST", "IST", "JST", "local", "Eastern",
	"Pacific", "Central", "Mountain", "CEO", "CFO", "COO",
	/* a company's officers and its suffixes: Tesla Inc. Chief Executive,
	 * Samsung Electronics Co. Ltd.; Martin Luther King Jr. Day */
	"Chief", "Chairman", "Chairwoman", "President", "Ltd", "Inc", "Corp", "Day",
};

int mwz__abbr_follower(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < sizeof followers / sizeof followers[0]; i++)
		if (word_eq(followers[i], s, n))
			return 1;
	return 0;
}

/* Verbs and participles of saying that follow a quotation inside its sentence. */
static const char *const speech_ar[] = {
	"\xD9\x82\xD8\xA7\xD9\x84",             /* قال */
	"\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA",     /* قالت */
	"\xD9\x8A\xD9\x82\xD9\x88\xD9\x84",     /* يقول */
	"\xD8\xAA\xD9\x82\xD9\x88\xD9\x84",     /* تقول */
	"\xD9\x82\xD8\xA7\xD8\xA6\xD9\x84\xD8\xA7",                 /* قائلا */
	"\xD9\x82\xD8\xA7\xD8\xA6\xD9\x84\xD9\x8B\xD8\xA7",       /* قائلًا */
	"\xD9\x82\xD8\xA7\xD8\xA6\xD9\x84\xD8\xA7\xD9\x8B",       /* قائلاً */
	"\xD9\x82\xD8\xA7\xD8\xA6\xD9\x84\xD8\xA9",                 /* قائلة */
	"\xD9\x85\xD8\xB6\xD9\x8A\xD9\x81\xD8\xA7",                 /* مضيفا */
	"\xD9\x85\xD8\xB6\xD9\x8A\xD9\x81\xD9\x8B\xD8\xA7",       /* مضيفًا */
	"\xD9\x85\xD8\xB6\xD9\x8A\xD9\x81\xD8\xA7\xD9\x8B",       /* مضيفاً */
	"\xD9\x85\xD8\xB6\xD9\x8A\xD9\x81\xD8\xA9",                 /* مضيفة */
	"\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81",                           /* أضاف */
	"\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81\xD8\xAA",                 /* أضافت */
	"\xD9\x85\xD8\xAA\xD8\xB3\xD8\xA7\xD8\xA6\xD9\x84\xD8\xA7",             /* متسائلا */
	"\xD9\x85\xD8\xAA\xD8\xB3\xD8\xA7\xD8\xA6\xD9\x84\xD9\x8B\xD8\xA7",   /* متسائلًا */
	"\xD8\xAA\xD8\xB3\xD8\xA7\xD8\xA1\xD9\x84",                 /* تساءل */
	"\xD8\xAA\xD8\xB3\xD8\xA7\xD8\xA1\xD9\x84\xD8\xAA",       /* تساءلت */
	"\xD8\xB5\xD8\xB1\xD8\xAE",                                     /* صرخ */
	"\xD8\xB5\xD8\xB1\xD8\xAE\xD8\xAA",                           /* صرخت */
	"\xD9\x87\xD8\xAA\xD9\x81",                                     /* هتف */
	"\xD9\x87\xD8\xAA\xD9\x81\xD8\xAA",                           /* هتفت */
	"\xD8\xB3\xD8\xA3\xD9\x84",                                     /* سأل */
	"\xD8\xB3\xD8\xA3\xD9\x84\xD8\xAA",                           /* سألت */
};

int mwz__arabic_speech(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < sizeof speech_ar / sizeof speech_ar[0]; i++)
		if (word_eq(speech_ar[i], s, n))
			return 1;
	return 0;
}

static int in_list(const char *const *list, size_t n, const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (word_eq(list[i], s, len))
			return 1;
	return 0;
}
#define IN_LIST(l, s, n) in_list(l, sizeof l / sizeof l[0], s, n)

/* English words compared in lower case. */
static const char *const func_en[] = {
	"a", "an", "the", "of", "on", "in", "at", "to", "for", "with", "by", "from",
	"and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "has",
	"have", "had", "its", "it", "this", "that", "these", "those", "his", "her",
	"their", "our", "your", "my", "not", "no", "after", "before", "over", "under",
	"about", "into", "than", "then", "so", "up", "down", "out", "off", "per", "via",
	"amid", "says", "say", "said", "will", "would", "can", "could", "should", "may",
	"might", "must", "new", "who", "which", "what", "how", "why", "when", "where",
};

/* Arabic words after light normalisation (no diacritics, bare alef, ه for ة, ي for ى). */
static const char *const func_ar[] = {
	"\xD9\x81\xD9\x8A",                         /* في */
	"\xD9\x85\xD9\x86",                         /* من */
	"\xD8\xB9\xD9\x84\xD9\x8A",               /* علي (على) */
	"\xD8\xA7\xD9\x84\xD9\x8A",               /* الي (إلى) */
	"\xD8\xB9\xD9\x86",                         /* عن */
	"\xD9\x85\xD8\xB9",                         /* مع */
	"\xD8\xA7\xD9\x86",                         /* ان (أن، إن) */
	"\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",     /* التي */
	"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",     /* الذي */
	"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", /* الذين */
	"\xD9\x87\xD8\xB0\xD8\xA7",               /* هذا */
	"\xD9\x87\xD8\xB0\xD9\x87",               /* هذه */
	"\xD8\xB0\xD9\x84\xD9\x83",               /* ذلك */
	"\xD8\xAA\xD9\x84\xD9\x83",               /* تلك */
	"\xD8\xA8\xD9\x8A\xD9\x86",               /* بين */
	"\xD8\xA8\xD8\xB9\xD8\xAF",               /* بعد */
	"\xD9\x82\xD8\xA8\xD9\x84",               /* قبل */
	"\xD8\xAD\xD8\xAA\xD9\x8A",               /* حتي */
	"\xD9\x83\xD8\xA7\xD9\x86",               /* كان */
	"\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA",     /* كانت */
	"\xD9\x82\xD8\xAF",                         /* قد */
	"\xD9\x84\xD9\x85",                         /* لم */
	"\xD9\x84\xD9\x86",                         /* لن */
	"\xD9\x85\xD8\xA7",                         /* ما */
	"\xD9\x84\xD8\xA7",                         /* لا */
	"\xD8\xA7\xD9\x88",                         /* او */
	"\xD8\xAB\xD9\x85",                         /* ثم */
	"\xD9\x83\xD9\x84",                         /* كل */
	"\xD8\xB9\xD9\x86\xD8\xAF",               /* عند */
	"\xD9\x85\xD9\x86\xD8\xB0",               /* منذ */
	"\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",     /* خلال */
	"\xD8\xAD\xD9\x88\xD9\x84",               /* حول */
	"\xD8\xBA\xD9\x8A\xD8\xB1",               /* غير */
	"\xD9\x87\xD9\x88",                         /* هو */
	"\xD9\x87\xD9\x8A",                         /* هي */
	"\xD9\x87\xD9\x85",                         /* هم */
	"\xD8\xB6\xD8\xAF",                         /* ضد */
	"\xD9\x86\xD8\xAD\xD9\x88",               /* نحو */
	"\xD9\x84\xD8\xAF\xD9\x8A",               /* لدي */
	"\xD9\x88",                                   /* و */
};

int mwz__function_word(const char *s, size_t n, int arabic)
{
	return arabic ? IN_LIST(func_ar, s, n) : IN_LIST(func_en, s, n);
}

static const char *const noend_en[] = {
	"a", "an", "the", "of", "on", "in", "at", "to", "for", "with", "by", "from",
	"and", "or", "as", "into", "than", "that", "who", "which", "is", "are", "was",
	"were", "be", "vs", "its", "his", "her", "their", "our", "my", "your",
};

/* Arabic particles and conjunctions a verb must follow, and number words their counted
 * noun must follow (normalised). */
static const char *const noend_ar[] = {
	"\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB", /* ثلاث */
	"\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x87", /* ثلاثه */
	"\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9", /* اربع */
	"\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9\xD9\x87", /* اربعه */
	"\xD8\xAE\xD9\x85\xD8\xB3", /* خمس */
	"\xD8\xAE\xD9\x85\xD8\xB3\xD9\x87", /* خمسه */
	"\xD8\xB3\xD8\xAA", /* ست */
	"\xD8\xB3\xD8\xAA\xD9\x87", /* سته */
	"\xD8\xB3\xD8\xA8\xD8\xB9", /* سبع */
	"\xD8\xB3\xD8\xA8\xD8\xB9\xD9\x87", /* سبعه */
	"\xD8\xAB\xD9\x85\xD8\xA7\xD9\x86\xD9\x8A", /* ثماني */
	"\xD8\xAB\xD9\x85\xD8\xA7\xD9\x86\xD9\x8A\xD9\x87", /* ثمانيه */
	"\xD8\xAA\xD8\xB3\xD8\xB9", /* تسع */
	"\xD8\xAA\xD8\xB3\xD8\xB9\xD9\x87", /* تسعه */
	"\xD8\xB9\xD8\xB4\xD8\xB1", /* عشر */
	"\xD8\xB9\xD8\xB4\xD8\xB1\xD9\x87", /* عشره */
	"\xD9\x85\xD8\xA6\xD9\x87", /* مئه */
	"\xD9\x85\xD8\xA7\xD8\xA6\xD9\x87", /* مائه */
	"\xD8\xA7\xD9\x84\xD9\x81", /* الف */
	"\xD8\xA7\xD9\x84\xD8\xA7\xD9\x81", /* الاف */
	"\xD9\x85\xD9\x84\xD9\x8A\xD9\x88\xD9\x86", /* مليون */
	"\xD9\x85\xD9\x84\xD8\xA7\xD9\x8A\xD9\x8A\xD9\x86", /* ملايين */
	"\xD9\x85\xD9\x84\xD9\x8A\xD8\xA7\xD8\xB1", /* مليار */
	"\xD9\x82\xD8\xAF", /* قد */
	"\xD9\x84\xD9\x82\xD8\xAF", /* لقد */
	"\xD8\xAD\xD8\xB3\xD8\xA8\xD9\x85\xD8\xA7", /* حسبما */
	"\xD9\x83\xD9\x85\xD8\xA7", /* كما */
	"\xD8\xB9\xD9\x86\xD8\xAF\xD9\x85\xD8\xA7", /* عندما */
	"\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7", /* بينما */
	"\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7", /* بعدما */
	"\xD9\x85\xD8\xAB\xD9\x84\xD9\x85\xD8\xA7", /* مثلما */
	"\xD8\xB7\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7", /* طالما */
	"\xD9\x84\xD9\x85\xD8\xA7", /* لما */
	"\xD9\x83\xD9\x84\xD9\x85\xD8\xA7", /* كلما */
	"\xD8\xB1\xD9\x8A\xD8\xAB\xD9\x85\xD8\xA7", /* ريثما */
	"\xD8\xB3\xD9\x88\xD9\x81", /* سوف */
};

int mwz__no_end_word(const char *s, size_t n, int arabic)
{
	if (!arabic)
		return IN_LIST(noend_en, s, n);
	/* the function words are all prepositions, particles or pronouns; a leading
	 * و or ف (and, so) is dropped: وقد، ولم، فإن */
	if (n > 2 && (memcmp(s, "\xD9\x88", 2) == 0 || memcmp(s, "\xD9\x81", 2) == 0) &&
	    (IN_LIST(func_ar, s + 2, n - 2) || IN_LIST(noend_ar, s + 2, n - 2)))
		return 1;
	return IN_LIST(func_ar, s, n) || IN_LIST(noend_ar, s, n);
}

static const char *const strong_en[] = {
	"he", "she", "it", "they", "we", "there", "this", "these", "those", "his",
	"her", "its", "their", "our", "but", "however", "when", "while", "after",
	"although", "with", "for", "as", "according", "at", "by", "two", "three",
	"four", "five", "six", "several", "some", "many", "more", "most", "officials",
	"police", "authorities",
};
static const char *const weak_en[] = { "the", "a", "an", "in", "on" };

int mwz__starter_strength(const char *s, size_t n)
{
	if (IN_LIST(strong_en, s, n))
		return 2;
	return IN_LIST(weak_en, s, n) ? 1 : 0;
}

static const char *const opener_ar[] = {
	"\xD9\x88\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81", /* وأضاف */
	"\xD9\x88\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81\xD8\xAA", /* وأضافت */
	"\xD9\x88\xD9\x82\xD8\xA7\xD9\x84", /* وقال */
	"\xD9\x88\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA", /* وقالت */
	"\xD9\x88\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9", /* وتابع */
	"\xD9\x88\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9\xD8\xAA", /* وتابعت */
	"\xD9\x88\xD8\xA3\xD9\x83\xD8\xAF", /* وأكد */
	"\xD9\x88\xD8\xA3\xD9\x83\xD8\xAF\xD8\xAA", /* وأكدت */
	"\xD9\x88\xD8\xA3\xD8\xB4\xD8\xA7\xD8\xB1", /* وأشار */
	"\xD9\x88\xD8\xA3\xD8\xB4\xD8\xA7\xD8\xB1\xD8\xAA", /* وأشارت */
	"\xD9\x88\xD8\xA3\xD9\x88\xD8\xB6\xD8\xAD", /* وأوضح */
	"\xD9\x88\xD8\xA3\xD9\x88\xD8\xB6\xD8\xAD\xD8\xAA", /* وأوضحت */
	"\xD9\x88\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xAA\xD9\x85", /* واختتم */
	"\xD9\x88\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xAA\xD9\x85\xD8\xAA", /* واختتمت */
	"\xD9\x84\xD9\x82\xD8\xAF", /* لقد */
	"\xD9\x88\xD9\x84\xD9\x82\xD8\xAF", /* ولقد */
};

int mwz__arabic_opener(const char *s, size_t n)
{
	return IN_LIST(opener_ar, s, n);
}

/* Normalised (bare alef, no diacritics) verbs of reporting that open leads. */
static const char *const lead_ar[] = {
	"\xD9\x82\xD8\xA7\xD9\x84", /* قال */
	"\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA", /* قالت */
	"\xD9\x8A\xD9\x82\xD9\x88\xD9\x84", /* يقول */
	"\xD8\xAA\xD9\x82\xD9\x88\xD9\x84", /* تقول */
	"\xD8\xA7\xD8\xB9\xD9\x84\xD9\x86", /* اعلن */
	"\xD8\xA7\xD8\xB9\xD9\x84\xD9\x86\xD8\xAA", /* اعلنت */
	"\xD9\x8A\xD8\xB9\xD9\x84\xD9\x86", /* يعلن */
	"\xD8\xB0\xD9\x83\xD8\xB1", /* ذكر */
	"\xD8\xB0\xD9\x83\xD8\xB1\xD8\xAA", /* ذكرت */
	"\xD8\xA7\xD9\x81\xD8\xA7\xD8\xAF", /* افاد */
	"\xD8\xA7\xD9\x81\xD8\xA7\xD8\xAF\xD8\xAA", /* افادت */
	"\xD8\xA7\xD9\x83\xD8\xAF", /* اكد */
	"\xD8\xA7\xD9\x83\xD8\xAF\xD8\xAA", /* اكدت */
	"\xD9\x8A\xD8\xA4\xD9\x83\xD8\xAF", /* يؤكد */
	"\xD8\xB5\xD8\xB1\xD8\xAD", /* صرح */
	"\xD8\xB5\xD8\xB1\xD8\xAD\xD8\xAA", /* صرحت */
	"\xD9\x83\xD8\xB4\xD9\x81", /* كشف */
	"\xD9\x83\xD8\xB4\xD9\x81\xD8\xAA", /* كشفت */
	"\xD8\xA7\xD8\xB8\xD9\x87\xD8\xB1", /* اظهر */
	"\xD8\xA7\xD8\xB8\xD9\x87\xD8\xB1\xD8\xAA", /* اظهرت */
	"\xD8\xA7\xD8\xB4\xD8\xA7\xD8\xB1", /* اشار */
	"\xD8\xA7\xD8\xB4\xD8\xA7\xD8\xB1\xD8\xAA", /* اشارت */
	"\xD9\x88\xD8\xB5\xD9\x81", /* وصف */
	"\xD9\x88\xD8\xB5\xD9\x81\xD8\xAA", /* وصفت */
	"\xD8\xA7\xD9\x88\xD8\xB6\xD8\xAD", /* اوضح */
	"\xD8\xA7\xD9\x88\xD8\xB6\xD8\xAD\xD8\xAA", /* اوضحت */
	"\xD9\x84\xD9\x82\xD8\xAF", /* لقد */
	"\xD8\xA7\xD9\x86\xD9\x87", /* انه */
	"\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7", /* انها */
};

int mwz__arabic_lead_verb(const char *s, size_t n)
{
	return IN_LIST(lead_ar, s, n);
}

/* Normalised past-tense verbs of news events, both genders, that open a lead after its
 * headline (أضاف، هاجم، انتهت، اعتقل...): a headline puts its verb in the present
 * tense or a verbal noun, so a past verb after a headline-like span marks the seam. Words
 * that are as often nouns (قتل killing, عقد contract, حكم rule, أمر matter) are left out. */
static const char *const past_ar[] = {
	"\xD8\xA7\xD8\xB6\xD8\xA7\xD9\x81", /* اضاف */
	"\xD8\xA7\xD8\xB6\xD8\xA7\xD9\x81\xD8\xAA", /* اضافت */
	"\xD9\x86\xD9\x81\xD9\x8A", /* نفي */
	"\xD9\x86\xD9\x81\xD8\xAA", /* نفت */
	"\xD8\xAF\xD8\xB9\xD8\xA7", /* دعا */
	"\xD8\xAF\xD8\xB9\xD8\xAA", /* دعت */
	"\xD8\xB7\xD8\xA7\xD9\x84\xD8\xA8", /* طالب */
	"\xD8\xB7\xD8\xA7\xD9\x84\xD8\xA8\xD8\xAA", /* طالبت */
	"\xD8\xAD\xD8\xB0\xD8\xB1", /* حذر */
	"\xD8\xAD\xD8\xB0\xD8\xB1\xD8\xAA", /* حذرت */
	"\xD8\xB1\xD9\x81\xD8\xB6", /* رفض */
	"\xD8\xB1\xD9\x81\xD8\xB6\xD8\xAA", /* رفضت */
	"\xD9\x88\xD8\xA7\xD9\x81\xD9\x82", /* وافق */
	"\xD9\x88\xD8\xA7\xD9\x81\xD9\x82\xD8\xAA", /* وافقت */
	"\xD9\x82\xD8\xB1\xD8\xB1", /* قرر */
	"\xD9\x82\xD8\xB1\xD8\xB1\xD8\xAA", /* قررت */
	"\xD8\xAA\xD8\xB9\xD9\x87\xD8\xAF", /* تعهد */
	"\xD8\xAA\xD8\xB9\xD9\x87\xD8\xAF\xD8\xAA", /* تعهدت */
	"\xD9\x87\xD8\xA7\xD8\xAC\xD9\x85", /* هاجم */
	"\xD9\x87\xD8\xA7\xD8\xAC\xD9\x85\xD8\xAA", /* هاجمت */
	"\xD8\xA7\xD9\x86\xD8\xAA\xD9\x82\xD8\xAF", /* انتقد */
	"\xD8\xA7\xD9\x86\xD8\xAA\xD9\x82\xD8\xAF\xD8\xAA", /* انتقدت */
	"\xD8\xA7\xD8\xAA\xD9\x87\xD9\x85", /* اتهم */
	"\xD8\xA7\xD8\xAA\xD9\x87\xD9\x85\xD8\xAA", /* اتهمت */
	"\xD8\xA7\xD8\xB9\xD8\xB1\xD8\xA8", /* اعرب */
	"\xD8\xA7\xD8\xB9\xD8\xB1\xD8\xA8\xD8\xAA", /* اعربت */
	"\xD8\xA7\xD8\xB5\xD8\xAF\xD8\xB1", /* اصدر */
	"\xD8\xA7\xD8\xB5\xD8\xAF\xD8\xB1\xD8\xAA", /* اصدرت */
	"\xD8\xA7\xD8\xAB\xD8\xA7\xD8\xB1", /* اثار */
	"\xD8\xA7\xD8\xAB\xD8\xA7\xD8\xB1\xD8\xAA", /* اثارت */
	"\xD8\xA7\xD8\xB7\xD9\x84\xD9\x82", /* اطلق */
	"\xD8\xA7\xD8\xB7\xD9\x84\xD9\x82\xD8\xAA", /* اطلقت */
	"\xD8\xA7\xD8\xB5\xD9\x8A\xD8\xA8", /* اصيب */
	"\xD8\xA7\xD8\xB5\xD9\x8A\xD8\xA8\xD8\xAA", /* اصيبت */
	"\xD9\x84\xD9\x82\xD9\x8A", /* لقي */
	"\xD9\x84\xD9\x82\xD9\x8A\xD8\xAA", /* لقيت */
	"\xD8\xAA\xD9\x88\xD9\x81\xD9\x8A", /* توفي */
	"\xD8\xAA\xD9\x88\xD9\x81\xD9\x8A\xD8\xAA", /* توفيت */
	"\xD8\xA7\xD8\xB9\xD8\xAA\xD9\x82\xD9\x84", /* اعتقل */
	"\xD8\xA7\xD8\xB9\xD8\xAA\xD9\x82\xD9\x84\xD8\xAA", /* اعتقلت */
	"\xD8\xA7\xD9\x84\xD9\x82\xD9\x8A", /* القي */
	"\xD8\xA7\xD9\x84\xD9\x82\xD8\xAA", /* القت */
	"\xD8\xB4\xD9\x87\xD8\xAF\xD8\xAA", /* شهدت */
	"\xD8\xA8\xD8\xAF\xD8\xA7\xD8\xAA", /* بدات */
	"\xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD9\x8A", /* انتهي */
	"\xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD8\xAA", /* انتهت */
	"\xD9\x88\xD8\xB5\xD9\x84\xD8\xAA", /* وصلت */
	"\xD9\x81\xD8\xA7\xD8\xB2", /* فاز */
	"\xD9\x81\xD8\xA7\xD8\xB2\xD8\xAA", /* فازت */
	"\xD8\xAE\xD8\xB3\xD8\xB1", /* خسر */
	"\xD8\xAE\xD8\xB3\xD8\xB1\xD8\xAA", /* خسرت */
	"\xD8\xAD\xD9\x82\xD9\x82", /* حقق */
	"\xD8\xAD\xD9\x82\xD9\x82\xD8\xAA", /* حققت */
	"\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A", /* تلقي */
	"\xD8\xAA\xD9\x84\xD9\x82\xD8\xAA", /* تلقت */
	"\xD8\xA7\xD8\xAC\xD8\xB1\xD9\x8A", /* اجري */
	"\xD8\xA7\xD8\xAC\xD8\xB1\xD8\xAA", /* اجرت */
	"\xD8\xA7\xD9\x84\xD8\xAA\xD9\x82\xD9\x8A", /* التقي */
	"\xD8\xA7\xD9\x84\xD8\xAA\xD9\x82\xD8\xAA", /* التقت */
	"\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x82\xD8\xA8\xD9\x84", /* استقبل */
	"\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x82\xD8\xA8\xD9\x84\xD8\xAA", /* استقبلت */
	"\xD8\xB2\xD8\xA7\xD8\xB1", /* زار */
	"\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xAA", /* زارت */
	"\xD8\xBA\xD8\xA7\xD8\xAF\xD8\xB1", /* غادر */
	"\xD8\xBA\xD8\xA7\xD8\xAF\xD8\xB1\xD8\xAA", /* غادرت */
	"\xD8\xAA\xD9\x85\xD9\x83\xD9\x86", /* تمكن */
	"\xD8\xAA\xD9\x85\xD9\x83\xD9\x86\xD8\xAA", /* تمكنت */
	"\xD9\x86\xD8\xAC\xD8\xAD", /* نجح */
	"\xD9\x86\xD8\xAC\xD8\xAD\xD8\xAA", /* نجحت */
	"\xD8\xB3\xD8\xAC\xD9\x84\xD8\xAA", /* سجلت */
	"\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xB9", /* ارتفع */
	"\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xB9\xD8\xAA", /* ارتفعت */
	"\xD8\xA7\xD9\x86\xD8\xAE\xD9\x81\xD8\xB6", /* انخفض */
	"\xD8\xA7\xD9\x86\xD8\xAE\xD9\x81\xD8\xB6\xD8\xAA", /* انخفضت */
	"\xD8\xAA\xD8\xB1\xD8\xA7\xD8\xAC\xD8\xB9", /* تراجع */
	"\xD8\xAA\xD8\xB1\xD8\xA7\xD8\xAC\xD8\xB9\xD8\xAA", /* تراجعت */
	"\xD8\xB4\xD8\xA7\xD8\xB1\xD9\x83", /* شارك */
	"\xD8\xB4\xD8\xA7\xD8\xB1\xD9\x83\xD8\xAA", /* شاركت */
	"\xD9\x82\xD8\xA7\xD9\x85", /* قام */
	"\xD9\x82\xD8\xA7\xD9\x85\xD8\xAA", /* قامت */
	"\xD8\xAA\xD8\xB9\xD8\xB1\xD8\xB6", /* تعرض */
	"\xD8\xAA\xD8\xB9\xD8\xB1\xD8\xB6\xD8\xAA", /* تعرضت */
	"\xD8\xAE\xD8\xB6\xD8\xB9", /* خضع */
	"\xD8\xAE\xD8\xB6\xD8\xB9\xD8\xAA", /* خضعت */
	"\xD8\xA7\xD8\xAE\xD8\xA8\xD8\xB1", /* اخبر */
	"\xD8\xA7\xD8\xAE\xD8\xA8\xD8\xB1\xD8\xAA", /* اخبرت */
	"\xD9\x83\xD8\xAA\xD8\xA8\xD8\xAA", /* كتبت */
	"\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xB1\xD9\x81", /* اعترف */
	"\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xB1\xD9\x81\xD8\xAA", /* اعترفت */
	"\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xA7\xD8\xB1", /* اختار */
	"\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xA7\xD8\xB1\xD8\xAA", /* اختارت */
	"\xD8\xA7\xD9\x86\xD8\xAA\xD8\xAE\xD8\xA8", /* انتخب */
	"\xD8\xA7\xD9\x86\xD8\xAA\xD8\xAE\xD8\xA8\xD8\xAA", /* انتخبت */
	"\xD8\xAA\xD8\xB3\xD8\xA8\xD8\xA8", /* تسبب */
	"\xD8\xAA\xD8\xB3\xD8\xA8\xD8\xA8\xD8\xAA", /* تسببت */
	"\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xAB", /* تحدث */
	"\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xAB\xD8\xAA", /* تحدثت */
	"\xD8\xA7\xD8\xA8\xD9\x84\xD8\xBA", /* ابلغ */
	"\xD8\xA7\xD8\xA8\xD9\x84\xD8\xBA\xD8\xAA", /* ابلغت */
	"\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xB1", /* اعتبر */
	"\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xB1\xD8\xAA", /* اعتبرت */
	"\xD9\x88\xD8\xAC\xD8\xAF\xD8\xAA", /* وجدت */
	"\xD8\xB9\xD8\xAB\xD8\xB1", /* عثر */
	"\xD8\xB9\xD8\xAB\xD8\xB1\xD8\xAA", /* عثرت */
	"\xD8\xAD\xD8\xB5\xD9\x84", /* حصل */
	"\xD8\xAD\xD8\xB5\xD9\x84\xD8\xAA", /* حصلت */
	"\xD9\x88\xD8\xA7\xD8\xAC\xD9\x87", /* واجه */
	"\xD9\x88\xD8\xA7\xD8\xAC\xD9\x87\xD8\xAA", /* واجهت */
	"\xD8\xA7\xD8\xB6\xD8\xB7\xD8\xB1", /* اضطر */
	"\xD8\xA7\xD8\xB6\xD8\xB7\xD8\xB1\xD8\xAA", /* اضطرت */
	"\xD8\xA7\xD9\x86\xD8\xAF\xD9\x84\xD8\xB9", /* اندلع */
	"\xD8\xA7\xD9\x86\xD8\xAF\xD9\x84\xD8\xB9\xD8\xAA", /* اندلعت */
	"\xD8\xA7\xD8\xB3\xD9\x81\xD8\xB1", /* اسفر */
	"\xD8\xA7\xD8\xB3\xD9\x81\xD8\xB1\xD8\xAA", /* اسفرت */
	"\xD8\xAC\xD8\xA7\xD8\xA1", /* جاء */
	"\xD8\xAC\xD8\xA7\xD8\xA1\xD8\xAA", /* جاءت */
	"\xD8\xA8\xD9\x84\xD8\xBA", /* بلغ */
	"\xD8\xA8\xD9\x84\xD8\xBA\xD8\xAA", /* بلغت */
	"\xD8\xA7\xD8\xB5\xD8\xA8\xD8\xAD", /* اصبح */
	"\xD8\xA7\xD8\xB5\xD8\xA8\xD8\xAD\xD8\xAA", /* اصبحت */
	"\xD9\x86\xD8\xB4\xD8\xB1", /* نشر */
	"\xD9\x86\xD8\xB4\xD8\xB1\xD8\xAA", /* نشرت */
	"\xD8\xA7\xD8\xAF\xD9\x84\xD9\x8A", /* ادلي */
	"\xD8\xA7\xD8\xAF\xD9\x84\xD8\xAA", /* ادلت */
	"\xD9\x88\xD9\x82\xD8\xB9\xD8\xAA", /* وقعت */
	"\xD8\xA7\xD9\x82\xD8\xB1", /* اقر */
	"\xD8\xA7\xD9\x82\xD8\xB1\xD8\xAA", /* اقرت */
};

int mwz__arabic_past_verb(const char *s, size_t n)
{
	return IN_LIST(past_ar, s, n);
}

/* Words that continue a sentence after a quotation closed without a stop (diacritics
 * dropped): prepositions, conjunctions, relatives, pronouns: `"..." من` `"..." الذي`. */
static const char *const cont_ar[] = {
	"\xD9\x85\xD9\x86", /* من */
	"\xD9\x81\xD9\x8A", /* في */
	"\xD8\xB9\xD9\x84\xD9\x89", /* على */
	"\xD8\xA7\xD9\x84\xD9\x89", /* الى */
	"\xD8\xA5\xD9\x84\xD9\x89", /* إلى */
	"\xD8\xB9\xD9\x86", /* عن */
	"\xD8\xA7\xD9\x86", /* ان */
	"\xD8\xA3\xD9\x86", /* أن */
	"\xD8\xA5\xD9\x86", /* إن */
	"\xD8\xA8\xD8\xA7\xD9\x86", /* بان */
	"\xD8\xA8\xD8\xA3\xD9\x86", /* بأن */
	"\xD9\x84\xD8\xA7\xD9\x86", /* لان */
	"\xD9\x84\xD8\xA3\xD9\x86", /* لأن */
	"\xD8\xAD\xD9\x8A\xD8\xAB", /* حيث */
	"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", /* الذي */
	"\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A", /* التي */
	"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", /* الذين */
	"\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", /* اللذين */
	"\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86", /* اللتين */
	"\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD8\xA7\xD9\x86", /* اللذان */
	"\xD9\x85\xD8\xA7", /* ما */
	"\xD8\xB9\xD9\x86\xD8\xAF", /* عند */
	"\xD8\xAD\xD9\x8A\xD8\xA7\xD9\x84", /* حيال */
	"\xD8\xA7\xD8\xB0\xD8\xA7", /* اذا */
	"\xD8\xA5\xD8\xB0\xD8\xA7", /* إذا */
	"\xD9\x85\xD8\xB9", /* مع */
	"\xD8\xA8\xD9\x8A\xD9\x86", /* بين */
	"\xD9\x83\xD9\x85\xD8\xA7", /* كما */
	"\xD8\xAD\xD8\xB3\xD8\xA8", /* حسب */
	"\xD8\xAD\xD8\xB3\xD8\xA8\xD9\x85\xD8\xA7", /* حسبما */
	"\xD9\x88\xD9\x81\xD9\x82\xD8\xA7", /* وفقا */
	"\xD9\x88\xD9\x81\xD9\x82", /* وفق */
	"\xD8\xA7\xD9\x88", /* او */
	"\xD8\xA3\xD9\x88", /* أو */
	"\xD8\xAB\xD9\x85", /* ثم */
	"\xD9\x84\xD9\x83\xD9\x86", /* لكن */
	"\xD8\xA8\xD9\x84", /* بل */
	"\xD8\xAD\xD8\xAA\xD9\x89", /* حتى */
	"\xD9\x85\xD9\x86\xD8\xB0", /* منذ */
	"\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", /* خلال */
	"\xD8\xA8\xD8\xB9\xD8\xAF", /* بعد */
	"\xD9\x82\xD8\xA8\xD9\x84", /* قبل */
	"\xD8\xA7\xD9\x8A", /* اي */
	"\xD8\xA3\xD9\x8A", /* أي */
	"\xD9\x84\xD8\xAF\xD9\x89", /* لدى */
	"\xD8\xAA\xD8\xAC\xD8\xA7\xD9\x87", /* تجاه */
	"\xD9\x86\xD8\xAD\xD9\x88", /* نحو */
	"\xD8\xB6\xD8\xAF", /* ضد */
	"\xD8\xAF\xD9\x88\xD9\x86", /* دون */
	"\xD8\xA8\xD8\xAF\xD9\x88\xD9\x86", /* بدون */
	"\xD9\x87\xD8\xB0\xD8\xA7", /* هذا */
	"\xD9\x87\xD8\xB0\xD9\x87", /* هذه */
	"\xD9\x87\xD9\x88", /* هو */
	"\xD9\x87\xD9\x8A", /* هي */
	"\xD9\x88\xD9\x87\xD9\x88", /* وهو */
	"\xD9\x88\xD9\x87\xD9\x8A", /* وهي */
	"\xD9\x84\xD9\x87", /* له */
	"\xD9\x84\xD9\x87\xD8\xA7", /* لها */
	"\xD8\xB9\xD8\xA8\xD8\xB1", /* عبر */
	"\xD8\xB6\xD9\x85\xD9\x86", /* ضمن */
	"\xD8\xA5\xD8\xB2\xD8\xA7\xD8\xA1", /* إزاء */
	"\xD8\xA7\xD8\xB2\xD8\xA7\xD8\xA1", /* ازاء */
	"\xD9\x82\xD8\xAF", /* قد */
};

int mwz__arabic_continuation(const char *s, size_t n)
{
	return IN_LIST(cont_ar, s, n);
}

/* Names of Latin letters as Arabic spells them (folded: bare alef, ي for ى), read as
 * initials before a stop: جون إف. كينيدي، جيه. آر. آر. تولكين, روي في. واد. */
static const char *const letter_ar[] = {
	"\xD8\xA7\xD9\x8A\xD9\x87", /* ايه: A */
	"\xD8\xA8\xD9\x8A", /* بي: B */
	"\xD8\xB3\xD9\x8A", /* سي: C */
	"\xD8\xAF\xD9\x8A", /* دي: D */
	"\xD8\xA7\xD9\x8A", /* اي: E, I */
	"\xD8\xA7\xD9\x81", /* اف: F */
	"\xD8\xAC\xD9\x8A", /* جي: G */
	"\xD8\xA7\xD8\xAA\xD8\xB4", /* اتش: H */
	"\xD8\xAC\xD9\x8A\xD9\x87", /* جيه: J */
	"\xD8\xAC\xD8\xA7\xD9\x8A", /* جاي: J */
	"\xD9\x83\xD9\x8A\xD9\x87", /* كيه: K */
	"\xD8\xA7\xD9\x84", /* ال: L */
	"\xD8\xA7\xD9\x85", /* ام: M */
	"\xD8\xA7\xD9\x86", /* ان: N */
	"\xD8\xA7\xD9\x88", /* او: O */
	"\xD9\x83\xD9\x8A\xD9\x88", /* كيو: Q */
	"\xD8\xA7\xD8\xB1", /* ار: R */
	"\xD8\xA7\xD8\xB3", /* اس: S */
	"\xD8\xAA\xD9\x8A", /* تي: T */
	"\xD9\x8A\xD9\x88", /* يو: U */
	"\xD9\x81\xD9\x8A", /* في: V */
	"\xD8\xAF\xD8\xA8\xD9\x84\xD9\x8A\xD9\x88", /* دبليو: W */
	"\xD8\xA7\xD9\x83\xD8\xB3", /* اكس: X */
	"\xD9\x88\xD8\xA7\xD9\x8A", /* واي: Y */
	"\xD8\xB2\xD8\xAF", /* زد: Z */
	"\xD8\xB2\xD9\x8A", /* زي: Z */
};

int mwz__arabic_letter_name(const char *s, size_t n)
{
	return IN_LIST(letter_ar, s, n);
}

/* Prepositions, conjunctions and particles (folded) that no sentence ends with: a
 * stop after one is not the end of a sentence. */
static const char *const stop_inside_ar[] = {
	"\xD9\x81\xD9\x8A", /* في */
	"\xD9\x85\xD9\x86", /* من */
	"\xD8\xB9\xD9\x84\xD9\x8A", /* علي */
	"\xD8\xA7\xD9\x84\xD9\x8A", /* الي */
	"\xD8\xB9\xD9\x86", /* عن */
	"\xD9\x85\xD8\xB9", /* مع */
	"\xD8\xA7\xD9\x86", /* ان */
	"\xD8\xA8\xD9\x8A\xD9\x86", /* بين */
	"\xD8\xAB\xD9\x85", /* ثم */
	"\xD8\xA7\xD9\x88", /* او */
	"\xD9\x88", /* و */
	"\xD9\x85\xD9\x86\xD8\xB0", /* منذ */
	"\xD8\xB9\xD9\x86\xD8\xAF", /* عند */
	"\xD9\x84\xD8\xAF\xD9\x8A", /* لدي */
	"\xD9\x86\xD8\xAD\xD9\x88", /* نحو */
	"\xD8\xB6\xD8\xAF", /* ضد */
	"\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", /* خلال */
	"\xD8\xAD\xD9\x88\xD9\x84", /* حول */
	"\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A", /* التي */
	"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", /* الذي */
	"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", /* الذين */
	"\xD9\x82\xD8\xAF", /* قد */
	"\xD9\x84\xD9\x82\xD8\xAF", /* لقد */
	"\xD9\x84\xD9\x85", /* لم */
	"\xD9\x84\xD9\x86", /* لن */
	"\xD9\x83\xD9\x8A", /* كي */
	"\xD9\x84\xD9\x83\xD9\x8A", /* لكي */
	"\xD9\x84\xD9\x83\xD9\x86", /* لكن */
	"\xD8\xA8\xD9\x84", /* بل */
};

int mwz__arabic_no_final(const char *s, size_t n)
{
	return IN_LIST(stop_inside_ar, s, n);
}

/* Month names (diacritics dropped), Egyptian and Levantine. */
static const char *const months_ar[] = {
	"\xD9\x8A\xD9\x86\xD8\xA7\xD9\x8A\xD8\xB1", /* يناير */
	"\xD9\x81\xD8\xA8\xD8\xB1\xD8\xA7\xD9\x8A\xD8\xB1", /* فبراير */
	"\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3", /* مارس */
	"\xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", /* أبريل */
	"\xD8\xA7\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", /* ابريل */
	"\xD8\xA5\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84", /* إبريل */
	"\xD9\x85\xD8\xA7\xD9\x8A\xD9\x88", /* مايو */
	"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88", /* يونيو */
	"\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x87", /* يونيه */
	"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88", /* يوليو */
	"\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x87", /* يوليه */
	"\xD8\xA3\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", /* أغسطس */
	"\xD8\xA7\xD8\xBA\xD8\xB3\xD8\xB7\xD8\xB3", /* اغسطس */
	"\xD8\xB3\xD8\xA8\xD8\xAA\xD9\x85\xD8\xA8\xD8\xB1", /* سبتمبر */
	"\xD8\xA3\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", /* أكتوبر */
	"\xD8\xA7\xD9\x83\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1", /* اكتوبر */
	"\xD9\x86\xD9\x88\xD9\x81\xD9\x85\xD8\xA8\xD8\xB1", /* نوفمبر */
	"\xD8\xAF\xD9\x8A\xD8\xB3\xD9\x85\xD8\xA8\xD8\xB1", /* ديسمبر */
	"\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD9\x86", /* كانون */
	"\xD8\xB4\xD8\xA8\xD8\xA7\xD8\xB7", /* شباط */
	"\xD8\xA2\xD8\xB0\xD8\xA7\xD8\xB1", /* آذار */
	"\xD8\xA7\xD8\xB0\xD8\xA7\xD8\xB1", /* اذار */
	"\xD9\x86\xD9\x8A\xD8\xB3\xD8\xA7\xD9\x86", /* نيسان */
	"\xD8\xA3\xD9\x8A\xD8\xA7\xD8\xB1", /* أيار */
	"\xD8\xA7\xD9\x8A\xD8\xA7\xD8\xB1", /* ايار */
	"\xD8\xAD\xD8\xB2\xD9\x8A\xD8\xB1\xD8\xA7\xD9\x86", /* حزيران */
	"\xD8\xAA\xD9\x85\xD9\x88\xD8\xB2", /* تموز */
	"\xD8\xA2\xD8\xA8", /* آب */
	"\xD8\xA7\xD8\xA8", /* اب */
	"\xD8\xA3\xD9\x8A\xD9\x84\xD9\x88\xD9\x84", /* أيلول */
	"\xD8\xA7\xD9\x8A\xD9\x84\xD9\x88\xD9\x84", /* ايلول */
	"\xD8\xAA\xD8\xB4\xD8\xB1\xD9\x8A\xD9\x86", /* تشرين */
};

int mwz__arabic_month(const char *s, size_t n)
{
	return IN_LIST(months_ar, s, n);
}

/* Other words a year follows inside a sentence: "في أبريل 2018: ..." */
static const char *const before_year_ar[] = {
	"\xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84", /* الأول */
	"\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84", /* الاول */
	"\xD8\xA7\xD9\x84\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A", /* الثاني */
	"\xD8\xB9\xD8\xA7\xD9\x85", /* عام */
	"\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85", /* العام */
	"\xD8\xB3\xD9\x86\xD8\xA9", /* سنة */
	"\xD8\xA7\xD9\x84\xD8\xB3\xD9\x86\xD8\xA9", /* السنة */
	"\xD8\xB9\xD8\xA7\xD9\x85\xD9\x8A", /* عامي */
	"\xD9\x85\xD9\x86\xD8\xB0", /* منذ */
	"\xD8\xAD\xD8\xAA\xD9\x89", /* حتى */
	"\xD9\x81\xD9\x8A", /* في */
};

int mwz__arabic_before_year(const char *s, size_t n)
{
	return IN_LIST(before_year_ar, s, n) || IN_LIST(months_ar, s, n);
}

/* Subject pronouns that open sentences, as written with a capital; "I" is left out
 * (it is capitalised anywhere). */
static const char *const subj_en[] = { "He", "She", "It", "They", "We", "These", "Those" };

int mwz__subject_pronoun(const char *s, size_t n)
{
	return IN_LIST(subj_en, s, n);
}

/* Determiners that open sentences, as written with a capital. */
static const char *const det_en[] = {
	"The", "This", "Its", "Their", "Some", "Many", "Most", "Several", "Both", "Each",
	"Such", "Another", "Our", "His", "Her", "My", "Your",
};

int mwz__capital_determiner(const char *s, size_t n)
{
	return IN_LIST(det_en, s, n);
}

/* Verbs of saying a quotation without quote marks may follow: said We will... */
static const char *const say_en[] = {
	"said", "says", "say", "told", "tells", "asked", "asks", "added", "adds", "wrote",
	"writes", "stated", "states", "declared", "replied", "announced", "tweeted", "insisted",
	"shouted", "yelled", "cried", "exclaimed", "wondered", "recalled", "explained",
	"noted", "screamed", "posted",
};

int mwz__say_word(const char *s, size_t n)
{
	return IN_LIST(say_en, s, n);
}

/* The verb of the formula جاء ذلك / يأتي ذلك (this came after...), that opens a news
 * sentence referring to the one before; diacritics dropped. */
static const char *const came_ar[] = {
	"\xD8\xAC\xD8\xA7\xD8\xA1", /* جاء */
	"\xD8\xAC\xD8\xA7\xD8\xA1\xD8\xAA", /* جاءت */
	"\xD9\x8A\xD8\xA3\xD8\xAA\xD9\x8A", /* يأتي */
	"\xD8\xAA\xD8\xA3\xD8\xAA\xD9\x8A", /* تأتي */
	"\xD9\x8A\xD8\xA7\xD8\xAA\xD9\x8A", /* ياتي */
	"\xD8\xAA\xD8\xA7\xD8\xAA\xD9\x8A", /* تاتي */
	"\xD9\x88\xD8\xAC\xD8\xA7\xD8\xA1", /* وجاء */
	"\xD9\x88\xD8\xAC\xD8\xA7\xD8\xA1\xD8\xAA", /* وجاءت */
	"\xD9\x88\xD9\x8A\xD8\xA3\xD8\xAA\xD9\x8A", /* ويأتي */
	"\xD9\x88\xD8\xAA\xD8\xA3\xD8\xAA\xD9\x8A", /* وتأتي */
	"\xD9\x88\xD9\x8A\xD8\xA7\xD8\xAA\xD9\x8A", /* وياتي */
	"\xD9\x88\xD8\xAA\xD8\xA7\xD8\xAA\xD9\x8A", /* وتاتي */
};

int mwz__arabic_came(const char *s, size_t n)
{
	return IN_LIST(came_ar, s, n);
}

static const char *const dem_ar[] = {
	"\xD8\xB0\xD9\x84\xD9\x83", /* ذلك */
	"\xD9\x87\xD8\xB0\xD8\xA7", /* هذا */
	"\xD9\x87\xD8\xB0\xD9\x87", /* هذه */
};

int mwz__arabic_demonstrative(const char *s, size_t n)
{
	return IN_LIST(dem_ar, s, n);
}
