namespace DocIngest.Ocr.Timing;

/// <summary>The names of the stages a page goes through in the page recogniser, as <c>docingest bench --stages</c> lists them.</summary>
public static class PageStages
{
    /// <summary>A weakly read page's orientation detected, and the page read again turned upright when that reads better.</summary>
    public const string Orientation = "orientation";
    /// <summary>A photo of a sheet on a darker surface, seen at a slant, flattened to the sheet.</summary>
    public const string PageOutline = "page outline";
    public const string Background = "background";
    public const string Borders = "borders";
    public const string Skew = "deskew";
    public const string Binarise = "binarise";
    /// <summary>The binary page's strokes measured; strokes so thin or faint that the threshold broke them thickened (grey and binary page).</summary>
    public const string ThinStrokes = "thin strokes";
    /// <summary>Ruled-table grids found on the binary page.</summary>
    public const string TableGrids = "table grids";
    /// <summary>Tables whitened out of the page before its text is read.</summary>
    public const string TableMask = "table mask";
    /// <summary>Ink specks (halftone and shading dots) whitened in a copy of the page before its running text is read.</summary>
    public const string PageSpecks = "page specks";
    /// <summary>The one automatic-segmentation read of the page's running text.</summary>
    public const string PageOcr = "page OCR";
    /// <summary>Rows of Thai marks the engine split off their line, dropped (page and cells).</summary>
    public const string DetachedMarks = "detached marks";
    /// <summary>Weak wordless lines the page read found lying on a taller line (its marks read again as a jumble), dropped (<see cref="Layout.OverlappingLineFilter"/>).</summary>
    public const string OverlappingLines = "overlapping lines";
    /// <summary>The binary page's ink labelled; lines read where it has too little dropped.</summary>
    public const string NoiseLines = "noise lines";
    /// <summary>Ink no line covers, and lines cut short, read line by line.</summary>
    public const string MissedLines = "missed lines";
    /// <summary>A page number the layout dropped, read glyph by glyph.</summary>
    public const string PageNumbers = "page numbers";
    /// <summary>A short number standing alone where no line was read (a contents page's page numbers), read glyph by glyph.</summary>
    public const string LoneNumbers = "lone numbers";
    /// <summary>Latin words in Thai lines replaced by Thai a re-read without Latin finds in their place.</summary>
    public const string LatinWords = "Latin words";

    /// <summary>A memo's ที่ label and agency code read as Latin, read again without Latin (<see cref="Layout.ReferenceCodeRereader"/>).</summary>
    public const string ReferenceCodes = "reference codes";
    /// <summary>A date's day or year read as Latin or garbled, the line read again without Latin (<see cref="Layout.DateDigitsRereader"/>).</summary>
    public const string DateDigits = "date digits";
    /// <summary>A score or year after its cue read as letters, its glyphs read again by the digit model (<see cref="Layout.CuedNumberRereader"/>).</summary>
    public const string CuedNumbers = "cued numbers";
    /// <summary>Ink specks (halftone and shading dots) whitened in each cell crop before it is read.</summary>
    public const string CellSpecks = "cell specks";
    /// <summary>An empty table cell filled (shaded) on the page as scanned flagged as marked (<see cref="Layout.CellMarks"/>): a Gantt chart's shaded months. A tick is text and needs no flag.</summary>
    public const string CellMarks = "cell marks";
    /// <summary>Every table cell read on its own.</summary>
    public const string CellOcr = "cell OCR";
    /// <summary>A cell read first by the engine without Latin, kept with that engine when its reading shows no sign of Latin (<see cref="Layout.CellThaiRead"/>).</summary>
    public const string CellThaiRead = "cell thai read";
    /// <summary>A cell whose ink is one line of letters, read by the block layout as more lines (its marks as junk), read again as one line.</summary>
    public const string OneLineCells = "one-line cells";
    /// <summary>Short weak cells read again with their lines side by side.</summary>
    public const string CellReread = "cell re-read";
    /// <summary>A <see cref="CellReread"/> take in a column of numbers kept only when it fits the column's number form better than the cell's reading without it (<see cref="Layout.CellNumberForm"/>).</summary>
    public const string CellRereadForm = "cell re-read form";
    /// <summary>A cell line whose ink shows more marks above its letters than its reading has, read again alone (<see cref="Layout.CellLostMarks"/>).</summary>
    public const string CellLostMarks = "cell lost marks";
    /// <summary>Words of a cell line read in the wrong script (a Thai word as Latin, a Latin word as a jumble of scripts), read again in the right one (<see cref="Layout.CellLatinWords"/>).</summary>
    public const string CellLatinWords = "cell latin words";
    /// <summary>A lone Latin U beside a number in Thai digits in a cell written ปี (<see cref="Layout.CellYearWord"/>).</summary>
    public const string CellYearWord = "cell year word";
    /// <summary>A cell holding one short token of Latin letters or look-alikes read again as Thai digits by the digit model.</summary>
    public const string CellNumbers = "cell numbers";
    /// <summary>
    /// A cell of one or two Arabic digits in a table written in Thai digits, or of a short token without a Thai digit in a
    /// column of Thai item numbers, read again by the Thai digit model.
    /// </summary>
    public const string CellDigitScript = "cell digit script";
    /// <summary>A score misread as letters (or without its point) in a table column of Thai-digit scores, read again by the digit model (<see cref="Layout.CellScores"/>).</summary>
    public const string CellScores = "cell scores";

    /// <summary>An amount misread (letters or signs for digits, a separator lost, doubled or changed) in a table column of amounts, read again by the digit model or its separators set again, in the column's format (<see cref="Layout.CellAmounts"/>).</summary>
    public const string CellAmounts = "cell amounts";
    /// <summary>A phone number after its label one digit short, its lost leading ๐ read from the ink before it (<see cref="Digits.PhoneLeadingZeroCorrector"/>).</summary>
    public const string PhoneZero = "phone zero";
    /// <summary>A list item number OCR damaged at a line's start, judged by the items around it and read again by the digit model (<see cref="Layout.ItemNumberRereader"/>).</summary>
    public const string ItemNumbers = "item numbers";
    /// <summary>Leader removal and normalisation after the correctors (each corrector is a stage of its own).</summary>
    public const string LineCleanup = "line clean-up";
    /// <summary>Text lines grouped into blocks, blocks put in reading order.</summary>
    public const string Blocks = "blocks";
}
