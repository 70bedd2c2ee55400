<?php
/*
 * muwazi.php - call libmuwazi from PHP through the FFI extension.
 *
 * One file, no Composer package, no compiled extension: copy it next to your
 * plugin's code and require it. It needs PHP 7.4 or later (tested with 8.2)
 * with FFI enabled: in the CLI, ffi.enable=preload (the default) is enough;
 * under php-fpm or mod_php set ffi.enable=true, or preload this file
 * (opcache.preload) and keep ffi.enable=preload. The library is found through
 * getenv('MUWAZI_LIB') (a path to libmuwazi.so.0), else by the system's
 * loader as "libmuwazi.so.0" (after `make install`).
 *
 *     require 'muwazi.php';
 *     $lx = new MuwaziLexicon();                 // build once, reuse for every align
 *     $lx->loadFreedict(null, '/var/cache/app/freedict.lexicon');  // cache: optional
 *     [$ar, $en, $beads] = Muwazi::alignTexts(file_get_contents('a.ar.txt'),
 *                                             file_get_contents('a.en.txt'), $lx);
 *     foreach ($beads as $b)                     // ['src' => [0], 'tgt' => [0, 1], 'score' => 0.93]
 *         printf("%s | %s\n", implode(' ', array_map(fn($i) => $ar[$i], $b['src'])),
 *                             implode(' ', array_map(fn($j) => $en[$j], $b['tgt'])));
 *     $tmx = Muwazi::render($beads, $ar, $en, 'tmx');
 *     Muwazi::nameSimilarity('الشدادي', 'al-Shaddadi');   // 0.97 (>= 0.80: same name)
 *
 * Text is a PHP string of UTF-8 bytes, passed to the library as it is: invalid
 * UTF-8 is the library's to judge (MWZ_EUTF8, with the byte offset). Failures
 * throw MuwaziException: getCode() is the status (MWZ_E*), ->reason
 * mwz_strerror()'s text, ->detail, ->dataLine and ->offset the library's
 * mwz_error_t. Bad arguments throw InvalidArgumentException. Every buffer the
 * library allocates is released with mwz_free() before a call returns; a
 * MuwaziLexicon by close() or, at the latest, its destructor.
 */

/*
 * The C declarations below mirror lib/include/muwazi.h (the parts used here):
 * FFI cannot run the preprocessor, so they are copied, without macros, and
 * the MWZ_* constants are class constants. When the header changes, change
 * them too: tests/cli_php.sh compares the structures' sizes and field
 * offsets as FFI lays them out, and the constants, with the C compiler's,
 * and has it compile the function declarations against the header's.
 */

/** A libmuwazi call failed. getCode(): the MWZ_E* status. */
class MuwaziException extends RuntimeException
{
	/** @var string the C function that failed, e.g. "mwz_align" */
	public $call;
	/** @var string mwz_strerror() of the status, e.g. "invalid UTF-8" */
	public $reason;
	/** @var string mwz_error_t.message (may be "") */
	public $detail;
	/** @var int mwz_error_t.line: 1-based line in a data file, 0 if n/a */
	public $dataLine;
	/** @var int mwz_error_t.offset: byte offset into the input, if relevant */
	public $offset;

	public function __construct(string $call, int $status, string $reason,
	                            string $detail = '', int $dataLine = 0, int $offset = 0)
	{
		$this->call = $call;
		$this->reason = $reason;
		$this->detail = $detail;
		$this->dataLine = $dataLine;
		$this->offset = $offset;
		parent::__construct("$call: $reason" . ($detail !== '' ? ": $detail" : ''), $status);
	}
}

final class Muwazi
{
	const OK = 0;
	const ENOMEM = -1;
	const EINVAL = -2;
	const EUTF8 = -3;
	const EIO = -4;
	const EFORMAT = -5;
	const ENOTFOUND = -6;
	const EUNSUPPORTED = -7;
	const ERANGE = -8;
	const EINTERNAL = -9;

