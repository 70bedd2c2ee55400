<?php
/*
 * test_muwazi.php - checks tests/php/muwazi.php against the library and the
 * command; run by tests/cli_php.sh, prints "ok - ..." / "not ok - ..." lines.
 *
 *     php test_muwazi.php layout-c      C source printing the structure layouts
 *                                       and constants, with the binding's
 *                                       function declarations after the header's
 *     php test_muwazi.php layout        the same layouts and constants as FFI sees them
 *     php test_muwazi.php run CLIDIR    the tests; CLIDIR holds what the command
 *                                       printed for the same input
 *
 * Environment: MUWAZI_LIB (the library), ROOT_DIR (the checkout), MWZ_VERSION
 * (the header's version string), MWZ_LEAK_CHECK=1 to end with LeakSanitizer's
 * check (an ASan-built library, libasan preloaded).
 */

require __DIR__ . '/muwazi.php';

const STRUCTS = ['mwz_error_t', 'mwz_sentence_t', 'mwz_bead_t', 'mwz_align_options_t',
                 'mwz_write_options_t', 'mwz_write_stats_t'];

/* The class constants with the C names they stand for. */
function constants(): array
{
	$c = [];
	foreach ((new ReflectionClass('Muwazi'))->getConstants() as $name => $v) {
		if ($name === 'LANGS' || $name === 'FORMATS') {
			$prefix = $name === 'LANGS' ? 'MWZ_LANG_' : 'MWZ_FORMAT_';
			foreach ($v as $k => $x)
				$c[$prefix . strtoupper($k)] = $x;
		} elseif (is_int($v)) {
			$c['MWZ_' . $name] = $v;
		}
	}
	return $c;
}

/* What a pointer field points to, unless an opaque handle (or not a pointer). */
function pointee(FFI\CType $t): ?FFI\CType
{
	if ($t->getKind() !== FFI\CType::TYPE_POINTER)
		return null;
	$p = $t->getPointerType();
	return ($p->getAttributes() & FFI\CType::ATTR_INCOMPLETE_TAG) ? null : $p;
}

function layout_c(): void
{
	echo "#include <stddef.h>\n#include <stdio.h>\n#include \"muwazi.h\"\n";
	echo "/* The binding's declarations: a conflicting one does not compile. */\n";
	echo Muwazi::CDEF_FUNCS, "\n";
	echo "int main(void)\n{\n";
	$ffi = Muwazi::ffi();
	foreach (STRUCTS as $st) {
		echo "\tprintf(\"$st size %lu\\n\", (unsigned long)sizeof($st));\n";
		$t = $ffi->type($st);
		foreach ($t->getStructFieldNames() as $f) {
			echo "\tprintf(\"$st.$f %lu\\n\", (unsigned long)offsetof($st, $f));\n";
			echo "\tprintf(\"$st.$f size %lu\\n\", (unsigned long)sizeof((($st *)0)->$f));\n";
			if (pointee($t->getStructFieldType($f)) !== null)
				echo "\tprintf(\"$st.$f points to %lu\\n\", (unsigned long)sizeof(*(($st *)0)->$f));\n";
		}
	}
	foreach (constants() as $name => $v)
		echo "\tprintf(\"$name %ld\\n\", (long)$name);\n";
	echo "\treturn 0;\n}\n";
}

function layout(): void
{
	$ffi = Muwazi::ffi();
	foreach (STRUCTS as $st) {
		$t = $ffi->type($st);
		echo "$st size ", FFI::sizeof($t), "\n";
		foreach ($t->getStructFieldNames() as $f) {
			$ft = $t->getStructFieldType($f);
			echo "$st.$f ", $t->getStructFieldOffset($f), "\n";
			echo "$st.$f size ", $ft->getSize(), "\n";
			if (($p = pointee($ft)) !== null)
				echo "$st.$f points to ", $p->getSize(), "\n";
		}
	}
	foreach (constants() as $name => $v)
		echo "$name $v\n";
}

/* ---- the tests ---- */

$failed = 0;

