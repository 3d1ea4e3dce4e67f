using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>Owns one reference to a Leptonica PIX*; released with pixDestroy.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaNative.Destroy(ref pix);
        return true;
    }
}
