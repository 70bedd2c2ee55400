/* test_langid.c - mwz_language_guess: news prose of each language of the
 * table, Arabic, texts it must not name (too short, digits, languages
 * outside the table), mixed and broken input, the order of the function-word
 * lists in lib/langid.c, and 20-line chunks of the shared dev data. */
#include "muwazi.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *guess(const char *s)
{
	return mwz_language_guess(s, strlen(s));
}

#define NAME(p) ((p) ? (p) : "(null)")

/* Texts written for this test: two short news items and one sentence of
 * about ten words in each language. */
static const struct {
	const char *lang, *text;
} prose[] = {
	{ "en", "The government said on Tuesday that it would raise the minimum wage next "
	        "year. Officials expect the change to help about two million workers, but "
	        "business groups warned that prices could rise." },
	{ "en", "Heavy rain flooded several villages in the north of the country overnight. "
	        "Rescue teams evacuated hundreds of families, and the authorities closed two "
	        "main roads until the water recedes." },
	{ "en", "The mayor has promised a new bridge before the next election." },
	{ "de", "Die Regierung hat am Dienstag angekündigt, dass der Mindestlohn im nächsten "
	        "Jahr steigen soll. Nach Angaben des Ministeriums profitieren davon etwa zwei "
	        "Millionen Beschäftigte, doch die Wirtschaftsverbände warnen vor höheren "
	        "Preisen." },
	{ "de", "Starker Regen hat in der Nacht mehrere Dörfer im Norden des Landes "
	        "überflutet. Rettungskräfte brachten Hunderte Familien in Sicherheit, und die "
	        "Behörden sperrten zwei Hauptstraßen, bis das Wasser zurückgeht." },
	{ "de", "Der Bürgermeister hat vor der nächsten Wahl eine neue Brücke versprochen." },
	{ "fr", "Le gouvernement a annoncé mardi que le salaire minimum augmenterait l'an "
	        "prochain. Selon le ministère, près de deux millions de salariés en "
	        "profiteront, mais les organisations patronales craignent une hausse des prix." },
	{ "fr", "De fortes pluies ont inondé plusieurs villages du nord du pays pendant la "
	        "nuit. Les secours ont évacué des centaines de familles, et les autorités ont "
	        "fermé deux routes principales jusqu'à la décrue." },
	{ "fr", "Le maire a promis un nouveau pont avant les prochaines élections." },
	{ "es", "El Gobierno anunció el martes que el salario mínimo subirá el próximo año. "
	        "Según el ministerio, unos dos millones de trabajadores se beneficiarán de la "
	        "medida, aunque los empresarios advierten de que los precios podrían aumentar." },
	{ "es", "Las fuertes lluvias inundaron durante la noche varios pueblos del norte del "
	        "país. Los equipos de rescate evacuaron a cientos de familias y las autoridades "
	        "cerraron dos carreteras principales hasta que baje el agua." },
	{ "es", "El alcalde ha prometido un puente nuevo antes de las próximas elecciones." },
	{ "it", "Il governo ha annunciato martedì che il salario minimo aumenterà il prossimo "
	        "anno. Secondo il ministero, circa due milioni di lavoratori ne "
	        "beneficeranno, ma le associazioni delle imprese temono un aumento dei prezzi." },
	{ "it", "Le forti piogge hanno allagato durante la notte diversi paesi nel nord del "
	        "Paese. Le squadre di soccorso hanno evacuato centinaia di famiglie e le "
	        "autorità hanno chiuso due strade principali finché l'acqua non si ritira." },
	{ "it", "Il sindaco ha promesso un nuovo ponte prima delle prossime elezioni." },
	{ "nl", "De regering heeft dinsdag aangekondigd dat het minimumloon volgend jaar "
	        "omhoog gaat. Volgens het ministerie profiteren ongeveer twee miljoen "
	        "werknemers van de maatregel, maar werkgevers waarschuwen dat de prijzen "
	        "kunnen stijgen." },
	{ "nl", "Zware regen heeft 's nachts verschillende dorpen in het noorden van het land "
	        "overstroomd. Reddingswerkers brachten honderden gezinnen in veiligheid en de "
	        "autoriteiten sloten twee hoofdwegen af tot het water zakt." },
	{ "nl", "De burgemeester heeft voor de volgende verkiezingen een nieuwe brug beloofd." },
	{ "pt", "O governo anunciou na terça-feira que o salário mínimo vai subir no próximo "
	        "ano. Segundo o ministério, cerca de dois milhões de trabalhadores serão "
	        "beneficiados pela medida, mas as associações empresariais temem uma alta dos "
	        "preços." },
	{ "pt", "As fortes chuvas inundaram durante a noite várias aldeias no norte do país. "
	        "As equipes de resgate retiraram centenas de famílias, e as autoridades "
	        "fecharam duas estradas principais até que a água baixe." },
	{ "pt", "O prefeito prometeu uma nova ponte antes das próximas eleições." },
};

