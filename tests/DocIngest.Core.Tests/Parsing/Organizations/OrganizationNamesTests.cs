using DocIngest.Core.Parsing.Organizations;

namespace DocIngest.Core.Tests.Parsing.Organizations;

public class OrganizationNamesTests
{
    [Theory]
    [InlineData("อบต.โคกคอน", "องค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("ประกาศ อบจ. ขอนแก่น เรื่อง", "ประกาศ องค์การบริหารส่วนจังหวัดขอนแก่น เรื่อง")]
    [InlineData("ทต.นาดี", "เทศบาลตำบลนาดี")]
    [InlineData("ทม.ชัยภูมิ", "เทศบาลเมืองชัยภูมิ")]
    [InlineData("องค์กาบริหารส่วนตำบลกำปัง", "องค์การบริหารส่วนตำบลกำปัง")]
    public void Expand_Abbreviations_WrittenOut(string text, string expected) => Assert.Equal(expected, OrganizationNames.Expand(text));

    [Fact]
    public void Find_TitleNamesOrganisation_TitleWins() =>
        Assert.Equal("เทศบาลตำบลนาดี", OrganizationNames.Find(["คำสั่งเทศบาลตำบลนาดี"], ["องค์การบริหารส่วนจังหวัดอุดรธานี แจ้งว่า"]));

    [Fact]
    public void Find_NoTitle_MostMentionedNamedOrganisation()
    {
        var found = OrganizationNames.Find(["ส่วนราชการ สำนักปลัดองค์การบริหารส่วนจังหวัด"],
            ["ตามที่ อบจ.กาฬสินธุ์ ได้ดำเนินการ", "สำนักงานจังหวัด", "องค์การบริหารส่วนจังหวัดกาฬสินธุ์ ประจำปี", "เทศบาลเมืองยโสธร"]);

        Assert.Equal("องค์การบริหารส่วนจังหวัดกาฬสินธุ์", found);
    }

    [Theory]
    [InlineData("ขององค์การบริหารส่วนตำบลโคกคอนประจำปีงบประมาณ", "องค์การบริหารส่วนตำบลโคกคอน")]
    [InlineData("เทศบาลเมืองบึงกาฬเพจเฟซบุ๊ก", "เทศบาลเมืองบึงกาฬ")]
    [InlineData("องค์การบริหารส่วนตำบลหนองแวง อำเภอเมือง", "องค์การบริหารส่วนตำบลหนองแวง")]
    public void Candidates_NameRunningIntoNextWord_Trimmed(string line, string expected) =>
        Assert.Equal(expected, OrganizationNames.Candidates(line).First());

    [Fact]
    public void Find_NoNamedOrganisation_Null() => Assert.Null(OrganizationNames.Find([], ["สำนักปลัดองค์การบริหารส่วนจังหวัด โทร"]));
}

public class OrganizationNamesFromTitleTests
{
    [Theory]
    [InlineData("คำสั่งโรงเรียนบ้านนาดี", "โรงเรียนบ้านนาดี")]
    [InlineData("ประกาศ อบต.ดอนตาล", "องค์การบริหารส่วนตำบลดอนตาล")]
    [InlineData("คำสั่งสำนักงานเขตพื้นที่การศึกษา ที่ 12/2566", "สำนักงานเขตพื้นที่การศึกษา")]
    public void FromTitle_IssuerAfterCueWord_Issuer(string title, string expected) => Assert.Equal(expected, OrganizationNames.FromTitle(title));

    [Fact]
    public void FromTitle_NoIssuer_Null() => Assert.Null(OrganizationNames.FromTitle("คำสั่ง"));
}

public class OrganizationNamesInstitutionTests
{
    [Fact]
    public void Find_SchoolMemo_SchoolFromAgencyLine() =>
        Assert.Equal("โรงเรียนบ้านโคกสูง", OrganizationNames.Find(["งานบริหารทั่วไป โรงเรียนบ้านโคกสูง"], ["ตามที่สำนักงานเขตพื้นที่การศึกษา แจ้ง"]));

    [Fact]
    public void Find_LocalGovernmentAndInstitution_LocalGovernmentWins() =>
        Assert.Equal("เทศบาลตำบลนาดี", OrganizationNames.Find(["กองการศึกษา"], ["โรงเรียนอนุบาลนาดี สังกัดเทศบาลตำบลนาดี"]));

    [Fact]
    public void InstitutionCandidates_OfficeFollowedByAbbreviation_NoCandidate() =>
        Assert.Empty(OrganizationNames.InstitutionCandidates("ประกาศสำนักงาน ป.ป.ช. เรื่อง"));
}
