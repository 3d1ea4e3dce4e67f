using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Which pixels of a binarised page are ink, as a compact row-major mask. Kept separate from
/// <see cref="GrayImage"/> so that the rule finder can run the same row scan over the transposed page
/// to find vertical rules.
/// </summary>
internal sealed class InkMask
{
    /// <summary>Pixels darker than this are ink (binary pages are 0/255; gray input still works).</summary>
    public const byte InkThreshold = 128;

    private readonly bool[] _ink;

    private InkMask(int width, int height, bool[] ink)
    {
        Width = width;
        Height = height;
        _ink = ink;
    }

    public int Width { get; }
    public int Height { get; }

    public bool this[int x, int y] => _ink[y * Width + x];

    public static InkMask From(GrayImage image)
    {
        var ink = new bool[image.Width * image.Height];
        var pixels = image.Pixels;
        // A bool is one byte holding 0 or 1: pixels are compared a vector at a time and the all-ones lanes cut to 1.
        var bytes = MemoryMarshal.AsBytes(ink.AsSpan());
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var threshold = new Vector<byte>(InkThreshold);
            for (; i <= pixels.Length - Vector<byte>.Count; i += Vector<byte>.Count)
                (Vector.LessThan(new Vector<byte>(pixels, i), threshold) & Vector<byte>.One).CopyTo(bytes[i..]);
        }
        for (; i < ink.Length; i++) ink[i] = pixels[i] < InkThreshold;
        return new InkMask(image.Width, image.Height, ink);
    }

    /// <summary>The mask mirrored about its diagonal: columns become rows.</summary>
    public InkMask Transpose()
    {
        var ink = new bool[_ink.Length];
        int blockRows = 0, blockColumns = 0;
        if (Sse2.IsSupported)
        {
            blockRows = Height / Block * Block;
            blockColumns = Width / Block * Block;
            TransposeBlocks(_ink, ink, Width, Height, blockRows, blockColumns);
        }
        // What the 16 × 16 blocks leave: the right-hand columns of the block rows, then the bottom rows whole.
        for (int y = 0; y < Height; y++)
        {
            int row = y * Width;
            for (int x = y < blockRows ? blockColumns : 0; x < Width; x++) ink[x * Height + y] = _ink[row + x];
        }
        return new InkMask(Height, Width, ink);
    }

    /// <summary>Side of the blocks <see cref="TransposeBlocks"/> turns in registers.</summary>
    private const int Block = 16;

    /// <summary>
    /// Transposes the mask's whole 16 × 16 blocks: each block's rows loaded as 16 vectors, interleaved byte by byte four
    /// times (the perfect shuffle, which turns a 16 × 16 byte matrix about its diagonal), stored as the target's rows.
    /// Writing a column of the target a byte at a time touched a new cache line with every byte (the transpose cost
    /// more than the rule search it feeds).
    /// </summary>
    private static unsafe void TransposeBlocks(bool[] source, bool[] target, int width, int height, int blockRows, int blockColumns)
    {
        var rows = stackalloc Vector128<byte>[Block];
        var shuffled = stackalloc Vector128<byte>[Block];
        fixed (bool* from = source, to = target)
        {
            byte* s = (byte*)from, t = (byte*)to;
            for (int y0 = 0; y0 < blockRows; y0 += Block)
                for (int x0 = 0; x0 < blockColumns; x0 += Block)
                {
                    for (int i = 0; i < Block; i++) rows[i] = Vector128.Load(s + (long)(y0 + i) * width + x0);
                    for (int round = 0; round < 4; round++)
                    {
                        for (int i = 0; i < Block / 2; i++)
                        {
                            shuffled[2 * i] = Sse2.UnpackLow(rows[i], rows[i + Block / 2]);
                            shuffled[2 * i + 1] = Sse2.UnpackHigh(rows[i], rows[i + Block / 2]);
                        }
                        for (int i = 0; i < Block; i++) rows[i] = shuffled[i];
                    }
                    for (int i = 0; i < Block; i++) Vector128.Store(rows[i], t + (long)(x0 + i) * height + y0);
                }
        }
    }

    public ReadOnlySpan<bool> Row(int y) => _ink.AsSpan(y * Width, Width);
}
