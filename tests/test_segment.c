/* test_segment.c - sentence segmentation through the public API: each rule, flags, errors. */
#include "muwazi.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static char joined[8192];

/* Split text and join the sentences with " | " ("#" before a paragraph start but the first). */
static const char *split(int lang, const char *text)
{
	mwz_segmenter_t *s = NULL;
	mwz_sentence_t *v = NULL;
	size_t n = 0, i, len = strlen(text), o = 0;
	mwz_error_t err;
	joined[0] = '\0';
	if (mwz_segmenter_create(&s, lang, &err) != MWZ_OK)
		return "(create failed)";
	if (mwz_segmenter_split(&v, &n, s, text, len, &err) != MWZ_OK) {
		mwz_segmenter_destroy(s);
		return "(split failed)";
	}
	for (i = 0; i < n; i++) {
		const char *sep = i == 0 ? "" :
		                  (v[i].flags & MWZ_SENT_PARA_START) ? " # " : " | ";
		if (o + strlen(sep) + v[i].len + 1 >= sizeof joined)
			break;
		memcpy(joined + o, sep, strlen(sep));
		o += strlen(sep);
		memcpy(joined + o, text + v[i].start, v[i].len);
		o += v[i].len;
	}
	joined[o] = '\0';
	mwz_free(v);
	mwz_segmenter_destroy(s);
	return joined;
}

#define EN(text, want, desc) OK_STR(split(MWZ_LANG_EN, text), want, "en: %s", desc)
#define AR(text, want, desc) OK_STR(split(MWZ_LANG_AR, text), want, "ar: %s", desc)

/* Length of the white space (ASCII or U+00A0, U+2028, U+2029) at p, else 0. */
static size_t space_at(const char *p)
{
	if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		return 1;
	if (strncmp(p, "\xC2\xA0", 2) == 0)
		return 2;
	if (strncmp(p, "\xE2\x80\xA8", 3) == 0 || strncmp(p, "\xE2\x80\xA9", 3) == 0)
		return 3;
	return 0;
}

/* Every non-space byte in exactly one sentence; sentences trimmed, in order. */
static int invariant(int lang, const char *text)
{
	mwz_segmenter_t *s = NULL;
	mwz_sentence_t *v = NULL;
	size_t n = 0, i, j, len = strlen(text), at = 0;
	int good = 1;
	unsigned char *seen = calloc(len + 1, 1);
	if (!seen || mwz_segmenter_create(&s, lang, NULL) ||
	    mwz_segmenter_split(&v, &n, s, text, len, NULL)) {
		printf("#   split failed on [%s]\n", text);
		free(seen);
		mwz_segmenter_destroy(s);
		return 0;
	}
	for (i = 0; i < n; i++) {
		const char *p = text + v[i].start;
		if (v[i].start < at || v[i].len == 0 || v[i].start + v[i].len > len)
			good = 0;
		else if (space_at(p) || space_at(p + v[i].len - 1) ||
		         (v[i].len >= 2 && space_at(p + v[i].len - 2) == 2) ||
		         (v[i].len >= 3 && space_at(p + v[i].len - 3) == 3))
			good = 0;
		for (j = v[i].start; j < v[i].start + v[i].len && j < len; j++)
			seen[j]++;
		at = v[i].start + v[i].len;
	}
	for (j = 0; j < len;) {
		size_t sp = space_at(text + j);
		if (!sp && seen[j] != 1)
			good = 0;
		j += sp ? sp : 1;
	}
	if (!good)
		printf("#   invariant broken on [%s]\n", text);
	free(seen);
	mwz_free(v);
	mwz_segmenter_destroy(s);
	return good;
}

