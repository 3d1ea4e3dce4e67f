using System.Diagnostics;
using System.Globalization;
using DocIngest.Training.Digits.Evaluation;
using DocIngest.Training.Digits.Harvest;
using DocIngest.Training.Digits;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>
/// Command-line entry point that rebuilds the committed digit model from the fonts on this machine
/// (wired to <c>docingest train-digits</c>; see docs/digits.md and scripts/train-digits.sh).
/// </summary>
public static class DigitTraining
{
    private const string Usage =
        "usage: train-digits [train] [--output PATH] [--seed N] [--sizes 10,12,...] [--copies-digit N] [--copies-reject N]\n" +
        "                    [--leave-out FAMILY[,FAMILY...]] [--max-fonts N] [--glyph-cache FILE]\n" +
        "                    [--trainer trees|maxent] [--extra-glyphs FILE[,FILE...]]\n" +
        "                    [--real-glyphs FILE[,FILE...]] [--real-copies N] [--real-test FILE[,FILE...]]\n" +
        "                    [--thin-ink SHARE] [--thin-ink-digits-only] [--latin-rejects] [--coarse-bilevel SHARE]\n" +
        "                    [--font-dir DIR[,DIR...]] [--font-dir-copies N] [--reject-font-dir DIR[,DIR...]]\n" +
        "  renders Thai digits and look-alike glyphs in every Thai font (fc-list :lang=th) with ImageMagick, degrades them like scans,\n" +
        "  trains the ML.NET model, reports held-apart and leave-one-family-out accuracy, and writes the model zip.\n" +
        "  --extra-glyphs adds glyph files (docingest harvest-digits: glyphs cut from real PDFs) to the rendered ones.\n" +
        "  --real-glyphs adds glyphs cut from real degraded pages (harvest-digits --corpus-pages), each as cut plus N degraded\n" +
        "  copies for an average digit (--real-copies, default 8; balanced per digit); --real-test reads held-back ones after training.\n" +
        "  --thin-ink prints that share of the degraded copies with thin ink (faded, thinned, broken strokes, light threshold) and\n" +
        "  reports a held-apart set all in thin ink too; --thin-ink-digits-only keeps the reject rows' copies as without it;\n" +
        "  --latin-rejects adds the Latin letters to the reject rows.\n" +
        "  --coarse-bilevel passes that share of the degraded copies (digits and rejects) through a fax's coarse resolution (the ink\n" +
        "  9-16 px high, a 12-16 pt digit at 100-150 dpi) and a hard threshold, half with specks, some bilevel at full resolution\n" +
        "  (as a G4 scan), and reports a held-apart set all coarse and bilevel too.\n" +
        "  --font-dir adds the font files of DIR (fc-scan; tools/digit-fonts/fetch.py fetches npm faces) to the installed fonts,\n" +
        "  their digit glyphs with N degraded copies each (--font-dir-copies, default --copies-digit); --reject-font-dir adds\n" +
        "  fonts whose glyphs are trained as rejects only (their Arabic digits; never their Thai digits). The glyph cache keeps\n" +
        "  every font it has rendered: a font it lacks is rendered and added, and a run trains on the fonts it lists only.\n" +
        "       train-digits evaluate [--model PATH] [--lines N] [--seed N] [--work DIR] [--write-fixtures DIR]\n" +
        "  renders digit lines in the regular style of every Thai font family, reads them with the tesseract CLI (hOCR) and\n" +
        "  with the corrector, and reports digit accuracy of both (with --write-fixtures: also writes DIR/lines.tsv and the PNGs).\n" +
        "       train-digits compare --model PATH[,PATH...] FILE...\n" +
        "  reads each (tuning) file with the product and lists every glyph the digit corrector is shown that the model at PATH\n" +
        "  reads otherwise than the committed one (digit, size, stroke, the line), then the changes counted.";