	const LANGS = ['auto' => 0, 'ar' => 1, 'en' => 2, 'other' => 3];
	const FORMATS = ['text' => 0, 'tsv' => 1, 'jsonl' => 2, 'tmx' => 3,
	                 'vecalign' => 4, 'html' => 5, 'side' => 6, 'csv' => 7];
	const SENT_PARA_START = 1;
	const WRITE_KEEP_EMPTY = 1;
	const ALIGN_OPTIONS_VERSION = 1;
	const WRITE_OPTIONS_VERSION = 3;

	/*
	 * From lib/include/muwazi.h: the structures and handles... One field a
	 * declaration: PHP 8.2's FFI reads "T *a, *b;" as T *a; T **b.
	 */
	const CDEF_TYPES = <<<'CDEF'
typedef struct mwz_error {
	int code;
	size_t line;
	size_t offset;
	char message[256];
} mwz_error_t;
typedef struct mwz_sentence {
	size_t start;
	size_t len;
	unsigned int flags;
} mwz_sentence_t;
typedef struct mwz_bead {
	size_t src_start;
	size_t src_len;
	size_t tgt_start;
	size_t tgt_len;
	double score;
} mwz_bead_t;
typedef struct mwz_lexicon mwz_lexicon_t;
typedef struct mwz_segmenter mwz_segmenter_t;
typedef struct mwz_matcher mwz_matcher_t;
typedef struct mwz_align_options {
	unsigned int version;
	const mwz_lexicon_t *lexicon;
	int src_lang;
	int tgt_lang;
	const unsigned char *src_para;
	const unsigned char *tgt_para;
	unsigned int flags;
} mwz_align_options_t;
typedef struct mwz_mark {
	int side;
	size_t sent;
	size_t start;
	size_t len;
	const char *note;
} mwz_mark_t;
typedef struct mwz_write_options {
	unsigned int version;
	int format;
	unsigned int flags;
	const char *src_lang;
	const char *tgt_lang;
	const char *tool;
	const char *tool_version;
	const char *const *src;
	const size_t *src_len;
	size_t nsrc;
	const char *const *tgt;
	const size_t *tgt_len;
	size_t ntgt;
	unsigned int width;
	double low_score;
	const char *title;
	const mwz_mark_t *marks;
	size_t nmarks;
	const char *marks_label;
} mwz_write_options_t;
typedef struct mwz_write_stats {
	size_t written;
	size_t omitted;
	size_t bytes;
} mwz_write_stats_t;
CDEF;

	/* ...and the functions (tests/cli_php.sh has the C compiler check them
	 * against the header's prototypes). */
	const CDEF_FUNCS = <<<'CDEF'
int mwz_version(void);
const char *mwz_version_string(void);
const char *mwz_strerror(int status);
void mwz_free(void *p);
int mwz_utf8_validate(const char *in, size_t len, size_t *bad_offset);
int mwz_segmenter_create(mwz_segmenter_t **out, int lang, mwz_error_t *err);
void mwz_segmenter_destroy(mwz_segmenter_t *s);
int mwz_segmenter_split(mwz_sentence_t **out, size_t *n, mwz_segmenter_t *s,
                        const char *text, size_t len, mwz_error_t *err);
int mwz_lexicon_create(mwz_lexicon_t **out);
void mwz_lexicon_destroy(mwz_lexicon_t *lx);
int mwz_lexicon_load_freedict_cached(mwz_lexicon_t *lx, const char *dictdir,
                                     const char *cache_path, mwz_error_t *err);
int mwz_lexicon_load_freedict_pair_cached(mwz_lexicon_t *lx, const char *dictdir,
                                          const char *lang_a, const char *lang_b,
                                          const char *cache_path, mwz_error_t *err);
const char *mwz_language_guess(const char *text, size_t len);
int mwz_lexicon_load_glossary(mwz_lexicon_t *lx, const char *path, mwz_error_t *err);
int mwz_lexicon_add(mwz_lexicon_t *lx, const char *ar, size_t arlen,
                    const char *en, size_t enlen, mwz_error_t *err);
size_t mwz_lexicon_size(const mwz_lexicon_t *lx);
int mwz_align(mwz_bead_t **beads, size_t *nbeads,
              const char *const *src, const size_t *src_len, size_t nsrc,
              const char *const *tgt, const size_t *tgt_len, size_t ntgt,
              const mwz_align_options_t *opts, mwz_error_t *err);
int mwz_matcher_create(mwz_matcher_t **out);
void mwz_matcher_destroy(mwz_matcher_t *m);
int mwz_name_similarity(double *score, mwz_matcher_t *m,
                        const char *a, size_t alen, const char *b, size_t blen);
int mwz_beads_render(char **out, size_t *outlen, mwz_write_stats_t *stats,
                     const mwz_bead_t *beads, size_t nbeads,
                     const mwz_write_options_t *opts, mwz_error_t *err);
CDEF;