/* Random texts from pieces that exercise every rule; the invariant must hold for all. */
static int random_invariants(int count)
{
	static const char *const pieces[] = {
		"Mr.", "U.S.", "J.", "K.", "etc.", "a.m.", "No.", "5", "3.5", "The", "he",
		"said", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", ".",
		"!", "?", "...", "\xE2\x80\xA6", ",", ":", "\xE2\x80\x93", "-", "(", ")",
		"\n", "\n\n", "\r\n", "\t", "  ", "\xE2\x80\xA9", "\xE2\x80\xA8",
		"\xD9\x82\xD8\xA7\xD9\x84", "\xD8\xAF.", "\xD8\x9F", "\xDB\x94",
		"\xD8\x8C", "\xD9\x88\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81",
		"\xF0\x9F\x98\x80", "BAGHDAD", "Volcano", "ash", "Ash", "city", "\xC2\xA0",
		"\xEF\xBB\xBF", "x", "",
	};
	char buf[600];
	unsigned long seed = 12345;
	int i, bad = 0;
	for (i = 0; i < count; i++) {
		size_t o = 0;
		int k, n;
		seed = seed * 1103515245u + 12345u;
		n = (int)((seed >> 16) % 60);
		for (k = 0; k < n; k++) {
			const char *p;
			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
			if (o + strlen(p) + 2 >= sizeof buf)
				break;
			memcpy(buf + o, p, strlen(p));
			o += strlen(p);
			if ((seed >> 8) % 3)
				buf[o++] = ' ';
		}
		buf[o] = '\0';
		if (!invariant((int)((seed >> 20) % 3), buf))
			bad++;
	}
	return bad;
}

