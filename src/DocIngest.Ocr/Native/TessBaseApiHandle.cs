using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>Owns a TessBaseAPI*: End() then Delete() exactly once, even when the owner forgets to dispose.</summary>
internal sealed class TessBaseApiHandle : SafeHandle
{
    public TessBaseApiHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        // End() frees the models and page results; Delete() frees the API object itself.
        TesseractNative.BaseApiEnd(handle);
        TesseractNative.BaseApiDelete(handle);
        return true;
    }
}