/* Languages outside the table: no guess. */
static const char *const foreign[] = {
	/* Finnish */
	"Hallitus ilmoitti tiistaina, että vähimmäispalkkaa nostetaan ensi vuonna. "
	"Ministeriön mukaan muutos hyödyttää noin kahta miljoonaa työntekijää, mutta "
	"elinkeinoelämän järjestöt varoittavat hintojen noususta. Päätös on vielä "
	"eduskunnan hyväksyttävä, ja keskustelu jatkuu ensi viikolla.",
	/* Turkish */
	"Hükümet salı günü asgari ücretin gelecek yıl artırılacağını açıkladı. Bakanlığa "
	"göre yaklaşık iki milyon çalışan bu karardan yararlanacak, ancak iş dünyası "
	"temsilcileri fiyatların yükselebileceği konusunda uyarıda bulundu. Karar meclis "
	"tarafından onaylanmayı bekliyor.",
	/* Indonesian */
	"Pemerintah mengumumkan pada hari Selasa bahwa upah minimum akan naik tahun depan. "
	"Menurut kementerian, sekitar dua juta pekerja akan mendapat manfaat dari kebijakan "
	"ini, tetapi kalangan pengusaha memperingatkan bahwa harga-harga dapat naik. "
	"Keputusan itu masih harus disetujui oleh parlemen dan dibahas di daerah.",
};

static void test_prose(void)
{
	size_t i;
	for (i = 0; i < sizeof prose / sizeof *prose; i++)
		OK_STR(guess(prose[i].text), prose[i].lang, "%s prose %zu: %.40s...", prose[i].lang,
		       i, prose[i].text);
	for (i = 0; i < sizeof foreign / sizeof *foreign; i++) {
		const char *g = guess(foreign[i]);
		OK(g == NULL, "language outside the table: no guess (got %s): %.30s...", NAME(g),
		   foreign[i]);
	}
}