	const CDEF = self::CDEF_TYPES . "\n" . self::CDEF_FUNCS;

	/** @var FFI|null */
	private static $ffi = null;

	/** The FFI object over the library (loaded on first use). */
	public static function ffi(): FFI
	{
		if (self::$ffi === null) {
			$lib = getenv('MUWAZI_LIB');
			if ($lib === false || $lib === '')
				$lib = 'libmuwazi.so.0';
			self::$ffi = FFI::cdef(self::CDEF, $lib);
		}
		return self::$ffi;
	}

	/** Runtime version string of the loaded library, e.g. "0.1.0". */
	public static function version(): string
	{
		return self::ffi()->mwz_version_string();
	}

	/** Runtime version as MAJOR*10000 + MINOR*100 + MICRO. */
	public static function versionNumber(): int
	{
		return self::ffi()->mwz_version();
	}

	/** mwz_strerror(): the fixed English text of a status code. */
	public static function strerror(int $status): string
	{
		return self::ffi()->mwz_strerror($status);
	}

	/** A fresh mwz_error_t, for calls that take one. */
	public static function newError(): FFI\CData
	{
		return self::ffi()->new('mwz_error_t');
	}

	/** Throw MuwaziException for a status other than MWZ_OK. */
	public static function check(string $call, int $rc, ?FFI\CData $err = null,
	                             ?string $detail = null): void
	{
		if ($rc === self::OK)
			return;
		$msg = $detail ?? ($err !== null ? FFI::string($err->message) : '');
		throw new MuwaziException($call, $rc, self::strerror($rc), $msg,
		                          $err !== null ? $err->line : 0,
		                          $err !== null ? $err->offset : 0);
	}

	private static function lang(string $lang): int
	{
		$l = strtolower($lang);
		if (!isset(self::LANGS[$l]))
			throw new InvalidArgumentException('lang must be one of ' .
			                                   implode(', ', array_keys(self::LANGS)));
		return self::LANGS[$l];
	}

	/**
	 * Split text into sentences: list of [start, end, paraStart], byte
	 * offsets into $text, paraStart true for the first sentence of a
	 * paragraph. $lang: "ar", "en", "other" or "auto" (each paragraph by its
	 * script).
	 */
	public static function splitSpans(string $text, string $lang = 'auto'): array
	{
		$ffi = self::ffi();
		$err = $ffi->new('mwz_error_t');
		$seg = $ffi->new('mwz_segmenter_t *');
		self::check('mwz_segmenter_create',
		            $ffi->mwz_segmenter_create(FFI::addr($seg), self::lang($lang),
		                                       FFI::addr($err)), $err);
		try {
			$out = $ffi->new('mwz_sentence_t *');
			$n = $ffi->new('size_t');
			$rc = $ffi->mwz_segmenter_split(FFI::addr($out), FFI::addr($n), $seg,
			                                $text, strlen($text), FFI::addr($err));
			try {
				self::check('mwz_segmenter_split', $rc, $err);
				$spans = [];
				for ($k = 0, $nn = $n->cdata; $k < $nn; $k++) {
					$s = $out[$k];
					$spans[] = [$s->start, $s->start + $s->len,
					            ($s->flags & self::SENT_PARA_START) !== 0];
				}
				return $spans;
			} finally {
				$ffi->mwz_free($out);
			}
		} finally {
			$ffi->mwz_segmenter_destroy($seg);
		}
	}

