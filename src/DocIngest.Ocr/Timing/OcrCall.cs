using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Timing;

/// <summary>
/// One OCR engine call as <see cref="TimedTextRecognizer"/> reports it: which engine read how large an image in which
/// mode, what the call cost, and what it read. <c>bench --calls</c> lists them, so a page's cost can be traced to the
/// cells and lines that make it (per-call figures the stage totals add up).
/// </summary>
/// <param name="Engine">The engine's languages (<see cref="TesseractEngine.Languages"/>, e.g. <c>tha+eng</c>), or its type name.</param>
/// <param name="Width">The width of the image read (the region's, when a region was given), pixels.</param>
/// <param name="Height">Its height, pixels.</param>
/// <param name="Mode">The segmentation mode asked for.</param>
/// <param name="Elapsed">Wall time of the call.</param>
/// <param name="ProcessorTime">The reading thread's processor time in the call; zero when the recorder keeps no thread clock
/// (<see cref="IStageRecorder.ThreadProcessorTime"/>).</param>
/// <param name="Lines">What the call read (none when it failed or was cancelled).</param>
public sealed record OcrCall(string Engine, int Width, int Height, SegmentationMode Mode, TimeSpan Elapsed, TimeSpan ProcessorTime, IReadOnlyList<RecognizedLine> Lines);

/// <summary>An OCR call with the stage it was made in (<see cref="StageTimings.Calls"/>).</summary>
/// <param name="Stage">The innermost stage open during the call.</param>
/// <param name="Call">The call.</param>
public sealed record StagedOcrCall(string Stage, OcrCall Call);