static void test_edges(void)
{
	const char *ar = "أعلنت الحكومة يوم الثلاثاء أنها سترفع الحد الأدنى للأجور في العام "
	                 "المقبل، وقال الوزير إن القرار يشمل نحو مليوني عامل.";
	/* Arabic with a few Latin names and figures, still mostly Arabic. */
	const char *ar_mixed = "قال رئيس شركة Siemens في مؤتمر صحفي في Berlin إن الأرباح "
	                       "ارتفعت بنسبة 5% خلال الربع الأول من العام.";
	const char *g;
	OK(mwz_language_guess(NULL, 0) == NULL, "NULL text: no guess");
	OK(mwz_language_guess(NULL, 10) == NULL, "NULL text with a length: no guess");
	OK(guess("") == NULL, "empty text: no guess");
	OK(mwz_language_guess("the and of", 0) == NULL, "length 0: no guess");
	g = guess("the government");
	OK(g == NULL, "two words: no guess (got %s)", NAME(g));
	g = guess("der Regierung");
	OK(g == NULL, "two German words: no guess (got %s)", NAME(g));
	g = guess("2024 17 3.5 1,000,000 42 -7 2024-05-01");
	OK(g == NULL, "digits only: no guess (got %s)", NAME(g));
	g = guess("   \n\t ... !!! --- «» \"\" ");
	OK(g == NULL, "punctuation only: no guess (got %s)", NAME(g));
	OK_STR(guess(ar), "ar", "Arabic prose");
	OK_STR(guess(ar_mixed), "ar", "Arabic prose with Latin names");
	g = guess("مرحبا بكم");
	OK(g == NULL, "two Arabic words: no guess (got %s)", NAME(g));
	/* Initials, units and list labels are no French elisions. */
	g = guess("Leiter J. Franco, L. Terray, S. Coupé, 8481 m, 8078 m, 8848 m, d) und e)");
	OK(g == NULL || strcmp(g, "fr") != 0, "lone consonants do not make French (got %s)",
	   NAME(g));
	g = guess("Sarah Palin's Eldest Son Arrested on Domestic Violence Charges");
	OK(g == NULL || strcmp(g, "en") == 0, "English 's is no French s' (got %s)", NAME(g));
	OK_STR(guess("It's clear they didn't know what we'd planned, and they won't say it's over."),
	       "en", "English contractions");
	/* Elisions do: split at the apostrophe, "l'" "d'" "qu'" count. */
	OK_STR(guess("L'armée n'a pas confirmé qu'elle s'était retirée d'Alep l'an dernier."),
	       "fr", "French elisions count");
	OK_STR(guess("L\xE2\x80\x99" "armée n\xE2\x80\x99" "a pas confirmé qu\xE2\x80\x99"
	             "elle s\xE2\x80\x99" "était retirée d\xE2\x80\x99" "Alep l\xE2\x80\x99"
	             "an dernier."),
	       "fr", "French elisions with a typographic apostrophe");
	/* Decomposed marks (e + U+0301) stay inside the word. */
	OK_STR(guess("Le ministre a de\xCC\x81" "clare\xCC\x81 mardi qu'il e\xCC\x81"
	             "tait pre\xCC\x81t a\xCC\x80 ne\xCC\x81gocier avec les syndicats, "
	             "mais pas sur les salaires."),
	       "fr", "French with combining accents");
	OK_STR(guess("DIE REGIERUNG HAT AM DIENSTAG ANGEKÜNDIGT, DASS DER MINDESTLOHN IM "
	             "NÄCHSTEN JAHR STEIGEN SOLL."),
	       "de", "German in capitals");
}

static void test_mixed_and_broken(void)
{
	const char *mixed =
		"Der französische Präsident hat am Montag in Berlin eine Rede gehalten. Er "
		"sagte, die beiden Länder müssten in der Energiepolitik enger zusammenarbeiten. "
		"Wörtlich erklärte er: « Nous devons agir ensemble, et nous le ferons. » Die "
		"Bundesregierung begrüßte den Vorschlag, doch in der Opposition gibt es Kritik an "
		"den Kosten, die noch nicht geklärt sind.";
	char broken[1024], *p = broken;
	const char *src = prose[3].text; /* German */
	size_t i, n = strlen(src);
	const char *g;
	OK_STR(guess(mixed), "de", "German with a French quote");
	/* Invalid bytes everywhere between words and inside some. */
	for (i = 0; i < n && p < broken + sizeof broken - 8; i++) {
		*p++ = src[i];
		if (src[i] == ' ' && i % 3 == 0)
			*p++ = (char)0xFF;
		if (i % 17 == 5) {
			*p++ = (char)0xC3; /* a lead byte missing its continuation */
		}
	}
	*p++ = (char)0xE2; /* truncated three-byte sequence at the very end */
	*p++ = (char)0x80;
	OK_STR(mwz_language_guess(broken, (size_t)(p - broken)), "de",
	       "German with invalid UTF-8 inside");
	/* Every prefix of it, byte by byte: no read past the end (ASan). */
	for (i = 0; i <= (size_t)(p - broken); i++) {
		char *copy = malloc(i ? i : 1);
		if (!copy)
			break;
		memcpy(copy, broken, i);
		(void)mwz_language_guess(copy, i);
		free(copy);
	}
	OK(1, "every prefix of the broken text read within bounds");
	g = mwz_language_guess("\xFF\xFE\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80", 11);
	OK(g == NULL, "invalid bytes only: no guess (got %s)", NAME(g));
}

/* ---- the function-word lists of lib/langid.c ---------------------------- */

#define MAXW 4096

typedef struct wordlists {
	char lang[8][4];
	char *word[8][400];
	size_t n[8];
	size_t nlang;
} wordlists;