	/** Split text into sentences (list of strings); see splitSpans(). */
	public static function split(string $text, string $lang = 'auto'): array
	{
		$list = [];
		foreach (self::splitSpans($text, $lang) as $s)
			$list[] = substr($text, $s[0], $s[1] - $s[0]);
		return $list;
	}

	/*
	 * A list of strings as C arrays: [text, pointers, lengths, count]. The
	 * texts are copied into one buffer that PHP owns (and frees); keep the
	 * returned array alive while the pointers are in use.
	 */
	private static function sentences(array $list, string $name): array
	{
		$ffi = self::ffi();
		$n = count($list);
		foreach ($list as $k => $s)
			if (!is_string($s))
				throw new InvalidArgumentException("$name: sentence $k is not a string");
		$list = array_values($list);
		$all = implode('', $list);
		/* One byte more: a last empty sentence points at the end. */
		$buf = $ffi->new('char[' . (strlen($all) + 1) . ']');
		FFI::memcpy($buf, $all, strlen($all));
		$ptrs = $ffi->new('const char *[' . max(1, $n) . ']');
		$lens = $ffi->new('size_t[' . max(1, $n) . ']');
		for ($k = 0, $off = 0; $k < $n; $k++) {
			$len = strlen($list[$k]);
			/* Not pointer arithmetic ($p + $off): PHP 8.2 refuses it at times. */
			$ptrs[$k] = FFI::addr($buf[$off]);
			$lens[$k] = $len;
			$off += $len;
		}
		return [$buf, $ptrs, $lens, $n];
	}

	private static function marks(?array $marks, int $n, string $name): ?FFI\CData
	{
		if ($marks === null)
			return null;
		if (count($marks) !== $n)
			throw new InvalidArgumentException("$name: " . count($marks) .
			                                   " marks for $n sentences");
		$arr = self::ffi()->new('unsigned char[' . max(1, $n) . ']');
		$k = 0;
		foreach ($marks as $m)
			$arr[$k++] = $m ? 1 : 0;
		return $arr;
	}

	/**
	 * Align two lists of sentences (strings). $lexicon: a MuwaziLexicon or
	 * null (length, numbers and names only). $srcPara/$tgtPara: optional
	 * per-sentence booleans, true where a paragraph starts. Returns a list of
	 * beads ['src' => [i, ...], 'tgt' => [j, ...], 'score' => float in [0, 1]]
	 * covering every sentence of both sides exactly once, in order (one side
	 * of a bead may be [], never both).
	 */
	public static function align(array $src, array $tgt, ?MuwaziLexicon $lexicon = null,
	                             string $srcLang = 'auto', string $tgtLang = 'auto',
	                             ?array $srcPara = null, ?array $tgtPara = null): array
	{
		$ffi = self::ffi();
		$s = self::sentences($src, 'src');
		$t = self::sentences($tgt, 'tgt');
		$opts = $ffi->new('mwz_align_options_t');  /* zeroed */
		$opts->version = self::ALIGN_OPTIONS_VERSION;
		$opts->lexicon = $lexicon !== null ? $lexicon->handle() : null;
		$opts->src_lang = self::lang($srcLang);
		$opts->tgt_lang = self::lang($tgtLang);
		$sp = self::marks($srcPara, $s[3], 'srcPara');
		$tp = self::marks($tgtPara, $t[3], 'tgtPara');
		if ($sp !== null)
			$opts->src_para = $ffi->cast('unsigned char *', FFI::addr($sp));
		if ($tp !== null)
			$opts->tgt_para = $ffi->cast('unsigned char *', FFI::addr($tp));
		$beads = $ffi->new('mwz_bead_t *');
		$nb = $ffi->new('size_t');
		$err = $ffi->new('mwz_error_t');
		$rc = $ffi->mwz_align(FFI::addr($beads), FFI::addr($nb), $s[1], $s[2], $s[3],
		                      $t[1], $t[2], $t[3], FFI::addr($opts), FFI::addr($err));
		try {
			self::check('mwz_align', $rc, $err);
			$list = [];
			for ($k = 0, $n = $nb->cdata; $k < $n; $k++) {
				$b = $beads[$k];
				$list[] = [
					'src' => $b->src_len ? range($b->src_start, $b->src_start + $b->src_len - 1) : [],
					'tgt' => $b->tgt_len ? range($b->tgt_start, $b->tgt_start + $b->tgt_len - 1) : [],
					'score' => $b->score,
				];
			}
			return $list;
		} finally {
			$ffi->mwz_free($beads);
		}
	}

