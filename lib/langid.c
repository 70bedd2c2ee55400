/* langid.c - the languages known beside Arabic, their function words, and a guess of a text's language. */
#include "muwazi.h"
#include "langid.h"
#include "lexicon.h"

#include <string.h>

/*
 * Function words (articles, pronouns, prepositions, conjunctions, auxiliary
 * and copula forms, a few common adverbs), folded as mwz__fold_word folds
 * them: lower case, marks dropped, ß -> ss. Words are cut at apostrophes,
 * so the elided French and Italian forms are listed as the tokenizer leaves
 * them ("l'", "qu'", "dell'" -> "l", "qu", "dell"), as are the pieces of
 * English contractions ("'s", "n't" -> "s", "t"). Each list sorted bytewise
 * (strcmp order, no duplicates) for the binary search; tests/test_langid.c
 * checks that order in this file.
 */

static const char *const en_words[] = {
	"a", "about", "above", "after", "against", "all", "also", "although", "am", "among", "an",
	"and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
	"between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing",
	"down", "during", "each", "either", "every", "few", "for", "from", "further", "had", "has",
	"have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
	"however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "less", "many",
	"may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "no",
	"nor", "not", "now", "of", "off", "on", "once", "only", "onto", "or", "other", "our",
	"ours", "ourselves", "out", "over", "per", "rather", "s", "shall", "she", "should", "since",
	"so", "some", "still", "such", "t", "than", "that", "the", "their", "theirs", "them",
	"themselves", "then", "there", "therefore", "these", "they", "this", "those", "though",
	"through", "thus", "to", "too", "toward", "towards", "under", "unless", "until", "up",
	"upon", "us", "very", "via", "was", "we", "were", "what", "whatever", "when", "where",
	"whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
	"without", "would", "yet", "you", "your", "yours", "yourself", "yourselves"
};
static const char *const de_words[] = {
	"aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "auch",
	"auf", "aus", "bei", "beim", "bereits", "bin", "bis", "bist", "da", "dabei", "dadurch",
	"daher", "damit", "dann", "darauf", "das", "dass", "dazu", "dem", "den", "denen", "denn",
	"der", "deren", "des", "dessen", "dich", "die", "dies", "diese", "diesem", "diesen",
	"dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen",
	"einer", "eines", "er", "es", "etwa", "euch", "euer", "fur", "gegen", "gegenuber",
	"gewesen", "habe", "haben", "hast", "hat", "hatte", "hatten", "hier", "ich", "ihm", "ihn",
	"ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "immer", "in", "ins",
	"ist", "ja", "jede", "jedem", "jeden", "jeder", "jedes", "jedoch", "jene", "jener", "kann",
	"kein", "keine", "keinem", "keinen", "keiner", "konnen", "konnte", "man", "mehr", "mich",
	"mir", "mit", "muss", "mussen", "nach", "nicht", "noch", "nun", "nur", "ob", "oder", "ohne",
	"schon", "sehr", "sei", "seid", "sein", "seine", "seinem", "seinen", "seiner", "seines",
	"seit", "sich", "sie", "sind", "so", "soll", "sollen", "sondern", "sowie", "uber", "um",
	"und", "uns", "unser", "unsere", "unter", "vom", "von", "vor", "wahrend", "war", "waren",
	"warum", "was", "weil", "welche", "welchem", "welchen", "welcher", "welches", "wenn", "wer",
	"werden", "wie", "wieder", "wir", "wird", "wo", "worden", "wurde", "wurden", "zu", "zum",
	"zur", "zwar", "zwischen"
};
static const char *const fr_words[] = {
	"a", "afin", "ai", "ainsi", "alors", "apres", "au", "aucun", "aucune", "aussi", "aux",
	"avaient", "avait", "avant", "avec", "avez", "avons", "c", "ca", "car", "ce", "ceci",
	"cela", "celle", "celles", "celui", "ces", "cet", "cette", "ceux", "chez", "comme", "d",
	"dans", "de", "deja", "depuis", "des", "donc", "dont", "du", "elle", "elles", "en",
	"encore", "entre", "est", "et", "etaient", "etait", "ete", "etre", "eu", "eux", "il", "ils",
	"j", "je", "l", "la", "le", "les", "leur", "leurs", "lors", "lui", "m", "ma", "mais", "me",
	"meme", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou",
	"par", "parmi", "pas", "peu", "plus", "pour", "pourquoi", "qu", "quand", "que", "quel",
	"quelle", "quelles", "quels", "qui", "quoi", "s", "sa", "sans", "se", "selon", "sera",
	"serait", "seront", "ses", "si", "soit", "son", "sont", "sous", "sur", "t", "ta", "te",
	"tes", "toi", "ton", "tous", "tout", "toute", "toutes", "tres", "tu", "un", "une", "vers",
	"vos", "votre", "vous", "y"
};
static const char *const es_words[] = {
	"a", "ademas", "al", "algo", "alguna", "algunas", "alguno", "algunos", "ante", "antes",
	"asi", "aunque", "bajo", "cada", "como", "con", "contra", "cual", "cuales", "cuando", "de",
	"del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en", "entre",
	"era", "eran", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estaba", "estaban",
	"estan", "estas", "este", "esto", "estos", "fue", "fueron", "ha", "habia", "hacia", "han",
	"hasta", "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "mientras",
	"misma", "mismo", "muy", "ni", "no", "nos", "nosotros", "nuestra", "nuestro", "o", "otra",
	"otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "pues", "que", "quien",
	"quienes", "se", "sea", "segun", "ser", "si", "sido", "sin", "sino", "sobre", "son", "su",
	"sus", "tambien", "tan", "tanto", "te", "toda", "todas", "todo", "todos", "tras", "tu", "u",
	"un", "una", "unas", "uno", "unos", "usted", "ustedes", "y", "ya", "yo"
};
static const char *const it_words[] = {
	"a", "ad", "agli", "ai", "al", "all", "alla", "alle", "allo", "anche", "ancora", "aveva",
	"avevano", "c", "che", "chi", "ci", "come", "con", "contro", "cosi", "d", "da", "dagli",
	"dai", "dal", "dall", "dalla", "dalle", "dallo", "degli", "dei", "del", "dell", "della",
	"delle", "dello", "di", "dopo", "dove", "e", "ed", "era", "erano", "essere", "fra", "fu",
	"gia", "gli", "ha", "hanno", "ho", "i", "il", "in", "io", "l", "la", "le", "lei", "li",
	"lo", "loro", "lui", "ma", "me", "mentre", "mi", "mia", "mio", "molto", "ne", "negli",
	"nei", "nel", "nell", "nella", "nelle", "nello", "noi", "non", "nostra", "nostro", "o",
	"ogni", "per", "perche", "piu", "poi", "qual", "quale", "quali", "quando", "quanto", "quel",
	"quell", "quella", "quelle", "quelli", "quello", "questa", "queste", "questi", "questo",
	"qui", "se", "si", "sia", "sono", "stata", "stati", "stato", "su", "sua", "sue", "sui",
	"sul", "sull", "sulla", "suo", "suoi", "tra", "tu", "tutta", "tutti", "tutto", "un", "una",
	"uno", "vi", "viene", "voi"
};
static const char *const nl_words[] = {
	"aan", "al", "alle", "alleen", "als", "ben", "bij", "daar", "dan", "dat", "de", "deze",
	"die", "dit", "door", "dus", "een", "en", "er", "geen", "geweest", "haar", "had", "hadden",
	"heb", "hebben", "heeft", "hem", "hen", "het", "hier", "hij", "hoe", "hun", "iets", "ik",
	"in", "is", "ja", "je", "jij", "jullie", "kan", "kon", "konden", "kunnen", "maar", "me",
	"meer", "met", "mij", "mijn", "moet", "moeten", "na", "naar", "nadat", "niet", "niets",
	"nog", "nu", "of", "om", "omdat", "onder", "ons", "onze", "ook", "op", "over", "sinds",
	"te", "tegen", "toch", "toen", "tot", "tussen", "u", "uit", "van", "veel", "voor", "waar",
	"wanneer", "want", "waren", "was", "wat", "we", "wel", "welke", "werd", "werden", "wie",
	"wij", "worden", "wordt", "zal", "ze", "zich", "zij", "zijn", "zo", "zonder", "zou",
	"zouden", "zullen"
};
static const char *const pt_words[] = {
	"a", "ainda", "antes", "ao", "aos", "apos", "aquela", "aquele", "aqueles", "aquilo", "as",
	"ate", "com", "como", "contra", "da", "das", "de", "dela", "dele", "deles", "depois", "do",
	"dos", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "eram", "essa", "essas",
	"esse", "esses", "esta", "estao", "estas", "estava", "este", "estes", "eu", "foi", "foram",
	"ha", "isso", "isto", "ja", "lhe", "lhes", "mais", "mas", "me", "mesmo", "meu", "minha",
	"muita", "muito", "na", "nao", "nas", "nem", "no", "nos", "nossa", "nosso", "num", "numa",
	"o", "onde", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "pois", "por", "porque",
	"quais", "qual", "quando", "que", "quem", "sao", "se", "seja", "sem", "ser", "sera", "seu",
	"seus", "sido", "sobre", "sua", "suas", "tambem", "tem", "ter", "tinha", "tinham", "toda",
	"todas", "todo", "todos", "tu", "um", "uma", "umas", "uns", "voce", "voces"
};

