using System.Globalization;
using DocIngest.Core.Extraction;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Parsing.Variations;

/// <summary>What a generated sentence about an overall ITA result should parse to.</summary>
public sealed record ItaSentenceCase(string Name, string Line, ItaResult Result);

/// <summary>What a generated announcement of measures should parse to.</summary>
public sealed record AnnouncedMeasuresCase(string Name, string Text, string[] Titles, string?[] Units, string?[] PeriodStarts);

/// <summary>
/// Wordings none of the samples use, combined: overall ITA results in sentences naming two years (clause orders,
/// grade before or after the score, ผ่าน/ไม่ผ่าน, a garbled พ.ศ.), and announcements setting measures as numbered
/// paragraphs (three marker forms, fields labelled inline, said in prose, or absent; Thai or Arabic digits).
/// </summary>
public static class UnsampledVariations
{
    private static string Digits(string text, bool arabic) => arabic ? text : ThaiDigits.ToThai(text);

    public static IEnumerable<ItaSentenceCase> ItaSentences()
    {
        string[] grades = ["AA", "A", "B", "C", "D", "ผ่าน", "ไม่ผ่าน"];
        int n = 0;
        foreach (int scored in new[] { 2563, 2565, 2566, 2567 })
        {
            foreach (var clauseOrder in new[] { "prepared-first", "scored-first", "year-after-score", "one-year" })
            {
                foreach (bool arabic in new[] { true, false })
                {
                    n++;
                    string grade = grades[n % grades.Length];
                    double score = Math.Round(55 + n * 2.37 % 44, 2);
                    string Num(double v) => Digits(v.ToString("0.00", CultureInfo.InvariantCulture), arabic);
                    string Year(int y) => Digits(y.ToString(CultureInfo.InvariantCulture), arabic);
                    // Every third case has its พ.ศ. read as w.ศ. by OCR.
                    string be = n % 3 == 0 ? "w.ศ." : "พ.ศ.";
                    bool pass = grade.Contains("ผ่าน", StringComparison.Ordinal);
                    string result = pass
                        ? $"ได้ {Num(score)} คะแนน {grade}เกณฑ์การประเมิน"
                        : (n % 2) switch
                        {
                            0 => $"ได้คะแนน {Num(score)} คะแนน อยู่ในระดับ {grade}",
                            _ => $"อยู่ในระดับ {grade} ด้วยคะแนน {Num(score)}",
                        };
                    string line = clauseOrder switch
                    {
                        "prepared-first" => $"เพื่อเตรียมความพร้อมการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {Year(scored + 1)} โดยผลการประเมินปีงบประมาณ {be} {Year(scored)} หน่วยงาน{result}",
                        "scored-first" => $"ผลการประเมิน ITA ประจำปี {be} {Year(scored)} หน่วยงาน{result} และจะนำผลไปปรับปรุงการประเมินในปี พ.ศ. {Year(scored + 1)}",
                        "year-after-score" => $"หน่วยงาน{result} ในปีงบประมาณ {be} {Year(scored)} ซึ่งจะใช้เป็นแนวทางการประเมินปี พ.ศ. {Year(scored + 1)}",
                        _ => $"ผลการประเมินคุณธรรมและความโปร่งใส ปี {be} {Year(scored)} หน่วยงาน{result}",
                    };
                    yield return new ItaSentenceCase($"ita-{scored}-{clauseOrder}-{(arabic ? "arabic" : "thai")}", line, new ItaResult(scored, score, pass ? null : grade));
                }
            }
        }
    }

    private static readonly (string Title, string Unit)[] Measures =
    [
        ("จัดทำแผนการจัดซื้อจัดจ้างประจำปีและเผยแพร่ทางเว็บไซต์ของหน่วยงาน", "งานพัสดุ"),
        ("จัดให้มีช่องทางรับแจ้งเบาะแสการทุจริตและประพฤติมิชอบ", "สำนักปลัด"),
        ("ตรวจสอบการใช้รถราชการให้เป็นไปตามระเบียบ", "กองคลัง"),
        ("อบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน", "กองการศึกษา"),
        ("รายงานผลการดำเนินงานตามมาตรการต่อผู้บริหาร", "กองยุทธศาสตร์และงบประมาณ"),
    ];

    private static readonly (string Printed, int Month)[] Months = [("ตุลาคม", 10), ("ธันวาคม", 12), ("มีนาคม", 3), ("มิถุนายน", 6), ("กันยายน", 9)];

    public static IEnumerable<AnnouncedMeasuresCase> Announcements()
    {
        string[] forms = ["n.", "n)", "(n)"];
        string[] fieldStyles = ["labelled", "prose", "none"];
        string[] intros =
        [
            "จึงกำหนดมาตรการป้องกันการทุจริต เพื่อให้บุคลากรถือปฏิบัติ ดังนี้",
            "จึงได้มีการกำหนดมาตรการส่งเสริมความโปร่งใสขึ้น ดังต่อไปนี้",
            "โดยมีมาตรการ ดังนี้",
        ];
        int n = 0;
        foreach (var form in forms)
        {
            foreach (var fields in fieldStyles)
            {
                foreach (bool arabic in new[] { false, true })
                {
                    n++;
                    int count = 3 + n % 3;
                    int fiscal = 2566 + n % 3;
                    var titles = new List<string>();
                    var units = new List<string?>();
                    var starts = new List<string?>();
                    var items = new List<string>();
                    for (int i = 0; i < count; i++)
                    {
                        var (title, unit) = Measures[(i + n) % Measures.Length];
                        var (month, monthNumber) = Months[(i + n) % Months.Length];
                        int be = monthNumber >= 10 ? fiscal - 1 : fiscal;
                        string number = Digits((i + 1).ToString(CultureInfo.InvariantCulture), arabic);
                        string marker = form switch { "n." => $"{number}.", "n)" => $"{number})", _ => $"({number})" };
                        string year = Digits(be.ToString(CultureInfo.InvariantCulture), arabic);
                        string body = fields switch
                        {
                            "labelled" => $"{title} ผู้รับผิดชอบ {unit} ระยะเวลา เดือน{month} {year}",
                            "prose" => $"{title} โดยให้{unit}เป็นผู้รับผิดชอบ ดำเนินการภายในเดือน{month} {year}",
                            _ => title,
                        };
                        items.Add($"{marker} {body}");
                        titles.Add(title);
                        units.Add(fields == "none" ? null : unit);
                        starts.Add(fields == "none" ? null : $"{be - 543:D4}-{monthNumber:D2}-01");
                    }
                    string text =
                        $"ประกาศเทศบาลตำบลหนองสองห้อง\nเรื่อง มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {Digits(fiscal.ToString(CultureInfo.InvariantCulture), arabic)}\n****************\n\n" +
                        $"เทศบาลตำบลหนองสองห้อง {intros[n % intros.Length]}\n" + string.Join('\n', items) +
                        $"\n\nจึงประกาศให้ทราบโดยทั่วกัน\n\nประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. {Digits((fiscal - 1).ToString(CultureInfo.InvariantCulture), false)}\n\n(นายประจักษ์ ทองคำ)\nนายกเทศมนตรีตำบลหนองสองห้อง";
                    yield return new AnnouncedMeasuresCase($"announce-{form}-{fields}-{(arabic ? "arabic" : "thai")}", text, titles.ToArray(), units.ToArray(), starts.ToArray());
                }
            }
        }
    }
}