	/**
	 * Split two whole texts into sentences and align them with their
	 * paragraph starts, as `muwazi align SRC TGT` does with two text files.
	 * Returns [srcSentences, tgtSentences, beads], ready for render().
	 */
	public static function alignTexts(string $srcText, string $tgtText,
	                                  ?MuwaziLexicon $lexicon = null,
	                                  string $srcLang = 'ar', string $tgtLang = 'en'): array
	{
		$sides = [];
		foreach ([[$srcText, $srcLang], [$tgtText, $tgtLang]] as [$text, $lang]) {
			if (strncmp($text, "\xEF\xBB\xBF", 3) === 0)
				$text = substr($text, 3);  /* a byte order mark is no text */
			$sents = $para = [];
			foreach (self::splitSpans($text, $lang) as $sp) {
				$sents[] = substr($text, $sp[0], $sp[1] - $sp[0]);
				$para[] = $sp[2];
			}
			$sides[] = [$sents, $para];
		}
		return [$sides[0][0], $sides[1][0],
		        self::align($sides[0][0], $sides[1][0], $lexicon, $srcLang, $tgtLang,
		                    $sides[0][1], $sides[1][1])];
	}

	/* One side of a bead as (start, len): consecutive ascending indices. */
	private static function range(array $idx, int $next, int $k, string $side): array
	{
		if (!$idx)
			return [$next, 0];
		$idx = array_values($idx);
		foreach ($idx as $i => $v)
			if (!is_int($v) || $v < 0 || $v !== $idx[0] + $i)
				throw new InvalidArgumentException("bead $k: $side indices must be " .
				                                   "consecutive, ascending integers >= 0");
		return [$idx[0], count($idx)];
	}

	/* A NUL-terminated copy of $v (null for null), owned by $keep. */
	private static function cstring(?string $v, array &$keep): ?FFI\CData
	{
		if ($v === null)
			return null;
		$ffi = self::ffi();
		$buf = $ffi->new('char[' . (strlen($v) + 1) . ']');  /* zeroed */
		FFI::memcpy($buf, $v, strlen($v));
		$keep[] = $buf;
		return $ffi->cast('char *', FFI::addr($buf));
	}

