using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Training.Digits;

namespace DocIngest.Training.Digits.Evaluation;

/// <summary>
/// Random lines of the kinds Thai paperwork is full of (dates, order numbers, scores, phone numbers, amounts)
/// mixed with Thai words, every digit drawn at random so that all ten Thai digits occur evenly.
/// </summary>
public sealed class DigitLineGenerator
{
    private readonly Random _random;

    public DigitLineGenerator(int seed) => _random = new Random(seed);

    public string Next()
    {
        string N(int min, int max) => ThaiDigits.ToThai(_random.Next(min, max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => N(0, 9)));
        int month = _random.Next(1, 13);
        return _random.Next(9) switch
        {
            0 => $"วันที่ {N(1, 31)} {ThaiMonths.FullName(month)} พ.ศ. {N(2540, 2579)}",
            1 => $"คำสั่งที่ {N(1, 999)}/{N(2540, 2579)}",
            2 => $"ร้อยละ {N(0, 99)}.{Digits(2)} ของคะแนนรวม",
            3 => $"ได้คะแนน {N(10, 99)}.{Digits(2)} คะแนน",
            4 => $"โทร. ๐ {Digits(4)} {Digits(4)} ต่อ {Digits(3)}",
            5 => $"ลงวันที่ {N(1, 31)} {ThaiMonths.Abbreviation(month)} {Digits(2)}",
            6 => $"ข้อ {N(1, 9)}.{N(1, 19)} ตัวชี้วัดที่ {N(1, 10)}",
            7 => $"งบประมาณ {N(1, 999)},{Digits(3)} บาท",
            _ => $"ที่ อบ {Digits(4)}/{Digits(3)} ปีงบประมาณ {N(2560, 2579)}",
        };
    }
}