static const mwz__langinfo langs[] = {
	{ "en", "eng", "english" },
	{ "de", "deu", "german" },
	{ "fr", "fra", "french" },
	{ "es", "spa", "spanish" },
	{ "it", "ita", "italian" },
	{ "nl", "nld", "dutch" },
	{ "pt", "por", "portuguese" },
};
#define NLANG (sizeof langs / sizeof *langs)
#define LANG_EN 0 /* langs[LANG_EN] is English */

/* The function words of langs[i]. */
static const struct {
	const char *const *w;
	size_t n;
} lists[] = {
#define L(x) { x##_words, sizeof x##_words / sizeof *x##_words }
	L(en), L(de), L(fr), L(es), L(it), L(nl), L(pt),
#undef L
};

const mwz__langinfo *mwz__lang_find(const char *code)
{
	size_t n = 0, i, q;
	if (!code)
		return NULL;
	/* The primary subtag of a BCP 47 tag: up to '-' (or the '_' of locale names). */
	while (code[n] && code[n] != '-' && code[n] != '_')
		n++;
	if (n != 2 && n != 3)
		return NULL;
	for (i = 0; i < NLANG; i++) {
		const char *c = n == 2 ? langs[i].iso1 : langs[i].iso3;
		for (q = 0; q < n; q++) {
			unsigned char ch = (unsigned char)code[q];
			if (ch >= 'A' && ch <= 'Z')
				ch = (unsigned char)(ch + 32);
			if (ch != (unsigned char)c[q])
				break;
		}
		if (q == n)
			return &langs[i];
	}
	return NULL;
}

