using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits.Training;

/// <summary>An undegraded rendered glyph with its label and source font.</summary>
public sealed record CleanGlyph(GrayImage Image, string Label, ThaiFont Font, double PointSize);
