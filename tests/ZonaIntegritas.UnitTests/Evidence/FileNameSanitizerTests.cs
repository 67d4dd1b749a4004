using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.UnitTests.Evidence;

public class FileNameSanitizerTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\system.ini", "system.ini")]
    [InlineData("C:\\Users\\tim\\SK Tim.pdf", "SK Tim.pdf")]
    [InlineData("laporan\u0000\u0007akhir.pdf", "laporanakhir.pdf")]
    [InlineData("tagihan\u202Efdp.exe", "tagihanfdp.exe")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    [InlineData("  spasi   ganda .pdf  ", "spasi ganda .pdf")]
    [InlineData("tab\tdan\nbaris.pdf", "tabdanbaris.pdf")]
    [InlineData("..", "berkas")]
    [InlineData("...", "berkas")]
    [InlineData("", "berkas")]
    [InlineData(null, "berkas")]
    [InlineData("/", "berkas")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("nama.pdf.", "nama.pdf")]
    public void Names_are_made_harmless(string? input, string expected)
    {
        FileNameSanitizer.Sanitize(input).ShouldBe(expected);
    }

    [Fact]
    public void Long_names_are_cut_keeping_the_extension()
    {
        var result = FileNameSanitizer.Sanitize(new string('a', 400) + ".pdf");
        result.Length.ShouldBe(FileNameSanitizer.MaxLength);
        result.ShouldEndWith(".pdf");
    }

    [Fact]
    public void Cutting_never_splits_a_surrogate_pair()
    {
        var result = FileNameSanitizer.Segment(new string('a', 79) + "😀😀", maxLength: 80);
        result.ShouldBe(new string('a', 79));
    }

    [Fact]
    public void Segments_have_no_separators()
    {
        FileNameSanitizer.Segment("SK/Tim\\Kerja: 2026").ShouldBe("SK_Tim_Kerja_ 2026");
        FileNameSanitizer.Segment("  ").ShouldBe("tanpa-judul");
    }
}