int mwz__lang_stopword(const mwz__langinfo *lang, const char *w, size_t len)
{
	size_t i;
	if (!lang || !w)
		return 0;
	for (i = 0; i < NLANG; i++)
		if (lang == &langs[i])
			return mwz__in_list(lists[i].w, lists[i].n, w, len);
	return 0;
}

/* ---- the guess ---------------------------------------------------------- */

#define GUESS_MAX_WORDS 5000 /* words read: enough to tell, and bounded time */
#define GUESS_MAX_BYTES 60   /* longer "words" (URLs, junk) are not looked up */
#define GUESS_MIN_HITS 3     /* function words of the winner, at least */
#define GUESS_MIN_ARABIC 3   /* Arabic words for "ar" */
/* A word in k lists adds WEIGHT_UNIT / k to each (420 = lcm(1..7)). */
#define WEIGHT_UNIT 420u
/* Weighted function words of the winner: at least this share of the Latin words. */
#define GUESS_MIN_SHARE_NUM 1u
#define GUESS_MIN_SHARE_DEN 16u

typedef struct guess_state {
	unsigned long score[NLANG]; /* in WEIGHT_UNIT */
	unsigned long hits[NLANG];  /* function words of each language */
	unsigned long latin_words, arabic_words, latin_letters, arabic_letters;
} guess_state;

/* Where a word touches an apostrophe (flags of count_word). */
#define APOS_BEFORE 1 /* "'s" "'t": English clitics */
#define APOS_AFTER 2  /* "l'" "qu'" "dell'": French and Italian elisions */