    /// <summary>Runs the training; returns 0 on success, 2 on bad arguments. Progress and figures go to <paramref name="output"/>.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length > 0 && args[0] == "evaluate") return DigitEvaluationCommand.Run(args[1..], output, Usage);
        if (args.Length > 0 && args[0] == "compare") return ModelComparisonCommand.Run(args[1..], output, Usage);
        if (args.Length > 0 && args[0] == "train") args = args[1..];
        DigitTrainingOptions options;
        try { options = DigitTrainingOptions.Parse(args); }
        catch (ArgumentException e)
        {
            output.WriteLine(e.Message);
            output.WriteLine(Usage);
            return 2;
        }
        if (options.ShowHelp) { output.WriteLine(Usage); return 0; }

        var clock = Stopwatch.StartNew();
        var fonts = ThaiFontCatalog.Installed();
        if (options.MaxFonts is { } max) fonts = fonts.Take(max).ToList();
        if (fonts.Count == 0) throw new InvalidOperationException("no Thai fonts installed (fc-list :lang=th is empty): install fonts-thai-tlwg");
        output.WriteLine($"{fonts.Count} Thai fonts in {fonts.Select(f => f.Family).Distinct().Count()} families");
        var folderFonts = options.FontDirs.SelectMany(ThaiFontCatalog.InFolder).ToList();
        var rejectFonts = options.RejectFontDirs.SelectMany(ThaiFontCatalog.InFolder).ToList();
        if (folderFonts.Count + rejectFonts.Count > 0)
            output.WriteLine($"{folderFonts.Count} font files from --font-dir ({string.Join(", ", folderFonts.Select(f => f.Family).Distinct())}), " +
                $"{rejectFonts.Count} from --reject-font-dir ({string.Join(", ", rejectFonts.Select(f => f.Family).Distinct())})");
        IReadOnlyList<CleanGlyph> glyphs = CleanGlyphCache.LoadOrRender([.. fonts, .. folderFonts, .. rejectFonts], options.GlyphCache,
            missing => new CleanGlyphRenderer(new ImageMagickRenderer(), output).RenderAll(missing, options.PointSizes), output);
        glyphs = WithoutDigitsOf(glyphs, rejectFonts);

        // The Latin letters are rendered into every cache but trained on only when asked for: left out, the glyph list (and
        // so every glyph's seed) is the one the committed model was trained on. A letter a cache has and the list no longer
        // does (o, O) is dropped either way.
        glyphs = glyphs.Where(g => DigitClasses.DigitOf(g.Label) >= 0 || DigitClasses.RejectGlyphs.Contains(g.Label[^1])
            || (options.LatinRejects && IsLatinReject(g.Label))).ToList();
        if (options.LatinRejects) output.WriteLine($"{glyphs.Count(g => IsLatinReject(g.Label))} Latin reject glyphs");

        foreach (var extra in options.ExtraGlyphs)
        {
            var added = CleanGlyphCache.Load(extra);
            glyphs = [.. glyphs, .. added];
            output.WriteLine($"{added.Count} glyphs added from {extra} ({added.Select(g => g.Font.Family).Distinct().Count()} families)");
        }
        var real = new List<CleanGlyph>();
        foreach (var file in options.RealGlyphs)
        {
            var added = CleanGlyphCache.Load(file);
            real.AddRange(added);
            output.WriteLine($"{added.Count} real glyphs from {file} ({added.Select(g => g.Font.Family).Distinct().Count()} documents)");
        }

