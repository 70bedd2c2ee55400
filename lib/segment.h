/* segment.h - private to the segmenter: the abbreviation and word tables of abbrev.c. */
#ifndef MWZ_SEGMENT_H
#define MWZ_SEGMENT_H

/* What a word followed by a full stop is, for deciding whether the stop ends a sentence. */
enum mwz__abbr {
	MWZ__ABBR_NONE = 0,  /* not an abbreviation: the stop ends a sentence      */
	MWZ__ABBR_TITLE,     /* Mr. Dr. Sen. Gen.: a name follows, never an end    */
	MWZ__ABBR_INNER,     /* vs. e.g. cf. approx.: never an end                 */
	MWZ__ABBR_NUMBER,    /* No. Art. Vol.: no end before a number              */
	MWZ__ABBR_MONTH,     /* Jan. Sept.: no end before a number, else ambiguous */
	MWZ__ABBR_NAME,      /* U.S. U.N. St.: part of a name; an end only before
	                        a word that typically starts a sentence            */
	MWZ__ABBR_END        /* etc. Inc. Jr. a.m.: often an end; an end before a
	                        capitalised word that is no weekday, month or zone */
};

/* Class of the ASCII token s[0..n) written with its stop ("Mr." is "Mr"). */
int mwz__abbr_class(const char *s, size_t n);

/* True if the ASCII word s[0..n) typically starts an English sentence (The, He, But...). */
int mwz__sentence_starter(const char *s, size_t n);

/* True for weekdays, months and time zones, which follow a.m./p.m. or Inc. inside a sentence. */
int mwz__abbr_follower(const char *s, size_t n);

/* True if the UTF-8 Arabic word s[0..n) continues a sentence after a quoted question
 * or exclamation: «...؟» قال / قائلًا (said, saying, adding...). */
int mwz__arabic_speech(const char *s, size_t n);

#endif