int main(void)
{
	mwz_segmenter_t *s = NULL;
	mwz_sentence_t *v = NULL;
	size_t n = 99;
	mwz_error_t err;
	int rc;

	/* basics */
	EN("", "", "empty input gives no sentence");
	EN("  \n\n \t ", "", "white space only gives no sentence");
	EN("No final stop here", "No final stop here", "one sentence without a final stop");
	EN("  It rained.   It poured.  ", "It rained. | It poured.", "sentences are trimmed");
	EN("It rained. It poured! Did it? Yes.", "It rained. | It poured! | Did it? | Yes.",
	   "full stop, exclamation and question marks end sentences");

	/* abbreviations */
	EN("Mr. Smith met Dr. Jones and Gen. Lee. They talked.",
	   "Mr. Smith met Dr. Jones and Gen. Lee. | They talked.", "titles");
	EN("U.S. Sen. Elizabeth Warren spoke. Gov. Baker and Rep. Diehl did not.",
	   "U.S. Sen. Elizabeth Warren spoke. | Gov. Baker and Rep. Diehl did not.",
	   "U.S., Sen., Gov., Rep.");
	EN("He lives in the U.S. The rest of his family lives in the U.K. and travels.",
	   "He lives in the U.S. | The rest of his family lives in the U.K. and travels.",
	   "U.S. ends a sentence before a sentence-opening word");
	EN("The U.N. Security Council met. It voted.",
	   "The U.N. Security Council met. | It voted.", "U.N. inside a name");
	EN("It opened on Jan. 5 and closed on Dec. 12. Nobody came.",
	   "It opened on Jan. 5 and closed on Dec. 12. | Nobody came.", "months before a day");
	EN("Room No. 5 was empty. So was No. 6.",
	   "Room No. 5 was empty. | So was No. 6.", "No. before a number");
	EN("It is Lakers vs. Celtics tonight. Tickets sold out.",
	   "It is Lakers vs. Celtics tonight. | Tickets sold out.", "vs.");
	EN("They sell apples, pears, etc. The shop opens daily.",
	   "They sell apples, pears, etc. | The shop opens daily.", "etc. at the end");
	EN("He works for Apple Inc. The company grew.",
	   "He works for Apple Inc. | The company grew.", "Inc. at the end");
	EN("The meeting starts at 9 a.m. Monday in St. Louis. It ends at 5 p.m. Officials will speak.",
	   "The meeting starts at 9 a.m. Monday in St. Louis. | It ends at 5 p.m. | Officials will speak.",
	   "a.m. before a weekday, p.m. at the end, St.");

	/* initials */
	EN("J. K. Rowling wrote it. George W. Bush read it.",
	   "J. K. Rowling wrote it. | George W. Bush read it.", "initials");
	EN("He took vitamin D. The doctor agreed.",
	   "He took vitamin D. | The doctor agreed.", "a capital letter before a sentence-opening word");

	/* numbers */
	EN("Growth was 3.5 percent. The meeting was at 10.30 and cost $1,000.5 in all.",
	   "Growth was 3.5 percent. | The meeting was at 10.30 and cost $1,000.5 in all.",
	   "decimals and times");
	EN("Version 2.0.1 shipped. It works.", "Version 2.0.1 shipped. | It works.",
	   "dotted numbers");

	/* quotes */
	EN("He said, \"We will win.\" The crowd cheered.",
	   "He said, \"We will win.\" | The crowd cheered.", "sentence ends inside straight quotes");
	EN("She wrote: \xE2\x80\x9CIt is over.\xE2\x80\x9D Then she left.",
	   "She wrote: \xE2\x80\x9CIt is over.\xE2\x80\x9D | Then she left.", "curly quotes");
	EN("\"Stop!\" he shouted. \"Why?\" she asked.",
	   "\"Stop!\" he shouted. | \"Why?\" she asked.", "a quote continued by lower case");
	EN("\"We are ready,\" he said. \"Are you?\"",
	   "\"We are ready,\" he said. | \"Are you?\"", "a quote that continues with a comma");
	EN("(It was late.) They went home.", "(It was late.) | They went home.", "brackets");

	/* ellipses */
	EN("He waited... and waited. Nothing.", "He waited... and waited. | Nothing.",
	   "an ellipsis before lower case");
	EN("He waited\xE2\x80\xA6 The bus never came.",
	   "He waited\xE2\x80\xA6 | The bus never came.", "an ellipsis character before a capital");

	/* headlines, datelines and line breaks */
	EN("Sadr flags Baathist-ISIS nexus as clashes raise fears\nBAGHDAD \xE2\x80\x93 As tensions intensify, Sadr called for calm. He also spoke.",
	   "Sadr flags Baathist-ISIS nexus as clashes raise fears | BAGHDAD \xE2\x80\x93 As tensions intensify, Sadr called for calm. | He also spoke.",
	   "a headline line is its own sentence; a dateline stays with its sentence");
	EN("BAGHDAD \xE2\x80\x94\nThe talks ended.", "BAGHDAD \xE2\x80\x94\nThe talks ended.",
	   "a dateline on its own line continues");
	EN("The talks ended\nwithout a deal.", "The talks ended\nwithout a deal.",
	   "a line break before lower case is a space");
	EN("The minister said on Sunday that the\ntalks with the unions had ended and\nthat a new round would start soon.\nOthers disagreed.",
	   "The minister said on Sunday that the\ntalks with the unions had ended and\nthat a new round would start soon. | Others disagreed.",
	   "soft-wrapped lines are joined");
	EN("Iraqi cleric Muqtada al-Sadr calls for calm as border clashes raise\nfears\nThe cleric said on Sunday that the government must secure the border\nwith Syria and send reinforcements to the crossings at once, officials\nsaid.",
	   "Iraqi cleric Muqtada al-Sadr calls for calm as border clashes raise\nfears | The cleric said on Sunday that the government must secure the border\nwith Syria and send reinforcements to the crossings at once, officials\nsaid.",
	   "a wrapped headline, then wrapped text");
	EN("He met Mr.\nSmith there.", "He met Mr.\nSmith there.",
	   "an abbreviation at a line end does not end the sentence");

	/* a headline run into the first sentence */
	EN("Volcanic ash falls on city streets Ash from the volcano fell on the streets of the city on Sunday. Residents stayed inside.",
	   "Volcanic ash falls on city streets | Ash from the volcano fell on the streets of the city on Sunday. | Residents stayed inside.",
	   "a headline run into the lead that restates it is cut off");
	EN("Sadr flags nexus as clashes raise fears BAGHDAD \xE2\x80\x93 As tensions intensify, Sadr called for calm. He also spoke.",
	   "Sadr flags nexus as clashes raise fears | BAGHDAD \xE2\x80\x93 As tensions intensify, Sadr called for calm. | He also spoke.",
	   "a headline before a dateline is cut off");
	EN("The minister said the talks with the unions in Basra would resume on Monday after the holiday. They ended.",
	   "The minister said the talks with the unions in Basra would resume on Monday after the holiday. | They ended.",
	   "an ordinary first sentence is not cut");
	EN("Talks resume\nThe talks with the unions resumed on Monday.",
	   "Talks resume | The talks with the unions resumed on Monday.",
	   "a headline on its own line");
	EN("He spoke.\n\nVolcanic ash falls on city streets Ash from the volcano fell on the streets of the city on Sunday.",
	   "He spoke. # Volcanic ash falls on city streets Ash from the volcano fell on the streets of the city on Sunday.",
	   "only the first sentence of a text is looked at for a headline");
	AR("\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xA7\xD8\xB9 \xD8\xA3\xD8\xB3\xD8\xB9\xD8\xA7\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x86\xD9\x81\xD8\xB7 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD9\x88\xD8\xA7\xD9\x82 \xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA9 "
	   "\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xB9\xD8\xAA \xD8\xA3\xD8\xB3\xD8\xB9\xD8\xA7\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x86\xD9\x81\xD8\xB7 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD9\x88\xD8\xA7\xD9\x82 \xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA9 \xD9\x8A\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xAB\xD9\x86\xD9\x8A\xD9\x86.",
	   "\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xA7\xD8\xB9 \xD8\xA3\xD8\xB3\xD8\xB9\xD8\xA7\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x86\xD9\x81\xD8\xB7 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD9\x88\xD8\xA7\xD9\x82 \xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA9 | "
	   "\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xB9\xD8\xAA \xD8\xA3\xD8\xB3\xD8\xB9\xD8\xA7\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x86\xD9\x81\xD8\xB7 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD9\x88\xD8\xA7\xD9\x82 \xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xA9 \xD9\x8A\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xAB\xD9\x86\xD9\x8A\xD9\x86.",
	   "an Arabic headline run into a lead that restates it is cut off");

	/* paragraphs */
	EN("First one. Second one.\n\nThird one\n\n\nFourth.",
	   "First one. | Second one. # Third one # Fourth.", "blank lines are boundaries");
	EN("Dr.\n\nSmith came.", "Dr. # Smith came.", "a blank line is always a boundary");
	EN("One.\r\n\r\nTwo.\r\nThree", "One. # Two. | Three", "CR LF line ends");

	/* Arabic */
	AR("\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD9\x83\xD9\x84\xD9\x85\xD8\xA9. \xD9\x87\xD9\x84 \xD8\xAD\xD8\xB6\xD8\xB1\xD8\x9F \xD9\x86\xD8\xB9\xD9\x85!",
	   "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD9\x83\xD9\x84\xD9\x85\xD8\xA9. | \xD9\x87\xD9\x84 \xD8\xAD\xD8\xB6\xD8\xB1\xD8\x9F | \xD9\x86\xD8\xB9\xD9\x85!",
	   "Latin stop, Arabic question mark, exclamation");
	AR("\xD9\x82\xD8\xA7\xD9\x84\xDB\x94 \xD8\xB0\xD9\x87\xD8\xA8",
	   "\xD9\x82\xD8\xA7\xD9\x84\xDB\x94 | \xD8\xB0\xD9\x87\xD8\xA8", "Arabic full stop U+06D4");
	AR("\xD9\x82\xD8\xA7\xD9\x84\xD8\x8C \xD8\xB0\xD9\x87\xD8\xA8\xD8\x9B \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "\xD9\x82\xD8\xA7\xD9\x84\xD8\x8C \xD8\xB0\xD9\x87\xD8\xA8\xD8\x9B \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "Arabic comma and semicolon do not end sentences");
	AR("\xD9\x86\xD9\x85\xD8\xA7 \xD8\xA8\xD9\x86\xD8\xB3\xD8\xA8\xD8\xA9 3.5 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD9\x85\xD8\xA6\xD8\xA9. \xD8\xB0\xD9\x87\xD8\xA8",
	   "\xD9\x86\xD9\x85\xD8\xA7 \xD8\xA8\xD9\x86\xD8\xB3\xD8\xA8\xD8\xA9 3.5 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD9\x85\xD8\xA6\xD8\xA9. | \xD8\xB0\xD9\x87\xD8\xA8",
	   "a decimal in Arabic text");
	AR("\xD9\x82\xD8\xA7\xD9\x84: \xC2\xAB\xD8\xB0\xD9\x87\xD8\xA8.\xC2\xBB \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "\xD9\x82\xD8\xA7\xD9\x84: \xC2\xAB\xD8\xB0\xD9\x87\xD8\xA8.\xC2\xBB | \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "a sentence ends after the closing guillemet");
	AR("\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB6\xD8\xB9 \"\xD8\xB5\xD8\xB9\xD8\xA8 \xD8\xAC\xD8\xAF\xD8\xA7 \xD8\xB9\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD8\xAC\xD9\x85\xD9\x8A\xD8\xB9\" \xD9\x88\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAD\xD9\x84 \xD9\x82\xD8\xB1\xD9\x8A\xD8\xA8.",
	   "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB6\xD8\xB9 \"\xD8\xB5\xD8\xB9\xD8\xA8 \xD8\xAC\xD8\xAF\xD8\xA7 \xD8\xB9\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD8\xAC\xD9\x85\xD9\x8A\xD8\xB9\" | \xD9\x88\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAD\xD9\x84 \xD9\x82\xD8\xB1\xD9\x8A\xD8\xA8.",
	   "a quotation without a stop, then \"and he added\"");
	AR("\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA: \xC2\xAB\xD9\x87\xD9\x84 \xD8\xB3\xD9\x86\xD9\x86\xD8\xAC\xD8\xAD\xD8\x9F\xC2\xBB \xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1. \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA: \xC2\xAB\xD9\x87\xD9\x84 \xD8\xB3\xD9\x86\xD9\x86\xD8\xAC\xD8\xAD\xD8\x9F\xC2\xBB \xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1. | \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "a quoted question continued by a verb of saying");
	AR("\xD8\xA7\xD9\x84\xD8\xAA\xD9\x82\xD9\x89 \xD8\xAF. \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD8\xA8\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1. \xD9\x88\xD9\x84\xD8\xAF \xD8\xB9\xD8\xA7\xD9\x85 1950 \xD9\x85. \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x82\xD9\x89 \xD8\xAF. \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD8\xA8\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1. | \xD9\x88\xD9\x84\xD8\xAF \xD8\xB9\xD8\xA7\xD9\x85 1950 \xD9\x85. | \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "one Arabic letter and a stop is an abbreviation (Dr.), but not after a year");
	AR("\xD9\x82\xD8\xA7\xD9\x84 \xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1 (\xD8\xA3.\xD9\x81.\xD8\xA8) \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD9\x88\xD9\x85 \xD9\x88\xD9\x82\xD8\xB9. \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "\xD9\x82\xD8\xA7\xD9\x84 \xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1 (\xD8\xA3.\xD9\x81.\xD8\xA8) \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD9\x88\xD9\x85 \xD9\x88\xD9\x82\xD8\xB9. | \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "dotted Arabic letters (AFP) are one abbreviation");
	AR("\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA3.\xD8\xAF. \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD8\xB9\xD9\x84\xD9\x8A \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB6\xD8\xB9 \xD8\xB5\xD8\xB9\xD8\xA8. \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA3.\xD8\xAF. \xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD8\xB9\xD9\x84\xD9\x8A \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB6\xD8\xB9 \xD8\xB5\xD8\xB9\xD8\xA8. | \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "Prof. Dr. in Arabic letters");
	AR("\xD9\x88\xD9\x82\xD8\xB9 \xD8\xB9\xD8\xA7\xD9\x85 300 \xD9\x82.\xD9\x85. \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "\xD9\x88\xD9\x82\xD8\xB9 \xD8\xB9\xD8\xA7\xD9\x85 300 \xD9\x82.\xD9\x85. | \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF.",
	   "an era after a year may end a sentence");
	AR("\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA9 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 \xD8\xAA\xD9\x85.\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84 \xD8\xA5\xD9\x86\xD9\x87 \xD9\x82\xD8\xB1\xD9\x8A\xD8\xA8. \xD9\x87\xD9\x88.",
	   "\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA9 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 \xD8\xAA\xD9\x85. | \xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84 \xD8\xA5\xD9\x86\xD9\x87 \xD9\x82\xD8\xB1\xD9\x8A\xD8\xA8. | \xD9\x87\xD9\x88.",
	   "a stop without a space after it, and a two-letter word, end sentences");
	AR("\xD8\xAF\xD8\xB1\xD8\xB3 \xD8\xA8\xD8\xB1\xD9\x88\xD8\xAA\xD9\x8A\xD9\x86 S. \xD9\x88\xD9\x81\xD9\x82\xD8\xA7 \xD9\x84\xD9\x84\xD8\xAF\xD8\xB1\xD8\xA7\xD8\xB3\xD8\xA9.",
	   "\xD8\xAF\xD8\xB1\xD8\xB3 \xD8\xA8\xD8\xB1\xD9\x88\xD8\xAA\xD9\x8A\xD9\x86 S. | \xD9\x88\xD9\x81\xD9\x82\xD8\xA7 \xD9\x84\xD9\x84\xD8\xAF\xD8\xB1\xD8\xA7\xD8\xB3\xD8\xA9.",
	   "a Latin capital and a stop before Arabic ends the sentence");
	OK_STR(split(MWZ_LANG_AUTO, "\xD9\x82\xD8\xA7\xD9\x84. \xD8\xB0\xD9\x87\xD8\xA8.\n\nHe went. Mr. Li came."),
	       "\xD9\x82\xD8\xA7\xD9\x84. | \xD8\xB0\xD9\x87\xD8\xA8. # He went. | Mr. Li came.",
	       "auto: the script of each paragraph picks the rules");

	/* invariant */
	OK(invariant(MWZ_LANG_EN, "  A. B.\n\n C? \"D!\" e said... F\xE2\x80\xA6 G\r\nh.  \n"),
	   "no non-space byte lost or duplicated (English)");
	OK(invariant(MWZ_LANG_AUTO, "\xD9\x82\xD8\xA7\xD9\x84. \xD8\x9F \n\xD8\xB0\n\n\n x. Y"),
	   "no non-space byte lost or duplicated (Arabic, auto)");

	OK(random_invariants(3000) == 0, "invariant on 3000 random texts in every language mode");

	/* errors */
	rc = mwz_segmenter_create(&s, MWZ_LANG_EN, &err);
	OK(rc == MWZ_OK && s != NULL, "create");
	memset(&err, 0, sizeof err);
	rc = mwz_segmenter_split(&v, &n, s, "Good.\nBad \xC3\x28 byte.", 17, &err);
	OK(rc == MWZ_EUTF8, "invalid UTF-8 is MWZ_EUTF8");
	OK(err.code == MWZ_EUTF8 && err.offset == 10 && err.line == 2,
	   "the error gives the offset (%zu) and line (%zu) of the bad byte", err.offset, err.line);
	OK(v == NULL && n == 0, "nothing returned on error");
	rc = mwz_segmenter_split(&v, &n, s, "Still works. Yes.", 17, NULL);
	OK(rc == MWZ_OK && n == 2, "the segmenter is usable after an error");
	mwz_free(v);
	OK(mwz_segmenter_split(NULL, &n, s, "x", 1, NULL) == MWZ_EINVAL, "NULL out is EINVAL");
	mwz_segmenter_destroy(s);
	OK(mwz_segmenter_create(&s, 42, NULL) == MWZ_EINVAL && s == NULL, "unknown language is EINVAL");
	mwz_segmenter_destroy(NULL);
	OK(1, "destroy(NULL) is harmless");
	TAP_DONE();
}