        var folderPaths = folderFonts.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        int folderCopies = options.FontDirCopies ?? options.CopiesPerDigit;
        var train = GlyphSampleGenerator.Generate(glyphs,
            g => DigitClasses.DigitOf(g.Label) < 0 ? options.CopiesPerReject : folderPaths.Contains(g.Font.Path) ? folderCopies : options.CopiesPerDigit,
            options.Seed, keepOriginal: false, options.ThinInkShare, options.ThinInkDigitsOnly, options.CoarseBilevelShare);
        if (real.Count > 0)
        {
            var copies = RealGlyphCopies(real, options.RealCopies);
            output.WriteLine("real glyph rows per glyph (balanced per digit): " + string.Join(" ", Enumerable.Range(0, 10).Select(d => $"{DigitClasses.ThaiDigits[d]} {copies[d] + 1}")));
            // Other seeds than the rendered glyphs': glyph i of each list must not be degraded alike.
            train.AddRange(GlyphSampleGenerator.Generate(real, g => copies[Math.Max(0, DigitClasses.DigitOf(g.Label))], options.Seed + 104729, keepOriginal: true, options.ThinInkShare, options.ThinInkDigitsOnly,
                options.CoarseBilevelShare));
        }
        // The held-apart rows are the rendered glyphs' only, so the figure stays comparable between runs with and without real glyphs.
        var test = GlyphSampleGenerator.Generate(glyphs, Math.Max(2, options.CopiesPerDigit / 3), 1, options.Seed + 7919);
        output.WriteLine($"{train.Count} training rows, {test.Count} held-apart rows ({clock.Elapsed.TotalSeconds:F0} s)");

        var trainer = new DigitModelTrainer(options.Seed, options.Trainer);
        var model = trainer.Train(train);
        output.WriteLine($"trained ({clock.Elapsed.TotalSeconds:F0} s)");
        var heldApart = DigitModelEvaluation.Evaluate(trainer.Context, model, test, s => s.Font);
        DigitTrainingReport.WriteHeldApart(output, heldApart);

        if (options.ThinInkShare > 0)
        {
            // Every copy in thin ink, the Latin letters left out: the figure of the damage the rows above see a share of.
            var thinTest = GlyphSampleGenerator.Generate(glyphs.Where(g => !IsLatinReject(g.Label)).ToList(), 2, 1, options.Seed + 15485863, thinInkShare: 1);
            output.WriteLine("held-apart rows all in thin ink:");
            DigitTrainingReport.WriteHeldApart(output, DigitModelEvaluation.Evaluate(trainer.Context, model, thinTest, s => s.Font));
        }

        if (options.CoarseBilevelShare > 0)
        {
            // Every copy coarse and bilevel, the Latin letters left out: the figure of the fax and G4 damage the rows above see a share of.
            var coarseTest = GlyphSampleGenerator.Generate(glyphs.Where(g => !IsLatinReject(g.Label)).ToList(), 2, 1, options.Seed + 32452843, coarseBilevelShare: 1);
            output.WriteLine("held-apart rows all coarse and bilevel:");
            DigitTrainingReport.WriteHeldApart(output, DigitModelEvaluation.Evaluate(trainer.Context, model, coarseTest, s => s.Font));
        }

        trainer.Save(model, options.OutputPath);
        output.WriteLine($"model written to {options.OutputPath} ({new FileInfo(options.OutputPath).Length / 1024} KiB, {clock.Elapsed.TotalSeconds:F0} s)");
        if (options.CoarseBilevelShare > 0) WriteCoarseGlyphCheck(output, glyphs, options);
        foreach (var file in options.RealTestGlyphs)
        {
            var held = CleanGlyphCache.Load(file);
            output.WriteLine($"real glyphs held back ({file}, {held.Count} glyphs of {held.Select(g => g.Font.Family).Distinct().Count()} documents), read as cut:");
            using var trained = ThaiDigitRecognizer.Load(options.OutputPath);
            using var embedded = ThaiDigitRecognizer.LoadEmbedded();
            foreach (float threshold in new[] { 0.5f, 0.7f, 0.8f, 0.9f })
            {
                output.WriteLine($"  this model     {RealGlyphCheck.Run(trained, held, threshold).Describe()}");
                output.WriteLine($"  embedded model {RealGlyphCheck.Run(embedded, held, threshold).Describe()}");
            }
        }
        foreach (var family in options.LeaveOutFamilies)
        {
            var trainWithout = train.Where(s => s.Family != family).ToList();
            var testOnly = test.Where(s => s.Family == family).ToList();
            if (testOnly.Count == 0) { output.WriteLine($"leave-one-family-out: no font of family '{family}' installed"); continue; }
            var partial = new DigitModelTrainer(options.Seed, options.Trainer);
            var evaluation = DigitModelEvaluation.Evaluate(partial.Context, partial.Train(trainWithout), testOnly, s => s.Family);
            DigitTrainingReport.WriteLeftOut(output, family, evaluation);
        }

