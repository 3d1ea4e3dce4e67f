using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Parsing.Variations;

/// <summary>What a generated memo should parse to.</summary>
public sealed record MemoCase(
    string Name, string Text, string Agency, string Phone, string? Reference, string Date, string DateText, string Subject,
    string Addressee, string Organization, int FiscalYear, string[] SectionTypes, string Signer, string SignerPosition);

/// <summary>
/// Memos written for the tests — other agencies, years and topics than the seeds — in six header layouts
/// (one field a line, fields sharing lines, OCR-damaged labels with dotted leaders, markdown, Arabic digits, all on
/// one line) and two body styles (printed headings, or none).
/// </summary>
public static class MemoVariations
{
    private sealed record Source(string Agency, string Organization, string PhoneThai, string Phone, string RefThai, string Reference);

    private static readonly Source[] Sources =
    [
        new("กองคลัง องค์การบริหารส่วนตำบลหนองบัว", "องค์การบริหารส่วนตำบลหนองบัว", "๐-๔๒๓๑-๒๓๔๕", "0-4231-2345", "ขก ๗๓๒๐๑/๔๕๖", "ขก 73201/456"),
        new("สำนักปลัดเทศบาล เทศบาลตำบลนาเชือก", "เทศบาลตำบลนาเชือก", "๐๔๓ - ๗๙๑๑๒๓", "043-791123", "มค ๕๒๓๐๑.๒/๙๘", "มค 52301.2/98"),
        new("กองช่าง อบต.ดอนตาล", "องค์การบริหารส่วนตำบลดอนตาล", "๐๔๒-๖๑๑-๗๘๙", "042-611-789", "มห ๘๑๔๐๑/ ๑๒", "มห 81401/12"),
        new("งานบริหารทั่วไป เทศบาลเมืองกาญจนบุรี", "เทศบาลเมืองกาญจนบุรี", "๐๓๔ ๕๑๑ ๐๐๒", "034 511 002", "กจ ๕๒๐๐๒/๒๓๔๕", "กจ 52002/2345"),
    ];

    private static readonly (string Thai, string Arabic, string Iso)[] Dates =
    [
        ("๓ มีนาคม ๒๕๖๖", "3 มีนาคม 2566", "2023-03-03"),
        ("๑๕ ก.ย. ๒๕๖๕", "15 ก.ย. 2565", "2022-09-15"),
        ("๒๘ ธันวาคม ๒๕๖๗", "28 ธันวาคม 2567", "2024-12-28"),
        ("๑ ต.ค. ๖๖", "1 ต.ค. 66", "2023-10-01"),
        ("๙ มิถุนายน ๒๕๖๓", "9 มิถุนายน 2563", "2020-06-09"),
    ];

    private static readonly string[] Topics =
    [
        "ขออนุมัติจัดซื้อวัสดุคอมพิวเตอร์", "รายงานผลการตรวจสอบพัสดุประจำปี", "ขอความเห็นชอบแผนป้องกันการทุจริต",
        "ขออนุมัติจัดโครงการอบรมคุณธรรมจริยธรรม", "รายงานการวิเคราะห์ความเสี่ยงการทุจริต",
    ];