/* Read the "xx_words[] = { "...", ... };" arrays of lib/langid.c. */
static int read_lists(const char *path, wordlists *wl, char *text, size_t cap)
{
	FILE *f = fopen(path, "rb");
	size_t len;
	char *p;
	if (!f)
		return -1;
	len = fread(text, 1, cap - 1, f);
	fclose(f);
	text[len] = 0;
	wl->nlang = 0;
	p = text;
	while ((p = strstr(p, "static const char *const ")) && wl->nlang < 8) {
		char *name = p + strlen("static const char *const "), *end;
		size_t L = wl->nlang;
		if (strncmp(name + 2, "_words[]", 8) != 0) {
			p = name;
			continue;
		}
		memcpy(wl->lang[L], name, 2);
		wl->lang[L][2] = 0;
		wl->n[L] = 0;
		p = strchr(name, '{');
		end = p ? strstr(p, "};") : NULL;
		if (!end)
			return -1;
		while ((p = strchr(p, '"')) && p < end && wl->n[L] < 400) {
			char *q = strchr(p + 1, '"');
			if (!q)
				return -1;
			*q = 0;
			wl->word[L][wl->n[L]++] = p + 1;
			p = q + 1;
		}
		wl->nlang++;
		p = end + 1;
	}
	return 0;
}

static void test_lists(void)
{
	const char *root = getenv("ROOT_DIR");
	static char text[1 << 17];
	static wordlists wl;
	char path[1024];
	size_t L, i, unique = 0, unique_ok = 0, shared = 0, shared_ok = 0;
	int ok = 1;
	if (!root) {
		SKIP("ROOT_DIR not set: function-word list checks");
		return;
	}
	snprintf(path, sizeof path, "%s/lib/langid.c", root);
	if (read_lists(path, &wl, text, sizeof text) != 0) {
		OK(0, "read the lists of %s", path);
		return;
	}
	OK(wl.nlang == 7, "7 function-word lists in lib/langid.c (found %zu)", wl.nlang);
	for (L = 0; L < wl.nlang; L++) {
		int sorted = 1, folded = 1;
		for (i = 0; i < wl.n[L]; i++) {
			const char *w = wl.word[L][i], *c;
			if (i > 0 && strcmp(wl.word[L][i - 1], w) >= 0) {
				printf("#   %s: \"%s\" before \"%s\"\n", wl.lang[L], wl.word[L][i - 1], w);
				sorted = 0;
			}
			for (c = w; *c; c++)
				if (*c < 'a' || *c > 'z')
					folded = 0;
		}
		OK(sorted, "%s list strictly sorted bytewise (%zu words)", wl.lang[L], wl.n[L]);
		OK(folded && wl.n[L] >= 60 && wl.n[L] <= 200,
		   "%s list: 60-200 folded words (a-z only)", wl.lang[L]);
	}
	/* Every word is found: four of a word in one list alone name its
	 * language; four of a word shared by several lists name none (a tie).
	 * A lone consonant counts only beside an apostrophe: before one for
	 * the elisions of the other languages ("l' l' l' l'"), after one for
	 * English ("'s 's 's 's"); each is tried in the form its list wants. */
	for (L = 0; L < wl.nlang; L++)
		for (i = 0; i < wl.n[L]; i++) {
			const char *w = wl.word[L][i];
			int consonant = w[1] == 0 && !strchr("aeiouy", w[0]);
			int english = strcmp(wl.lang[L], "en") == 0;
			char t[256];
			size_t M, j, k = 0;
			const char *g;
			for (M = 0; M < wl.nlang; M++)
				if (!consonant || english == (strcmp(wl.lang[M], "en") == 0))
					for (j = 0; j < wl.n[M]; j++)
						if (strcmp(wl.word[M][j], w) == 0)
							k++;
			if (consonant && english)
				snprintf(t, sizeof t, "'%s '%s '%s '%s", w, w, w, w);
			else
				snprintf(t, sizeof t, "%s' %s' %s' %s'", w, w, w, w);
			g = guess(t);
			if (k == 1) {
				unique++;
				if (g && strcmp(g, wl.lang[L]) == 0)
					unique_ok++;
				else if (ok) {
					printf("#   %s \"%s\" -> %s\n", wl.lang[L], w, NAME(g));
					ok = 0;
				}
			} else {
				shared++;
				if (!g)
					shared_ok++;
				else if (ok) {
					printf("#   shared \"%s\" -> %s\n", w, g);
					ok = 0;
				}
			}
		}
	OK(unique > 0 && unique_ok == unique, "every word of one list found: %zu/%zu",
	   unique_ok, unique);
	OK(shared_ok == shared, "every word of several lists is a tie: %zu/%zu", shared_ok,
	   shared);
}

