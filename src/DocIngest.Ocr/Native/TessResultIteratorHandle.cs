using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>Owns a TessResultIterator*; must be released before the API is cleared, which the engine guarantees with <c>using</c>.</summary>
internal sealed class TessResultIteratorHandle : SafeHandle
{
    public TessResultIteratorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractNative.ResultIteratorDelete(handle);
        return true;
    }
}