        return 0;
    }

    /// <summary>
    /// Every digit glyph once coarse and bilevel (another seed than the rows'), read by the model just written and by the
    /// embedded one as the corrector takes a digit (at 0.8): the committed model's figure on the same damage beside the new one's.
    /// </summary>
    private static void WriteCoarseGlyphCheck(TextWriter output, IReadOnlyList<CleanGlyph> glyphs, DigitTrainingOptions options)
    {
        var coarse = glyphs.Where(g => DigitClasses.DigitOf(g.Label) >= 0)
            .Select((g, i) => g with { Image = new ScanDegrader(GlyphSampleGenerator.GlyphSeed(options.Seed + 49979687, i), coarseBilevelShare: 1).Degrade(g.Image) })
            .ToList();
        output.WriteLine($"digit glyphs coarse and bilevel ({coarse.Count}), read at the corrector's confidence:");
        using var trained = ThaiDigitRecognizer.Load(options.OutputPath);
        using var embedded = ThaiDigitRecognizer.LoadEmbedded();
        output.WriteLine($"  this model     {RealGlyphCheck.Run(trained, coarse, 0.8f).Describe()}");
        output.WriteLine($"  embedded model {RealGlyphCheck.Run(embedded, coarse, 0.8f).Describe()}");
    }

    /// <summary>The glyphs without the digit glyphs of <paramref name="rejectOnlyFonts"/> (<c>--reject-font-dir</c>: those fonts give rejects only).</summary>
    public static IReadOnlyList<CleanGlyph> WithoutDigitsOf(IReadOnlyList<CleanGlyph> glyphs, IEnumerable<ThaiFont> rejectOnlyFonts)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        var rejectOnly = rejectOnlyFonts.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return glyphs.Where(g => DigitClasses.DigitOf(g.Label) < 0 || !rejectOnly.Contains(g.Font.Path)).ToList();
    }

    private static bool IsLatinReject(string label) =>
        label.Length > 0 && CleanGlyphRenderer.LatinRejectGlyphs.Contains(label[^1]) && label == DigitClasses.RejectLabelOf(label[^1]);

    /// <summary>
    /// Degraded copies per real glyph of each digit: <paramref name="copies"/> for a digit as frequent as the average one,
    /// more for a rarer digit (up to four times), fewer for a commoner one (at least none beyond the glyph itself), so that
    /// the many ๐ ๑ ๒ of real pages do not outweigh ๔ ๖ ๗ ๘ ๙.
    /// </summary>
    public static int[] RealGlyphCopies(IReadOnlyList<CleanGlyph> real, int copies)
    {
        ArgumentNullException.ThrowIfNull(real);
        var counts = Enumerable.Range(0, 10).Select(d => real.Count(g => DigitClasses.DigitOf(g.Label) == d)).ToArray();
        double average = counts.Where(c => c > 0).DefaultIfEmpty(1).Average();
        return counts.Select(c => c == 0 ? 0 : (int)Math.Clamp(Math.Round(copies * average / c), 0, 4 * copies)).ToArray();
    }
}