	/**
	 * Render beads (as align() returns them) over the sentences $src and
	 * $tgt as text, tsv, jsonl, tmx, vecalign, html or side, as
	 * `muwazi align --format` does (mwz_beads_render). Language codes are
	 * BCP 47 tags (null: "und"). $keepEmpty: TMX keeps 1-0/0-1 beads.
	 */
	public static function render(array $beads, array $src, array $tgt, string $format = 'tmx',
	                              ?string $srcLang = 'ar', ?string $tgtLang = 'en',
	                              bool $keepEmpty = false, int $width = 0,
	                              float $lowScore = 0.5, ?string $title = null): string
	{
		$ffi = self::ffi();
		if (!isset(self::FORMATS[$format]))
			throw new InvalidArgumentException('format must be one of ' .
			                                   implode(', ', array_keys(self::FORMATS)));
		$s = self::sentences($src, 'src');
		$t = self::sentences($tgt, 'tgt');
		$nb = count($beads);
		$arr = $ffi->new('mwz_bead_t[' . max(1, $nb) . ']');
		$k = 0;
		$snext = $tnext = 0;
		foreach ($beads as $b) {
			if (!is_array($b) || !isset($b['src'], $b['tgt']) ||
			    !is_array($b['src']) || !is_array($b['tgt']))
				throw new InvalidArgumentException("bead $k: not ['src' => [...], 'tgt' => [...], 'score' => ...]");
			[$ss, $sl] = self::range($b['src'], $snext, $k, 'src');
			[$ts, $tl] = self::range($b['tgt'], $tnext, $k, 'tgt');
			$arr[$k]->src_start = $ss;
			$arr[$k]->src_len = $sl;
			$arr[$k]->tgt_start = $ts;
			$arr[$k]->tgt_len = $tl;
			$arr[$k]->score = (float)($b['score'] ?? 0.0);
			$snext = $ss + $sl;
			$tnext = $ts + $tl;
			$k++;
		}
		$opts = $ffi->new('mwz_write_options_t');  /* zeroed */
		$opts->version = self::WRITE_OPTIONS_VERSION;
		$opts->format = self::FORMATS[$format];
		$opts->flags = $keepEmpty ? self::WRITE_KEEP_EMPTY : 0;
		/* A C pointer field cannot hold a PHP string: copies, kept in $keep. */
		$keep = [];
		$opts->src_lang = self::cstring($srcLang, $keep);
		$opts->tgt_lang = self::cstring($tgtLang, $keep);
		$opts->title = self::cstring($title, $keep);
		$opts->src = $ffi->cast('const char *const *', FFI::addr($s[1]));
		$opts->src_len = $ffi->cast('size_t *', FFI::addr($s[2]));
		$opts->nsrc = $s[3];
		$opts->tgt = $ffi->cast('const char *const *', FFI::addr($t[1]));
		$opts->tgt_len = $ffi->cast('size_t *', FFI::addr($t[2]));
		$opts->ntgt = $t[3];
		if ($width !== 0 && ($width < 48 || $width > 100000))
			throw new \ValueError('width must be 0 (120) or from 48 to 100000 columns');
		$opts->width = $width;
		$opts->low_score = $lowScore;
		$out = $ffi->new('char *');
		$outlen = $ffi->new('size_t');
		$err = $ffi->new('mwz_error_t');
		$rc = $ffi->mwz_beads_render(FFI::addr($out), FFI::addr($outlen), null,
		                             $arr, $nb, FFI::addr($opts), FFI::addr($err));
		try {
			self::check('mwz_beads_render', $rc, $err);
			return $outlen->cdata ? FFI::string($out, $outlen->cdata) : '';
		} finally {
			$ffi->mwz_free($out);
		}
	}

	/* "first name: invalid UTF-8 at byte N", or null when valid. */
	private static function badUtf8(string $name, string $data): ?string
	{
		$ffi = self::ffi();
		$off = $ffi->new('size_t');
		if ($ffi->mwz_utf8_validate($data, strlen($data), FFI::addr($off)) === self::OK)
			return null;
		return "$name: invalid UTF-8 at byte " . $off->cdata;
	}

	/**
	 * The language of a text: "ar", or "en", "de", "fr", "es", "it", "nl",
	 * "pt" by its function words; null when it cannot tell.
	 */
	public static function languageGuess(string $text): ?string
	{
		/* FFI gives a const char * result as a PHP string, NULL as null. */
		return self::ffi()->mwz_language_guess($text, strlen($text));
	}

	/**
	 * Similarity of two names in any scripts, in [0, 1] (0.80 and above:
	 * the same name, as `muwazi match` decides).
	 */
	public static function nameSimilarity(string $a, string $b): float
	{
		$ffi = self::ffi();
		$m = $ffi->new('mwz_matcher_t *');
		self::check('mwz_matcher_create', $ffi->mwz_matcher_create(FFI::addr($m)));
		try {
			$score = $ffi->new('double');
			$rc = $ffi->mwz_name_similarity(FFI::addr($score), $m, $a, strlen($a),
			                                $b, strlen($b));
			if ($rc === self::EUTF8)
				self::check('mwz_name_similarity', $rc, null,
				            self::badUtf8('first name', $a) ?? self::badUtf8('second name', $b));
			self::check('mwz_name_similarity', $rc);
			return $score->cdata;
		} finally {
			$ffi->mwz_matcher_destroy($m);
		}
	}
}