function ok(bool $cond, string $desc, $detail = ''): void
{
	global $failed;
	if ($cond) {
		echo "ok - php: $desc\n";
		return;
	}
	$failed++;
	echo "not ok - php: $desc\n";
	$detail = is_string($detail) ? $detail : var_export($detail, true);
	foreach (array_slice(explode("\n", $detail), 0, 12) as $l)
		echo "#   $l\n";
}

/* Run $fn(); it returns [cond, detail]. An exception is a failure. */
function check(string $desc, callable $fn): void
{
	try {
		[$cond, $detail] = $fn();
	} catch (Throwable $e) {
		[$cond, $detail] = [false, get_class($e) . ': ' . $e->getMessage()];
	}
	ok((bool)$cond, $desc, $detail);
}

/* The exception $fn throws, of class $class, or null. */
function raises(callable $fn, string $class): ?Throwable
{
	try {
		$fn();
	} catch (Throwable $e) {
		if ($e instanceof $class)
			return $e;
		throw $e;
	}
	return null;
}

/* The beads as `muwazi align --format vecalign` prints them. */
function vecalign(array $beads): string
{
	$s = '';
	foreach ($beads as $b)
		$s .= sprintf("[%s]:[%s]:%.6f\n", implode(', ', $b['src']),
		              implode(', ', $b['tgt']), $b['score']);
	return $s;
}

/* Every sentence of both sides in exactly one bead, in order. */
function covers(array $beads, int $ns, int $nt): bool
{
	$src = $tgt = [];
	foreach ($beads as $b) {
		if (!$b['src'] && !$b['tgt'])
			return false;
		array_push($src, ...$b['src']);
		array_push($tgt, ...$b['tgt']);
	}
	return $src === ($ns ? range(0, $ns - 1) : []) && $tgt === ($nt ? range(0, $nt - 1) : []);
}

function rd(string $path): string
{
	$s = file_get_contents($path);
	if ($s === false)
		throw new RuntimeException("cannot read $path");
	return $s;
}

/* Line k is sentence k, as `muwazi align --lines` reads the file. */
function lines(string $path): array
{
	$l = explode("\n", rd($path));
	array_pop($l);
	return $l;
}

/* Compare beads with what the command printed; [cond, detail]. */
function same_beads(array $beads, int $ns, int $nt, string $wantfile, string $cmd): array
{
	$got = vecalign($beads);
	$want = rd($wantfile);
	return [covers($beads, $ns, $nt) && $got === $want,
	        substr($got, 0, 400) . "--- $cmd:\n" . substr($want, 0, 400)];
}