/// <summary>Parsed arguments of <see cref="DigitTraining.Run"/>.</summary>
public sealed record DigitTrainingOptions(string OutputPath, int Seed, IReadOnlyList<double> PointSizes, int CopiesPerDigit, int CopiesPerReject, IReadOnlyList<string> LeaveOutFamilies, int? MaxFonts, bool ShowHelp, string? GlyphCache = null, DigitModelKind Trainer = DigitModelKind.BoostedTrees, IReadOnlyList<string>? ExtraGlyphFiles = null,
    IReadOnlyList<string>? RealGlyphFiles = null, int RealCopies = 8, IReadOnlyList<string>? RealTestGlyphFiles = null,
    double ThinInkShare = 0, bool LatinRejects = false, bool ThinInkDigitsOnly = false, double CoarseBilevelShare = 0,
    IReadOnlyList<string>? FontDirFolders = null, int? FontDirCopies = null, IReadOnlyList<string>? RejectFontDirFolders = null)
{
    /// <summary>Folders whose font files are trained beside the installed ones (<c>--font-dir</c>).</summary>
    public IReadOnlyList<string> FontDirs => FontDirFolders ?? [];

    /// <summary>Folders whose font files are trained as reject glyphs only, never their Thai digits (<c>--reject-font-dir</c>).</summary>
    public IReadOnlyList<string> RejectFontDirs => RejectFontDirFolders ?? [];

    /// <summary>Glyph files cut from real pages (<c>harvest-digits --corpus-pages</c>): trained on as cut and degraded, balanced per digit (<c>--real-glyphs</c>).</summary>
    public IReadOnlyList<string> RealGlyphs => RealGlyphFiles ?? [];

    /// <summary>Real glyph files held back, read by the new and the embedded model after training (<c>--real-test</c>).</summary>
    public IReadOnlyList<string> RealTestGlyphs => RealTestGlyphFiles ?? [];

    /// <summary>Glyph files added to the rendered glyphs (<c>--extra-glyphs</c>).</summary>
    public IReadOnlyList<string> ExtraGlyphs => ExtraGlyphFiles ?? [];

    public static DigitTrainingOptions Parse(string[] args)
    {
        var options = new DigitTrainingOptions("src/DocIngest.Ocr/Digits/Model/thai-digits.zip", 20240901, [10, 12, 14, 16, 18, 20], 8, 1, [], null, false);
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--output" => options with { OutputPath = Value() },
                "--seed" => options with { Seed = ParseInt(Value(), "--seed") },
                "--sizes" => options with { PointSizes = Value().Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList() },
                "--copies-digit" => options with { CopiesPerDigit = ParseInt(Value(), "--copies-digit") },
                "--copies-reject" => options with { CopiesPerReject = ParseInt(Value(), "--copies-reject") },
                "--leave-out" => options with { LeaveOutFamilies = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--max-fonts" => options with { MaxFonts = ParseInt(Value(), "--max-fonts") },
                "--glyph-cache" => options with { GlyphCache = Value() },
                "--trainer" => options with { Trainer = ParseTrainer(Value()) },
                "--extra-glyphs" => options with { ExtraGlyphFiles = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--real-glyphs" => options with { RealGlyphFiles = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--real-copies" => options with { RealCopies = ParseInt(Value(), "--real-copies") },
                "--thin-ink" => options with { ThinInkShare = ParseShare(Value(), "--thin-ink") },
                "--latin-rejects" => options with { LatinRejects = true },
                "--thin-ink-digits-only" => options with { ThinInkDigitsOnly = true },
                "--coarse-bilevel" => options with { CoarseBilevelShare = ParseShare(Value(), "--coarse-bilevel") },
                "--font-dir" => options with { FontDirFolders = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--font-dir-copies" => options with { FontDirCopies = ParseInt(Value(), "--font-dir-copies") },
                "--reject-font-dir" => options with { RejectFontDirFolders = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--real-test" => options with { RealTestGlyphFiles = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--help" or "-h" => options with { ShowHelp = true },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }
        return options;
    }

    private static DigitModelKind ParseTrainer(string text) => text switch
    {
        "trees" => DigitModelKind.BoostedTrees,
        "maxent" => DigitModelKind.MaximumEntropy,
        _ => throw new ArgumentException($"--trainer must be trees or maxent, got '{text}'"),
    };

    private static double ParseShare(string text, string name) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1 ? value : throw new ArgumentException($"{name} must be a share from 0 to 1, got '{text}'");

    private static int ParseInt(string text, string name) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new ArgumentException($"{name} must be a positive integer, got '{text}'");
}