/**
 * A bilingual lexicon (mwz_lexicon_t): build it once (FreeDict, glossaries,
 * pairs), then pass it to any number of align() calls. Freed by close() or
 * its destructor.
 */
final class MuwaziLexicon implements Countable
{
	/** @var FFI\CData|null mwz_lexicon_t * */
	private $h;

	public function __construct()
	{
		$ffi = Muwazi::ffi();
		$h = $ffi->new('mwz_lexicon_t *');
		Muwazi::check('mwz_lexicon_create', $ffi->mwz_lexicon_create(FFI::addr($h)));
		$this->h = $h;
	}

	public function __destruct()
	{
		$this->close();
	}

	/** Release the C object now (harmless if already closed). */
	public function close(): void
	{
		if ($this->h !== null) {
			Muwazi::ffi()->mwz_lexicon_destroy($this->h);
			$this->h = null;
		}
	}

	/** The mwz_lexicon_t * (LogicException once closed). */
	public function handle(): FFI\CData
	{
		if ($this->h === null)
			throw new LogicException('MuwaziLexicon is closed');
		return $this->h;
	}

	/**
	 * Add FreeDict ara-eng/eng-ara from $dictdir (null: /usr/share/dictd).
	 * $cache: a file path where the lexicon made from them is kept and read
	 * back while they are unchanged (a PHP request then loads it several
	 * times faster); its directory must exist. Load FreeDict first, then
	 * glossaries: the cache is used only for an empty lexicon.
	 */
	public function loadFreedict(?string $dictdir = null, ?string $cache = null): self
	{
		self::path($dictdir);
		self::path($cache);
		$ffi = Muwazi::ffi();
		$err = $ffi->new('mwz_error_t');
		Muwazi::check('mwz_lexicon_load_freedict_cached',
		              $ffi->mwz_lexicon_load_freedict_cached($this->handle(), $dictdir,
		                                                     $cache, FFI::addr($err)), $err);
		return $this;
	}

	/**
	 * Make this (empty) lexicon one of two other languages ("de", "fr") from
	 * FreeDict's dictionaries between them (freedict-deu-fra, freedict-fra-deu);
	 * align() tells which text is which. $cache as for loadFreedict, a file
	 * of its own for each pair.
	 */
	public function loadFreedictPair(string $langA, string $langB, ?string $dictdir = null,
	                                 ?string $cache = null): self
	{
		self::path($dictdir);
		self::path($cache);
		$ffi = Muwazi::ffi();
		$err = $ffi->new('mwz_error_t');
		Muwazi::check('mwz_lexicon_load_freedict_pair_cached',
		              $ffi->mwz_lexicon_load_freedict_pair_cached($this->handle(), $dictdir,
		                                                          $langA, $langB, $cache,
		                                                          FFI::addr($err)), $err);
		return $this;
	}

	/** Add a glossary file of "arabic<TAB>english" lines. */
	public function loadGlossary(string $path): self
	{
		self::path($path);
		$ffi = Muwazi::ffi();
		$err = $ffi->new('mwz_error_t');
		Muwazi::check('mwz_lexicon_load_glossary',
		              $ffi->mwz_lexicon_load_glossary($this->handle(), $path,
		                                              FFI::addr($err)), $err);
		return $this;
	}

	/** Add one Arabic/English pair. */
	public function add(string $arabic, string $english): self
	{
		$ffi = Muwazi::ffi();
		$err = $ffi->new('mwz_error_t');
		Muwazi::check('mwz_lexicon_add',
		              $ffi->mwz_lexicon_add($this->handle(), $arabic, strlen($arabic),
		                                    $english, strlen($english), FFI::addr($err)),
		              $err);
		return $this;
	}

	/* A C string ends at its first NUL: a path holding one would name another file. */
	private static function path(?string $p): void
	{
		if ($p !== null && strpos($p, "\0") !== false)
			throw new InvalidArgumentException('a path must not hold a NUL byte');
	}

	/** Number of distinct word pairs held. */
	public function count(): int
	{
		return Muwazi::ffi()->mwz_lexicon_size($this->handle());
	}
}