/* ---- shared dev data ------------------------------------------------------ */

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, r;
	if (!f)
		return NULL;
	for (;;) {
		if (n + 65536 > cap) {
			char *nb = realloc(buf, cap = 2 * cap + 65536);
			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		r = fread(buf + n, 1, cap - n, f);
		if (r == 0)
			break;
		n += r;
	}
	fclose(f);
	*len = n;
	return buf;
}

/* Guess each chunk of `lines` lines (lines 0: only the first chunk);
 * counts right, wrong (another language) and no-guess chunks. */
static void chunks(const char *path, const char *want, int lines, int only_first,
                   size_t *right, size_t *wrong, size_t *none)
{
	size_t len, i, start = 0;
	int nl = 0;
	char *buf = slurp(path, &len);
	if (!buf)
		return;
	for (i = 0; i <= len; i++) {
		if (i < len && buf[i] != '\n')
			continue;
		if (i < len)
			nl++;
		if (nl == lines || (i == len && i > start)) {
			const char *g = mwz_language_guess(buf + start, i - start);
			if (!g)
				++*none;
			else if (strcmp(g, want) == 0)
				++*right;
			else {
				++*wrong;
				printf("#   %s lines ending %d: %s, not %s\n", path, nl, g, want);
			}
			if (only_first)
				break;
			start = i + 1;
			nl = 0;
		}
	}
	free(buf);
}

static void test_shared(void)
{
	const char *dir = getenv("SHARED_DIR");
	char path[1024];
	size_t right = 0, wrong = 0, none = 0, total;
	int k;
	FILE *f;
	snprintf(path, sizeof path, "%s/data/textberg-dev/dev.de", dir ? dir : "/nonexistent");
	f = fopen(path, "rb");
	if (!f) {
		SKIP("shared data absent: Text+Berg and NTREX chunks");
		return;
	}
	fclose(f);
	chunks(path, "de", 20, 0, &right, &wrong, &none);
	snprintf(path, sizeof path, "%s/data/textberg-dev/dev.fr", dir);
	chunks(path, "fr", 20, 0, &right, &wrong, &none);
	total = right + wrong + none;
	printf("# Text+Berg dev, 20-line chunks: %zu right, %zu wrong, %zu no guess of %zu\n",
	       right, wrong, none, total);
	OK(total > 40 && wrong == 0 && right * 100 >= total * 98,
	   "Text+Berg dev.de/dev.fr 20-line chunks: %zu/%zu right, %zu wrong", right, total,
	   wrong);
	right = wrong = none = 0;
	for (k = 0; k < 1000; k++) {
		snprintf(path, sizeof path, "%s/data/ntrex-dev/%03d.en", dir, k);
		f = fopen(path, "rb");
		if (!f)
			break;
		fclose(f);
		chunks(path, "en", 20, 1, &right, &wrong, &none);
	}
	total = right + wrong + none;
	printf("# NTREX dev English, first 20 lines: %zu right, %zu wrong, %zu no guess of %zu\n",
	       right, wrong, none, total);
	OK(total > 0 && wrong == 0 && right * 100 >= total * 98,
	   "NTREX dev English first 20 lines: %zu/%zu right, %zu wrong", right, total, wrong);
	snprintf(path, sizeof path, "%s/seed/article-en.txt", dir);
	right = wrong = none = 0;
	chunks(path, "en", 1 << 30, 1, &right, &wrong, &none);
	if (right + wrong + none)
		OK(right == 1, "seed article-en.txt whole: en");
}

int main(void)
{
	test_prose();
	test_edges();
	test_mixed_and_broken();
	test_lists();
	test_shared();
	TAP_DONE();
}
