using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;

namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>Tables and cell crops for the tests of the cell passes that judge a cell by its column.</summary>
public static class CellTables
{
    /// <summary>A committed padded cell crop (Fixtures/layout) and its Sauvola binary, as the cell recogniser reads them.</summary>
    public static (GrayImage Image, GrayImage Binary) LoadCrop(string fixture)
    {
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0);
        return (image, new SauvolaBinarizer().Binarize(image));
    }

    /// <summary>A grid of one-line cells read as given, row by row (cell index = row × columns + column).</summary>
    public static (List<GridCell> Cells, List<CellReading> Readings) Of(params string[][] rows)
    {
        var cells = new List<GridCell>();
        var readings = new List<CellReading>();
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
            {
                cells.Add(new GridCell(r, c, 1, 1, new BoundingBox(c * 100, r * 50, 100, 50), new BoundingBox(c * 100 + 2, r * 50 + 2, 96, 46)));
                readings.Add(new CellReading([new TextLine(rows[r][c], new BoundingBox(0, 0, 10, 10), 0.95)], 0.95, HasInk: true));
            }
        return (cells, readings);
    }
}