    private static readonly (string Addressee, string Signer, string Position)[] People =
    [
        ("นายกองค์การบริหารส่วนตำบลหนองบัว", "นางสาวสุภาพร พันธ์ดี", "ผู้อำนวยการกองคลัง"),
        ("ปลัดเทศบาลตำบลนาเชือก", "นายประเสริฐ บุญมา", "หัวหน้าสำนักปลัดเทศบาล"),
        ("นายอำเภอเมืองขอนแก่น", "นางวิไล ทองคำ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
    ];

    public static IEnumerable<MemoCase> All()
    {
        int n = 0;
        for (int layout = 0; layout < 8; layout++)
        {
            for (int k = 0; k < 4; k++, n++)
            {
                var source = Sources[(n + layout) % Sources.Length];
                var date = Dates[n % Dates.Length];
                var topic = Topics[(n * 3) % Topics.Length];
                var people = People[n % People.Length];
                bool withYear = n % 2 == 0;
                bool headed = k % 2 == 0;
                yield return Build($"memo{n}-layout{layout}", layout, source, date, topic, people, withYear, headed);
            }
        }
    }

    private static MemoCase Build(string name, int layout, Source s, (string Thai, string Arabic, string Iso) date, string topic,
        (string Addressee, string Signer, string Position) people, bool withYear, bool headed)
    {
        bool arabic = layout == 4;
        int fiscalYearOfDate = ThaiCalendar.FiscalYearOf(DateOnly.Parse(date.Iso, System.Globalization.CultureInfo.InvariantCulture));
        string yearThai = ThaiDigits.ToThai(fiscalYearOfDate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string subject = withYear ? $"{topic} ประจำปีงบประมาณ พ.ศ. {(arabic ? ThaiDigits.ToArabic(yearThai) : yearThai)}" : topic;
        string phone = arabic ? ThaiDigits.ToArabic(s.PhoneThai) : s.PhoneThai;
        string reference = arabic ? ThaiDigits.ToArabic(s.RefThai) : s.RefThai;
        string dateText = arabic ? date.Arabic : date.Thai;

        string header = layout switch
        {
            0 => $"บันทึกข้อความ\nส่วนราชการ {s.Agency} โทร. {phone}\nที่ {reference}\nวันที่ {dateText}\nเรื่อง {subject}\nเรียน {people.Addressee}",
            1 => $"บันทึกข้อความ\nส่วนราชการ {s.Agency}\nโทร {phone}\nที่ {reference}    วันที่ {dateText}\nเรื่อง {subject}\nเรียน {people.Addressee}",
            2 => $"บนทึกขอความ\nสวนราชการ.......{s.Agency}.........โทร......{phone}\nที......{reference}..........วันที.....{dateText}\nเรือง  {subject}\nเรียน.....{people.Addressee}",
            3 => $"## บันทึกข้อความ\n**ส่วนราชการ** {s.Agency} **โทร.** {phone}\n**ที่** {reference} **วันที่** {dateText}\n**เรื่อง** {SplitSubject(subject)}\n**เรียน** {people.Addressee}",
            4 => $"บันทึกข้อความ\nส่วนราชการ {s.Agency} โทร. {phone}\nที่ {reference} วันที่ {dateText}\nเรื่อง {subject}\nเรียน {people.Addressee}",
            5 => $"บันทึกข้อความ\nส่วนราชการ {s.Agency} โทร. {phone} ที่ {reference} วันที่ {dateText}\nเรื่อง {subject}\nเรียน {people.Addressee}",
            // A receipt stamp above the title, title letters spaced out, labels alone on their lines.
            6 => $"เลขรับ ๔๕๖ วันที่ ๑ ม.ค. ๒๕๖๖\nบันทึก ข้อความ\nส่วนราชการ\n{s.Agency} โทร. {phone}\nที่ {reference}\nวันที่ {dateText}\nเรื่อง\n{subject}\nเรียน {people.Addressee}",
            // OCR that lost tone marks on labels and read leaders as dots, fields sharing lines.
            _ => $"บนทกขอความ\nสวนราชการ {s.Agency} โทร........{phone}\nท ี่{reference}.......วนท ี่{dateText}\nเรอง {subject}\nเรยน {people.Addressee}",
        };
        string place = s.Organization;
        string body = headed && layout >= 6
            ? $"๑. เรื่องเดิม\n\nตามที่{place} ได้รับจัดสรรงบประมาณเพื่อ{topic} นั้น\n\n๒. ข้อเท็จจริง\n\nบัดนี้ เจ้าหน้าที่ได้ตรวจสอบรายละเอียดแล้ว พบว่าเป็นไปตามแผนที่กำหนด\n\n/ ๓. ข้อพิจารณา...\n\n- ๒ -\n\n๓. ข้อพิจารณา\n\nพิจารณาแล้วเห็นว่าการดำเนินการถูกต้องตามระเบียบ\n\n๔. ข้อเสนอ\n\nจึงเห็นควรอนุมัติให้ดำเนินการต่อไป\n\nจึงเรียนมาเพื่อโปรดพิจารณา"
            : headed
            ? $"เรื่องเดิม\n\nตามที่{place} ได้รับจัดสรรงบประมาณเพื่อ{topic} นั้น\n\nข้อเท็จจริง\n\nบัดนี้ เจ้าหน้าที่ได้ตรวจสอบรายละเอียดแล้ว พบว่าเป็นไปตามแผนที่กำหนด\n\nข้อพิจารณา\n\nพิจารณาแล้วเห็นว่าการดำเนินการถูกต้องตามระเบียบ\n\nข้อเสนอ\n\nจึงเห็นควรอนุมัติให้ดำเนินการต่อไป\n\nจึงเรียนมาเพื่อโปรดพิจารณา"
            : $"ตามที่{place} ได้มอบหมายให้ดำเนินการ{topic} นั้น\n\nในการนี้ ได้ดำเนินการเสร็จเรียบร้อยแล้ว รายละเอียดตามเอกสารแนบ\n\nจึงเห็นควรนำเสนอผู้บริหารเพื่อทราบและแจ้งเวียนให้ทุกส่วนทราบ\n\nจึงเรียนมาเพื่อโปรดทราบ";
        string[] types = headed ? ["background", "facts", "considerations", "proposal", "closing"] : ["background", "facts", "proposal", "closing"];
        string signature = $"(ลงชื่อ).....................\n({people.Signer})\n{people.Position}";

        string text = header + "\n\n" + body + "\n\n" + signature;
        return new MemoCase(name, text, s.Agency, s.Phone, s.Reference, date.Iso, dateText, subject,
            people.Addressee, s.Organization, fiscalYearOfDate, types, people.Signer, people.Position);
    }

    // The markdown layout wraps the subject over two lines, as a narrow scan does.
    private static string SplitSubject(string subject)
    {
        int space = subject.IndexOf(' ', subject.Length / 2);
        return space < 0 ? subject : subject[..space] + "\n" + subject[(space + 1)..];
    }
}
