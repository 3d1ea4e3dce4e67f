using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>Owns an ETEXT_DESC* (Tesseract's progress monitor); deleted once, after the recognition it watched returned.</summary>
internal sealed class TessMonitorHandle : SafeHandle
{
    public TessMonitorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractNative.MonitorDelete(handle);
        return true;
    }
}