static void count_word(guess_state *g, const char *w, size_t len, int apos)
{
	char buf[2 * GUESS_MAX_BYTES + 4];
	size_t n, i, k = 0;
	int in[NLANG];
	g->latin_words++;
	if (len > GUESS_MAX_BYTES)
		return;
	n = mwz__fold_word(buf, w, len);
	for (i = 0; i < NLANG; i++) {
		in[i] = mwz__in_list(lists[i].w, lists[i].n, buf, n);
		k += (size_t)in[i];
	}
	/* A lone consonant is a function word only as an elided or clitic
	 * piece: elided before an apostrophe ("l'", "s'"), English after one
	 * ("'s", "'t"). Elsewhere it is an initial, a unit ("8 m") or a list
	 * label, and would count for French at random. */
	if (n == 1 && !strchr("aeiouy", buf[0])) {
		for (i = 0; i < NLANG; i++) {
			if (in[i] && !(apos & (i == LANG_EN ? APOS_BEFORE : APOS_AFTER))) {
				in[i] = 0;
				k--;
			}
		}
	}
	if (k == 0)
		return;
	for (i = 0; i < NLANG; i++)
		if (in[i]) {
			g->score[i] += WEIGHT_UNIT / k;
			g->hits[i]++;
		}
}

/* Letters that carry on a Latin word though not letters themselves:
 * combining marks of decomposed text ("e" + U+0301). */
static int is_latin_mark(unsigned int cp)
{
	return cp >= 0x0300 && cp <= 0x036F;
}

/* Apostrophes and the marks typed for them: ' ` ´ ʼ ‘ ’. */
static int is_apostrophe(unsigned int cp)
{
	return cp == 0x27 || cp == 0x60 || cp == 0xB4 || cp == 0x2BC || cp == 0x2018 ||
	       cp == 0x2019;
}

/* Count the letters, words and function words of text[0..len), up to GUESS_MAX_WORDS words. */
static void scan(guess_state *g, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, start = 0;
	int in_word = 0; /* 0: between words, 1: in a Latin word, 2: in an Arabic one */
	int apos_before = 0, apos_prev = 0; /* an apostrophe before the word / the last character */
	memset(g, 0, sizeof *g);
	while (i < len && g->latin_words + g->arabic_words < GUESS_MAX_WORDS) {
		unsigned int cp;
		int k = mwz__dec_cp(s, len, i, &cp), kind = 0;
		if (k < 0) {
			/* An invalid byte ends a word and is skipped. */
			k = 1;
			cp = 0xFFFD;
		} else if (mwz__is_latin_letter(cp)) {
			kind = 1;
			g->latin_letters++;
		} else if (mwz__is_arabic_letter(cp)) {
			kind = 2;
			g->arabic_letters++;
		} else if (in_word == 1 && is_latin_mark(cp)) {
			kind = 1;
		}
		if (kind != in_word) {
			if (in_word == 1)
				count_word(g, text + start, i - start,
				           (apos_before ? APOS_BEFORE : 0) |
				                   (is_apostrophe(cp) ? APOS_AFTER : 0));
			else if (in_word == 2)
				g->arabic_words++;
			in_word = kind;
			start = i;
			apos_before = apos_prev;
		}
		apos_prev = is_apostrophe(cp);
		i += (size_t)k;
	}
	if (in_word == 1)
		count_word(g, text + start, i - start, apos_before ? APOS_BEFORE : 0);
	else if (in_word == 2)
		g->arabic_words++;
}

const char *mwz_language_guess(const char *text, size_t len)
{
	guess_state g;
	size_t best = 0, second, l;
	if (!text || len == 0)
		return NULL;
	scan(&g, text, len);
	if (g.arabic_letters > g.latin_letters)
		return g.arabic_words >= GUESS_MIN_ARABIC ? "ar" : NULL;
	for (l = 1; l < NLANG; l++)
		if (g.score[l] > g.score[best])
			best = l;
	second = best == 0 ? 1 : 0;
	for (l = 0; l < NLANG; l++)
		if (l != best && g.score[l] > g.score[second])
			second = l;
	/* Enough function words, a clear margin over the runner-up (words
	 * shared between languages are why one is needed), and a share of the
	 * text that ordinary prose has (a language outside the table matches
	 * a few short words by chance, not a fifth of its words). */
	if (g.hits[best] < GUESS_MIN_HITS)
		return NULL;
	if (2 * g.score[best] < 3 * g.score[second])
		return NULL;
	if (g.score[best] * GUESS_MIN_SHARE_DEN < g.latin_words * WEIGHT_UNIT * GUESS_MIN_SHARE_NUM)
		return NULL;
	return langs[best].iso1;
}