function run(string $clidir): int
{
	global $failed;
	$corp = getenv('ROOT_DIR') . '/corpora';
	$ar = lines("$corp/article.ar.lines");
	$en = lines("$corp/article.en.lines");
	$ar_txt = rd("$corp/article.ar.txt");
	$en_txt = rd("$corp/article.en.txt");

	check('version() is the header\'s MWZ_VERSION_STRING', function () {
		$v = Muwazi::version();
		return [$v === getenv('MWZ_VERSION') &&
		        intdiv(Muwazi::versionNumber(), 10000) === (int)explode('.', $v)[0],
		        [$v, Muwazi::versionNumber()]];
	});

	/* Sentence splitting. */
	$en_text = "Dr. Smith arrived in Baghdad on Monday. He met the U.S. envoy " .
	           "at 3 p.m. and left.\n\nThe talks ended on Tuesday.";
	check('split an English text', function () use ($en_text) {
		$got = Muwazi::split($en_text, 'en');
		return [$got === ['Dr. Smith arrived in Baghdad on Monday.',
		                  'He met the U.S. envoy at 3 p.m. and left.',
		                  'The talks ended on Tuesday.'], $got];
	});
	$ar_text = "قال الصدر إن الحدود مؤمنة. وأضاف: هل الوضع خطير؟ نعم!\n\n" .
	           "وانتهى الاجتماع مساء الثلاثاء.";
	check('split an Arabic text (؟ and ! end sentences)', function () use ($ar_text) {
		$got = Muwazi::split($ar_text, 'ar');
		return [$got === ['قال الصدر إن الحدود مؤمنة.', 'وأضاف: هل الوضع خطير؟', 'نعم!',
		                  'وانتهى الاجتماع مساء الثلاثاء.'], $got];
	});
	check('split with lang auto gives the same Arabic sentences', function () use ($ar_text) {
		return [Muwazi::split($ar_text) === Muwazi::split($ar_text, 'ar'), Muwazi::split($ar_text)];
	});
	check('splitSpans: byte spans and paragraph starts', function () use ($ar_text) {
		$sp = Muwazi::splitSpans($ar_text, 'ar');
		$texts = array_map(function ($s) use ($ar_text) {
			return substr($ar_text, $s[0], $s[1] - $s[0]);
		}, $sp);
		return [array_column($sp, 2) === [true, false, false, true] &&
		        $texts === Muwazi::split($ar_text, 'ar'), $sp];
	});
	check('split of an empty text is []', function () {
		return [Muwazi::split('') === [], Muwazi::split('')];
	});

	/* Alignment, against the command on the same files. */
	check('align without a lexicon covers every sentence once and equals ' .
	      '`muwazi align --no-dict --lines --format vecalign`', function () use ($ar, $en, $clidir) {
		return same_beads(Muwazi::align($ar, $en), count($ar), count($en),
		                  "$clidir/nodict.vec", 'muwazi align --no-dict');
	});
	check('align without a lexicon en->ar equals the command too', function () use ($ar, $en, $clidir) {
		return same_beads(Muwazi::align($en, $ar), count($en), count($ar),
		                  "$clidir/nodict_rev.vec", 'muwazi align --no-dict');
	});
	check('alignTexts of article.*.txt (split, paragraph starts) equals ' .
	      '`muwazi align --no-dict --format vecalign`', function () use ($ar_txt, $en_txt, $clidir) {
		[$src, $tgt, $beads] = Muwazi::alignTexts($ar_txt, $en_txt);
		return same_beads($beads, count($src), count($tgt), "$clidir/txt_nodict.vec",
		                  'muwazi align --no-dict');
	});
	check('alignTexts returns the sentences split() gives', function () use ($ar_txt, $en_txt) {
		[$src, $tgt] = Muwazi::alignTexts($ar_txt, $en_txt);
		return [$src === Muwazi::split($ar_txt, 'ar') && $tgt === Muwazi::split($en_txt, 'en') &&
		        count($src) > 10, [count($src), count($tgt)]];
	});
	foreach (['vecalign', 'tsv', 'jsonl', 'tmx'] as $fmt) {
		check("render(\$beads, ..., '$fmt') equals `muwazi align --no-dict --lines --format $fmt`",
		      function () use ($ar, $en, $clidir, $fmt) {
			$got = Muwazi::render(Muwazi::align($ar, $en), $ar, $en, $fmt);
			$want = rd("$clidir/nodict.$fmt");
			return [$got === $want && $got !== '', substr($got, 0, 300) . "\n---\n" . substr($want, 0, 300)];
		});
	}

	if (is_file("$clidir/dict.vec")) {
		$lx = new MuwaziLexicon();
		check('MuwaziLexicon::loadFreedict() (FreeDict ara-eng and eng-ara)', function () use ($lx) {
			$lx->loadFreedict();
			return [count($lx) > 10000, count($lx)];
		});
		check('align ar->en with the lexicon equals `muwazi align --lines --format vecalign` (FreeDict)',
		      function () use ($ar, $en, $lx, $clidir) {
			return same_beads(Muwazi::align($ar, $en, $lx), count($ar), count($en),
			                  "$clidir/dict.vec", 'muwazi align');
		});
		check('the same lexicon reused: en->ar equals the command too',
		      function () use ($ar, $en, $lx, $clidir) {
			return same_beads(Muwazi::align($en, $ar, $lx), count($en), count($ar),
			                  "$clidir/dict_rev.vec", 'muwazi align');
		});
		check('alignTexts with the lexicon equals `muwazi align --format vecalign` of the .txt files',
		      function () use ($ar_txt, $en_txt, $lx, $clidir) {
			[$src, $tgt, $beads] = Muwazi::alignTexts($ar_txt, $en_txt, $lx);
			return same_beads($beads, count($src), count($tgt), "$clidir/txt_dict.vec",
			                  'muwazi align');
		});
		check('render(..., \'tmx\') is byte for byte `muwazi align --lines --format tmx`',
		      function () use ($ar, $en, $lx, $clidir) {
			$got = Muwazi::render(Muwazi::align($ar, $en, $lx), $ar, $en, 'tmx');
			$want = rd("$clidir/dict.tmx");
			file_put_contents("$clidir/php.tmx", $got);  /* xmllint reads it after */
			return [$got === $want && substr_count($got, '<tu ') > 0,
			        substr($got, 0, 300) . "\n---\n" . substr($want, 0, 300)];
		});
		check('loadFreedict(null, CACHE): written, then read; the same lexicon and beads as the command',
		      function () use ($ar, $en, $lx, $clidir) {
			$path = "$clidir/freedict.lexicon";
			$got = [];
			for ($k = 0; $k < 2; $k++) {  /* the first writes the cache, the second reads it */
				$c = new MuwaziLexicon();
				$c->loadFreedict(null, $path);
				clearstatcache();
				$got[] = [count($c), vecalign(Muwazi::align($ar, $en, $c)), is_file($path)];
				$c->close();
			}
			return [$got[0] === $got[1] && $got[0][2] && $got[0][0] === count($lx) &&
			        $got[0][1] === rd("$clidir/dict.vec"),
			        substr(var_export($got, true), 0, 300)];
		});
		$lx->close();
	} else {
		echo "skip - php: FreeDict files absent in /usr/share/dictd: " .
		     "loadFreedict() and the aligns with it not tested\n";
	}

	check('languageGuess: German, French, Arabic; null for a few words', function () use ($ar) {
		$got = [Muwazi::languageGuess('Der Hund schläft in dem Garten, und die Katze sitzt auf der Mauer.'),
		        Muwazi::languageGuess('Le chien dort dans le jardin et le chat est sur le mur.'),
		        Muwazi::languageGuess($ar[0]), Muwazi::languageGuess('Hallo Welt')];
		return [$got === ['de', 'fr', 'ar', null], var_export($got, true)];
	});
	if (is_file('/usr/share/dictd/freedict-deu-fra.index')) {
		check('MuwaziLexicon::loadFreedictPair("de", "fr"): the sentence the French left out is a 1-0 bead',
		      function () {
			$de = ['Die Bergführer verließen die Hütte lange vor dem Morgengrauen .',
			       'Der Himmel war klar , aber der Wind wehte kalt über den Grat .',
			       'Die Köchin blieb mit den Trägern im Lager und backte Brot für die Rückkehr .',
			       'Gegen Mittag erreichten die beiden Männer den Gipfel .'];
			$fr = ["Les guides quittèrent la cabane bien avant l' aube .",
			       "Le ciel était clair , mais le vent soufflait froid sur l' arête .",
			       'Vers midi , les deux hommes atteignirent le sommet .'];
			$lx = new MuwaziLexicon();
			$lx->loadFreedictPair('de', 'fr');
			$got = Muwazi::render(Muwazi::align($de, $fr, $lx), $de, $fr, 'vecalign');
			$n = count($lx);
			$lx->close();
			$got = preg_replace('/:[0-9.]+$/m', '', $got);
			return [$n > 10000 && $got === "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n", $got];
		});
	} else {
		echo "skip - php: FreeDict deu-fra absent: loadFreedictPair() not tested\n";
	}

	check('loadGlossary/add grow a lexicon; a malformed glossary line throws MWZ_EFORMAT ' .
	      'with its line (the lines before it kept)', function () use ($clidir) {
		$good = "$clidir/good.tsv";
		$bad = "$clidir/bad.tsv";
		file_put_contents($good, "# a glossary\nمقتدى الصدر\tMuqtada al-Sadr\n" .
		                         "الحشد الشعبي\tPopular Mobilisation Forces\n");
		file_put_contents($bad, "بغداد\tBaghdad\nno tab on this line\n");
		$lx = new MuwaziLexicon();
		$lx->loadGlossary($good);
		$n = count($lx);
		$lx->add('الشدادي', 'al-Shaddadi');
		$n2 = count($lx);
		$beads = Muwazi::align(['قال مقتدى الصدر إن الحشد الشعبي باق.'],
		                       ['Muqtada al-Sadr said the Popular Mobilisation Forces would stay.'], $lx);
		$e = raises(function () use ($lx, $bad) { $lx->loadGlossary($bad); }, 'MuwaziException');
		$size = count($lx);
		return [0 < $n && $n < $n2 && $n2 < $size && covers($beads, 1, 1) && $e !== null &&
		        $e->getCode() === Muwazi::EFORMAT && $e->dataLine === 2 &&
		        strpos($e->getMessage(), 'bad.tsv') !== false,
		        "sizes $n $n2 $size, " . ($e ? $e->getMessage() : 'no exception')];
	});
	check('a missing glossary throws MuwaziException MWZ_EIO naming the file', function () use ($clidir) {
		$lx = new MuwaziLexicon();
		$e = raises(function () use ($lx, $clidir) { $lx->loadGlossary("$clidir/none.tsv"); },
		            'MuwaziException');
		return [$e !== null && $e->getCode() === Muwazi::EIO && $e->reason === Muwazi::strerror(Muwazi::EIO) &&
		        strpos($e->detail, 'none.tsv') !== false, $e ? $e->getMessage() : 'no exception'];
	});
	check('a closed lexicon cannot be used (LogicException), close() twice is harmless',
	      function () use ($ar, $en) {
		$lx = new MuwaziLexicon();
		$lx->close();
		$lx->close();
		$e = raises(function () use ($ar, $en, $lx) { Muwazi::align($ar, $en, $lx); }, 'LogicException');
		return [$e !== null, $e ? $e->getMessage() : 'no exception'];
	});

	/* Names, against `muwazi match`. */
	check('nameSimilarity equals `muwazi match` (3 decimals, same verdict at 0.80)', function () use ($clidir) {
		$bad = [];
		$n = 0;
		foreach (lines("$clidir/match.out") as $l) {
			[$a, $b, $score, $verdict] = explode("\t", $l);
			$s = Muwazi::nameSimilarity($a, $b);
			$n++;
			if (sprintf('%.3f', $s) !== $score || ($s >= 0.80 ? 'same' : 'different') !== $verdict)
				$bad[] = "$a / $b: $s, muwazi match: $score $verdict";
		}
		return [!$bad && $n >= 2, $bad ? implode("\n", $bad) : "$n pairs"];
	});
	check('nameSimilarity(الشدادي, al-Shaddadi) >= 0.8, Mahmoud Abbas < 0.8', function () {
		$s = Muwazi::nameSimilarity('الشدادي', 'al-Shaddadi');
		$d = Muwazi::nameSimilarity('الشدادي', 'Mahmoud Abbas');
		return [$s >= 0.8 && $d < 0.8, [$s, $d]];
	});

	/* Errors: invalid UTF-8 goes to the library as bytes; its error comes back. */
	check('invalid UTF-8 throws MuwaziException: MWZ_EUTF8, mwz_strerror\'s text, the detail, ' .
	      'line and byte offset', function () {
		$e = raises(function () { Muwazi::split("Good start. Then \xff bad.", 'en'); }, 'MuwaziException');
		return [$e !== null && $e->getCode() === Muwazi::EUTF8 && $e->offset === 17 &&
		        $e->dataLine === 1 && $e->call === 'mwz_segmenter_split' &&
		        $e->reason === Muwazi::strerror(Muwazi::EUTF8) && $e->detail !== '' &&
		        strpos($e->getMessage(), 'invalid UTF-8') !== false,
		        $e ? [$e->getMessage(), $e->getCode(), $e->dataLine, $e->offset] : 'no exception'];
	});
	check('alignTexts of invalid UTF-8 throws with the offset in that text', function () {
		$e = raises(function () { Muwazi::alignTexts("نص.", "Line one.\nTwo \xc3(", null); },
		            'MuwaziException');
		return [$e !== null && $e->getCode() === Muwazi::EUTF8 && $e->offset === 14 && $e->dataLine === 2,
		        $e ? [$e->getMessage(), $e->dataLine, $e->offset] : 'no exception'];
	});
	check('render of a sentence with invalid UTF-8 throws MWZ_EUTF8', function () {
		$e = raises(function () {
			Muwazi::render([['src' => [0], 'tgt' => [0], 'score' => 1.0]], ["\xed\xa0\x80"], ['x'], 'tsv');
		}, 'MuwaziException');
		return [$e !== null && $e->getCode() === Muwazi::EUTF8, $e ? $e->getMessage() : 'no exception'];
	});
	check('nameSimilarity of invalid UTF-8 throws, naming the byte', function () {
		$e = raises(function () { Muwazi::nameSimilarity("al-\xc3", 'x'); }, 'MuwaziException');
		return [$e !== null && $e->getCode() === Muwazi::EUTF8 &&
		        strpos($e->getMessage(), 'first name: invalid UTF-8 at byte 3') !== false,
		        $e ? $e->getMessage() : 'no exception'];
	});
	check('a missing FreeDict folder throws MWZ_ENOTFOUND; bad arguments throw InvalidArgumentException',
	      function () {
		$lx = new MuwaziLexicon();
		$e1 = raises(function () use ($lx) { $lx->loadFreedict('/nonexistent-dir'); }, 'MuwaziException');
		$e2 = raises(function () { Muwazi::split('x', 'xx'); }, 'InvalidArgumentException');
		$e3 = raises(function () { Muwazi::align(['a'], ['b'], null, 'auto', 'auto', [1, 1]); },
		             'InvalidArgumentException');
		$e4 = raises(function () { Muwazi::render([['src' => [0, 2], 'tgt' => [0], 'score' => 1]],
		                                          ['a', 'b', 'c'], ['x'], 'tsv'); },
		             'InvalidArgumentException');
		$e5 = raises(function () { Muwazi::render([], ['a'], ['x'], 'pdf'); }, 'InvalidArgumentException');
		$e6 = raises(function () use ($lx) { $lx->loadGlossary("/etc/passwd\0.tsv"); },
		             'InvalidArgumentException');
		return [$e1 !== null && $e1->getCode() === Muwazi::ENOTFOUND && $e2 && $e3 && $e4 && $e5 && $e6,
		        [$e1 ? $e1->getMessage() : null, (bool)$e2, (bool)$e3, (bool)$e4, (bool)$e5, (bool)$e6]];
	});
	check('a bead past the sentences throws MWZ_EINVAL from the library', function () {
		$e = raises(function () {
			Muwazi::render([['src' => [0, 1], 'tgt' => [0], 'score' => 1]], ['a'], ['x'], 'tsv');
		}, 'MuwaziException');
		return [$e !== null && $e->getCode() === Muwazi::EINVAL, $e ? $e->getMessage() : 'no exception'];
	});
	check('align with an empty side: unpaired beads; sentences with NUL bytes go whole', function () {
		$a = Muwazi::align([], []);
		$b = Muwazi::align(['One sentence.'], []);
		$c = Muwazi::align(["a\0b", ''], ['x']);
		$t = Muwazi::render($c, ["a\0b", ''], ['x'], 'jsonl');
		return [$a === [] && covers($b, 1, 0) && covers($c, 2, 1) &&
		        strpos($t, 'a\u0000b') !== false, [$a, $b, $t]];
	});

	if (getenv('MWZ_LEAK_CHECK') === '1') {
		gc_collect_cycles();
		/* LeakSanitizer writes its report to stderr; tests/cli_php.sh fails
		 * on a leak whose stack goes through libmuwazi (mwz_*). */
		$lsan = FFI::cdef('int __lsan_do_recoverable_leak_check(void);');
		$lsan->__lsan_do_recoverable_leak_check();
	}
	return $failed;
}

$mode = $argv[1] ?? '';
if ($mode === 'layout-c' && $argc === 2) {
	layout_c();
} elseif ($mode === 'layout' && $argc === 2) {
	layout();
} elseif ($mode === 'run' && $argc === 3) {
	exit(run($argv[2]) ? 1 : 0);
} else {
	fwrite(STDERR, "usage: php test_muwazi.php layout-c | layout | run CLIDIR\n");
	exit(2);
}
