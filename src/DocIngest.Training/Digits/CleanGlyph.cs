using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>An undegraded rendered glyph with its label and source font.</summary>
public sealed record CleanGlyph(GrayImage Image, string Label, ThaiFont Font, double PointSize);
