using DocIngest.Core.Extraction;

namespace DocIngest.Core.Tests.Parsing.Variations;

/// <summary>What a generated ITA analysis should parse to.</summary>
public sealed record ItaCase(string Name, string Text, Indicator[] Indicators, ItaResult Result);

/// <summary>
/// ITA analyses written for the tests: scores as ร้อยละ or คะแนน, Thai or Arabic digits, labelled
/// (ตัวชี้วัดที่ n) or numbered (n.), in text or in a table, with the overall result sentence in several wordings.
/// </summary>
public static class ItaVariations
{
    private static readonly string[] Names =
    [
        "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",
        "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
    ];

    private static readonly string[] Grades = ["AA", "A", "B", "C", "D", "E", "F"];

    public static IEnumerable<ItaCase> All()
    {
        for (int n = 0; n < 8; n++)
        {
            bool arabic = n % 2 == 1;
            int year = 2562 + n % 5;
            var numbers = Enumerable.Range(1, 10).Where(i => (i + n) % 4 != 0).ToArray();
            var indicators = numbers.Select(i => new Indicator(i, Names[i - 1], Math.Round(60 + (i * 7 + n * 3) % 40 + 0.25 * (i % 4), 2), year)).ToArray();
            double overall = Math.Round(indicators.Average(i => i.Score), 2);
            var result = new ItaResult(year, overall, Grades[n % Grades.Length]);
            string Num(double v) => Digits(v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), arabic);
            string Int(int v) => Digits(v.ToString(System.Globalization.CultureInfo.InvariantCulture), arabic);

            string lines = (n % 4) switch
            {
                0 => string.Join("\n\n", indicators.Select(i => $"ตัวชี้วัดที่ {Int(i.Number)} {i.Name} ร้อยละ {Num(i.Score)}")),
                1 => string.Join("\n", indicators.Select(i => $"{Int(i.Number)}.{i.Name} {Num(i.Score)} คะแนน")),
                2 => "ตัวชี้วัด\tชื่อตัวชี้วัด\tคะแนน\n" + string.Join("\n", indicators.Select(i => $"{Int(i.Number)}\t{i.Name}\t{Num(i.Score)}")),
                _ => string.Join("\n", indicators.Select(i => $"ตัวชี้วัด {Int(i.Number)}: {i.Name} = {Num(i.Score)} คะแนน")),
            };
            string sentence = (n % 3) switch
            {
                0 => $"มีผลคะแนน {Num(overall)} อยู่ในระดับ {result.Grade}",
                1 => $"ค่าคะแนนเท่ากับ {Num(overall)} คะแนน อยู่ในระดับ {result.Grade}",
                _ => $"ได้คะแนนรวม {Num(overall)} คะแนน ระดับ {result.Grade}",
            };
            string text =
                $"การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. {Int(year)}\nเทศบาลตำบลโนนสูง\n\n" +
                $"จากผลการประเมินในปีงบประมาณ พ.ศ. {Int(year)} พบว่า {sentence} โดยมีผลรายตัวชี้วัดดังนี้\n\n{lines}\n\nประเด็นที่ต้องแก้ไขปรับปรุง ได้แก่ การเปิดเผยข้อมูลบนเว็บไซต์";
            yield return new ItaCase($"ita{n}", text, indicators, result);
        }
    }

    private static string Digits(string text, bool arabic) => arabic ? text : DocIngest.Core.Thai.ThaiDigits.ToThai(text);
}
