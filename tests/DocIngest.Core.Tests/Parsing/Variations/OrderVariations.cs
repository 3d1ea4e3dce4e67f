using DocIngest.Core.Extraction;

namespace DocIngest.Core.Tests.Parsing.Variations;

/// <summary>What a generated order should parse to.</summary>
public sealed record OrderCase(string Name, string Text, string OrderNumber, string Subject, string Date, string Organization, int FiscalYear, Person[] Members, string Signer);

/// <summary>
/// Orders written for the tests: Thai or Arabic digits, a tone mark lost from ที่, with or without the asterisk rule,
/// members as numbered lines (single spaces or wide gaps) or as a table, and roles of several committees.
/// </summary>
public static class OrderVariations
{
    private static readonly (string Org, string Signer, string SignerPosition)[] Issuers =
    [
        ("เทศบาลตำบลบ้านแพง", "นายอนันต์ แก้วกล้า", "นายกเทศมนตรีตำบลบ้านแพง"),
        ("องค์การบริหารส่วนตำบลท่าช้าง", "นางสาวมาลี ศรีสุข", "นายกองค์การบริหารส่วนตำบลท่าช้าง"),
        ("โรงเรียนบ้านนาดี", "นายสมศักดิ์ ดีงาม", "ผู้อำนวยการโรงเรียนบ้านนาดี"),
    ];

    private static readonly Person[] Committee =
    [
        new("นายสมชาย ใจดี", "ปลัดเทศบาล", "ประธานกรรมการ"),
        new("นางวิไล ทองคำ", "ผู้อำนวยการกองคลัง", "รองประธานกรรมการ"),
        new("นายประเสริฐ บุญมา", "หัวหน้าฝ่ายบริหารงานทั่วไป", "กรรมการ"),
        new("นางสาวสุภาพร พันธ์ดี", "นักทรัพยากรบุคคล", "กรรมการและเลขานุการ"),
        new("นางสาวจันทร์เพ็ญ แสงทอง", "เจ้าพนักงานธุรการ", "กรรมการและผู้ช่วยเลขานุการ"),
    ];

    public static IEnumerable<OrderCase> All()
    {
        for (int n = 0; n < 8; n++)
        {
            var issuer = Issuers[n % Issuers.Length];
            bool arabic = n % 2 == 1;
            int number = 3 + n * 7;
            int year = 2563 + n % 4;
            string numberText = Digits($"{number}/{year}", arabic);
            string ti = n % 3 == 2 ? "ที" : "ที่";
            string subject = $"แต่งตั้งคณะกรรมการตรวจรับพัสดุ ประจำปีงบประมาณ พ.ศ. {Digits(year.ToString(), arabic)}";
            var members = Committee.Take(3 + n % 3).ToArray();
            string memberText = n % 4 == 3
                ? "ลำดับ\tชื่อ - สกุล\tตำแหน่ง\tหน้าที่\n" + string.Join('\n', members.Select((m, i) => $"{Digits((i + 1).ToString(), arabic)}\t{m.Name}\t{m.Position}\t{m.Role}"))
                : string.Join('\n', members.Select((m, i) => $"{Digits((i + 1).ToString(), arabic)}. {m.Name}{Gap(n)}{m.Position}{Gap(n)}{m.Role}"));
            string rule = n % 2 == 0 ? "\n*******************" : "";
            string dateText = Digits($"{5 + n} เดือน มกราคม พ.ศ. {year}", arabic);
            string text =
                $"คำสั่ง{issuer.Org}\n{ti} {numberText}\nเรื่อง {subject}{rule}\n\n" +
                $"ตามที่{issuer.Org} ได้จัดซื้อจัดจ้างตามแผนการจัดซื้อจัดจ้าง นั้น เพื่อให้การตรวจรับพัสดุเป็นไปตามระเบียบ จึงแต่งตั้งคณะกรรมการ ดังนี้\n\n" +
                $"{memberText}\n\nทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป\n\nสั่ง ณ วันที่ {dateText}\n\n({issuer.Signer})\n{issuer.SignerPosition}";
            var date = new DateOnly(year - 543, 1, 5 + n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            yield return new OrderCase($"order{n}", text, $"{number}/{year}", subject, date, issuer.Org, year, members, issuer.Signer);
        }
    }

    private static string Digits(string text, bool arabic) => arabic ? text : DocIngest.Core.Thai.ThaiDigits.ToThai(text);

    private static string Gap(int n) => n % 2 == 0 ? " " : "      ";
}
