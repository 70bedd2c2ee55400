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

/* Words that carry no content for the headline detector: the, of, says... / في، من... */
int mwz__function_word(const char *s, size_t n, int arabic);

/* Words a headline does not end with (prepositions, articles, conjunctions; in Arabic
 * also particles a verb must follow, قد، كما، عندما, with or without و or ف). */
int mwz__no_end_word(const char *s, size_t n, int arabic);

/* Strength (0, 1 or 2) of an English word as the opening of a sentence inside running
 * text when capitalised: 2 for pronouns and conjunctions (He, There, But), 1 for
 * words that also open titles (The, A, In). */
int mwz__starter_strength(const char *s, size_t n);

/* True if the UTF-8 Arabic word s[0..n) opens a new sentence after a quotation that
 * ends without a stop: وأضاف، وقالت، لقد (and he added, and she said, indeed). */
int mwz__arabic_opener(const char *s, size_t n);

/* True if the folded Arabic word s[0..n) names a Latin letter (إف، آر، دبليو), an
 * initial when a stop follows it. */
int mwz__arabic_letter_name(const char *s, size_t n);

/* True if no sentence ends with the folded Arabic word s[0..n): a preposition,
 * conjunction or particle (في، من، إلى، أو، لكن). */
int mwz__arabic_no_final(const char *s, size_t n);

/* True if the normalised Arabic word s[0..n) is a verb of reporting that opens news
 * leads (قال، أعلنت، ذكرت...). */
int mwz__arabic_lead_verb(const char *s, size_t n);

/* True if the normalised Arabic word s[0..n) is a past-tense verb of a news event that
 * opens leads (أضاف، هاجم، انتهت، اعتقل...), not one of mwz__arabic_lead_verb's. */
int mwz__arabic_past_verb(const char *s, size_t n);

/* True if the Arabic word s[0..n) (diacritics dropped) continues a sentence after a
 * quotation closed without a stop: من، في، الذي، أن، حيث... */
int mwz__arabic_continuation(const char *s, size_t n);

/* True if the Arabic word s[0..n) (diacritics dropped) is one a year follows inside a
 * sentence: a month (يناير، نيسان...), عام، سنة، في، منذ. */
int mwz__arabic_before_year(const char *s, size_t n);

/* True if the Arabic word s[0..n) (diacritics dropped) is a month name: يناير، نيسان. */
int mwz__arabic_month(const char *s, size_t n);

/* True for He, She, It, They, We, These, Those as written (capitalised). */
int mwz__subject_pronoun(const char *s, size_t n);

/* True for The, This, Some, Many, Its... as written (capitalised). */
int mwz__capital_determiner(const char *s, size_t n);

/* True for English verbs of saying (said, told, added...) in lower case. */
int mwz__say_word(const char *s, size_t n);

/* True for جاء، جاءت، يأتي، تأتي (with or without و), diacritics dropped: the verb
 * of the news formula جاء ذلك (this came...). */
int mwz__arabic_came(const char *s, size_t n);

/* True for ذلك، هذا، هذه. */
int mwz__arabic_demonstrative(const char *s, size_t n);

#endif
