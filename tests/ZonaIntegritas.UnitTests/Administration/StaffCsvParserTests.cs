using System.Text;
using ZonaIntegritas.Web.Features.StaffImport;

namespace ZonaIntegritas.UnitTests.Administration;

public class StaffCsvParserTests
{
    private const string Header = "nip,nama,jabatan,pangkat_golongan,jenis_pegawai,kode_unit,email,aktif";

    private static StaffCsvParseResult Parse(string text) => StaffCsvParser.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Comma_file_is_read_with_trimmed_values_and_file_line_numbers()
    {
        var result = Parse(Header + "\n198503152010011001, Ahmad Hidayat ,Penghulu,III/a,PNS,KUA-KLOJEN,a@kemenag.go.id,ya\n\n,Siti,,,Non-ASN,KUA-KLOJEN,,\n");
        result.Error.ShouldBeNull();
        result.Separator.ShouldBe(',');
        result.Rows.Count.ShouldBe(2);
        result.Rows[0].ShouldBe(new StaffCsvRow(2, "198503152010011001", "Ahmad Hidayat", "Penghulu", "III/a", "PNS", "KUA-KLOJEN", "a@kemenag.go.id", "ya"));
        result.Rows[1].Line.ShouldBe(4, "blank lines are skipped but counted");
        result.Rows[1].Nip.ShouldBe("");
    }

    [Fact]
    public void Semicolon_file_with_bom_crlf_and_other_header_spelling_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("NIP;Nama;Jabatan;Pangkat Golongan;JENIS-PEGAWAI;Kode_Unit;Email;Aktif\r\n;Ahmad, S.Ag.;;;Non-ASN;X;;\r\n"))
            .ToArray();
        var result = StaffCsvParser.Parse(bytes);
        result.Error.ShouldBeNull();
        result.Separator.ShouldBe(';');
        result.Rows.Single().Name.ShouldBe("Ahmad, S.Ag.");
    }

    [Fact]
    public void Quoted_values_may_contain_the_separator_and_quotes()
    {
        var result = Parse(Header + "\n,\"Drs. H. Imam, M.Pd.\",\"Guru \"\"Tahfiz\"\"\",,Non-ASN,X,,\n");
        result.Error.ShouldBeNull();
        result.Rows.Single().Name.ShouldBe("Drs. H. Imam, M.Pd.");
        result.Rows.Single().Position.ShouldBe("Guru \"Tahfiz\"");
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_unknown_ones_are_reported_as_ignored()
    {
        var result = Parse("kode_unit,nama,nip,catatan,jenis_pegawai,email,aktif,jabatan,pangkat_golongan\nX,Budi,,lama,Non-ASN,,,,\n");
        result.Error.ShouldBeNull();
        result.IgnoredColumns.ShouldBe(["catatan"]);
        result.Rows.Single().UnitCode.ShouldBe("X");
        result.Rows.Single().Name.ShouldBe("Budi");
    }

    [Theory]
    [InlineData("", "Berkas kosong")]
    [InlineData("\r\n\r\n  ", "Berkas kosong")]
    [InlineData(Header + "\n", "hanya berisi judul kolom")]
    [InlineData("nip;nama\n1;a\n", "Kolom yang tidak ditemukan: jabatan, pangkat_golongan, jenis_pegawai, kode_unit, email, aktif.")]
    [InlineData("id,name,nip,nama,jabatan,pangkat_golongan,jenis_pegawai,kode_unit,email\n", "tidak ditemukan: aktif. Kolom yang tidak dikenal: id, name.")]
    [InlineData(Header + ",nama\n", "Judul kolom ganda: nama")]
    public void Whole_file_problems_are_explained(string text, string message) =>
        Parse(text).Error.ShouldNotBeNull().ShouldContain(message);

    [Fact]
    public void Only_a_bom_counts_as_empty() =>
        StaffCsvParser.Parse(Encoding.UTF8.GetPreamble()).Error.ShouldNotBeNull().ShouldContain("Berkas kosong");

    [Theory]
    [InlineData("\n,\"Ahmad,,,Non-ASN,X,,\n,Budi,,,Non-ASN,X,,\n", 2)]
    [InlineData("\n,Budi,,,Non-ASN,X,,\n,Ali \"Gus\" M,,,Non-ASN,X,,\n", 3)]
    [InlineData("\n,\"Budi\" Santoso,,,Non-ASN,X,,\n", 2)]
    public void Broken_quoting_rejects_the_file_and_names_the_line(string body, int line)
    {
        var error = Parse(Header + body).Error.ShouldNotBeNull();
        error.ShouldContain("tanda kutip");
        error.ShouldContain($"baris {line}");
    }

    [Fact]
    public void Binary_excel_and_non_utf8_files_are_refused()
    {
        var garbage = new byte[1000];
        new Random(3).NextBytes(garbage);
        StaffCsvParser.Parse(garbage).Error.ShouldNotBeNull().ShouldContain("data biner");
        StaffCsvParser.Parse([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).Error.ShouldNotBeNull().ShouldContain("Excel");
        StaffCsvParser.Parse([0xFF, 0xFE, 0x6E, 0x00]).Error.ShouldNotBeNull().ShouldContain("UTF-16");
        StaffCsvParser.Parse([.. Encoding.ASCII.GetBytes(Header + "\n,Jos"), 0xE9, .. Encoding.ASCII.GetBytes(",,,Non-ASN,X,,\n")])
            .Error.ShouldNotBeNull().ShouldContain("bukan teks UTF-8");
    }

    [Fact]
    public void Exactly_5000_rows_are_accepted_and_5001_refused()
    {
        string File(int rows) => Header + "\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $",Honorer {i},,,Non-ASN,X,,\n"));
        Parse(File(5000)).Rows.Count.ShouldBe(5000);
        Parse(File(5001)).Error.ShouldNotBeNull().ShouldContain("lebih dari 5.000 baris");
    }

    [Fact]
    public void A_row_with_more_columns_than_the_header_gets_a_structure_error()
    {
        var result = Parse(Header + "\n,Ahmad, S.Ag.,,,Non-ASN,X,,\n,Budi,,,Non-ASN,X,,\n");
        result.Error.ShouldBeNull();
        result.Rows[0].StructureError.ShouldNotBeNull().ShouldContain("apit nilai itu dengan tanda kutip");
        result.Rows[1].StructureError.ShouldBeNull();
    }

    [Fact]
    public void Empty_trailing_columns_in_header_and_rows_are_ignored()
    {
        var result = Parse(Header + ",,\n,Budi,,,Non-ASN,X,,,,\n");
        result.Error.ShouldBeNull();
        result.IgnoredColumns.ShouldBeEmpty();
        result.Rows.Single().StructureError.ShouldBeNull();
    }

    [Fact]
    public void Short_rows_read_missing_columns_as_empty()
    {
        var result = Parse(Header + "\n198503152010011001,Ahmad\n");
        result.Rows.Single().EmploymentType.ShouldBe("");
        result.Rows.Single().Active.ShouldBe("");
    }

    [Theory]
    [InlineData("a,b;c\n", ',')]
    [InlineData("a;b;c,d\n", ';')]
    [InlineData("\"x;y;z\",b\n", ',')]
    [InlineData("abc\n", ',')]
    public void Separator_is_whichever_of_comma_and_semicolon_the_header_uses_more(string text, char separator) =>
        StaffCsvParser.DetectSeparator(Encoding.UTF8.GetBytes(text)).ShouldBe(separator);
}
