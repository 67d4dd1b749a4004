using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.UnitTests.Evidence;

public class FileTypeInspectorTests
{
    private static FileInspection Inspect(byte[] content, string name) => FileTypeInspector.Inspect(new MemoryStream(content), name);

    public static TheoryData<string, string, FileKind> GoodFiles => new()
    {
        { "pdf", "SK Tim Kerja.pdf", FileKind.Pdf },
        { "png", "foto.PNG", FileKind.Png },
        { "jpeg", "foto.jpg", FileKind.Jpeg },
        { "jpeg", "foto.jpeg", FileKind.Jpeg },
        { "docx", "notulen.docx", FileKind.Docx },
        { "xlsx", "rekap.xlsx", FileKind.Xlsx },
        { "pptx", "paparan.pptx", FileKind.Pptx },
        { "mp4", "video.mp4", FileKind.Mp4 },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void Allowed_types_are_recognised_by_content(string sample, string name, FileKind kind)
    {
        var result = Inspect(Sample(sample), name);
        result.Error.ShouldBeNull();
        result.Type!.Kind.ShouldBe(kind);
    }

    [Fact]
    public void Zero_byte_file_is_refused()
    {
        Inspect([], "kosong.pdf").Error.ShouldBe("Berkas kosong (0 byte) tidak dapat diunggah.");
    }

    [Theory]
    [InlineData("exe", "laporan.pdf")]
    [InlineData("exe", "setup.exe")]
    [InlineData("elf", "gambar.png")]
    public void Executables_are_refused_whatever_their_name(string sample, string name)
    {
        Inspect(Sample(sample), name).Error.ShouldBe("Berkas program (executable) tidak diizinkan.");
    }

    [Fact]
    public void Upload_rejects_shell_script_renamed_to_pdf()
    {
        Inspect(TestFiles.Shell, "laporan.pdf").Error.ShouldBe("Berkas skrip tidak diizinkan.");
    }

    [Theory]
    [InlineData("html", "halaman.html")]
    [InlineData("html", "laporan.pdf")]
    [InlineData("html-bom", "laporan.docx")]
    public void Html_is_refused(string sample, string name)
    {
        Inspect(Sample(sample), name).Error!.ShouldStartWith("Berkas HTML tidak diizinkan");
    }

    [Theory]
    [InlineData("logo.svg")]
    [InlineData("logo.png")]
    public void Svg_with_script_is_refused(string name)
    {
        Inspect(TestFiles.Svg, name).Error!.ShouldStartWith("Berkas SVG tidak diizinkan");
    }

    [Theory]
    [InlineData("rar", "arsip.rar")]
    [InlineData("7z", "arsip.pdf")]
    [InlineData("gzip", "arsip.gz")]
    public void Archives_are_refused(string sample, string name)
    {
        Inspect(Sample(sample), name).Error!.ShouldStartWith("Berkas arsip");
    }

    [Fact]
    public void Plain_zip_is_refused()
    {
        Inspect(TestFiles.PlainZip, "semua.pdf").Error.ShouldBe("Arsip (ZIP) tidak diizinkan; unggah berkasnya satu per satu.");
        Inspect(TestFiles.PlainZip, "semua.zip").Error!.ShouldStartWith("Jenis berkas .zip tidak diizinkan.");
    }

    [Fact]
    public void Plain_zip_renamed_to_docx_does_not_match_its_extension()
    {
        Inspect(TestFiles.PlainZip, "notulen.docx").Error.ShouldBe("Isi berkas tidak sesuai dengan ekstensinya (.docx): berkas ini bukan DOCX yang sah.");
    }

    [Fact]
    public void Office_package_without_its_main_part_folder_is_not_a_docx()
    {
        Inspect(TestFiles.DocxWithoutParts, "notulen.docx").Error!.ShouldStartWith("Isi berkas tidak sesuai dengan ekstensinya (.docx)");
    }

    [Theory]
    [InlineData("pdf", "foto.png", "berisi PDF")]
    [InlineData("png", "laporan.pdf", "berisi PNG")]
    [InlineData("docx", "rekap.xlsx", "berisi DOCX")]
    [InlineData("xlsx", "paparan.pptx", "berisi XLSX")]
    [InlineData("docx", "laporan.pdf", "berisi DOCX")]
    [InlineData("text", "laporan.pdf", "bukan PDF yang sah")]
    [InlineData("heic", "video.mp4", "bukan MP4 yang sah")]
    public void Content_that_does_not_match_the_extension_is_refused(string sample, string name, string detail)
    {
        var error = Inspect(Sample(sample), name).Error;
        error.ShouldNotBeNull();
        error.ShouldContain("tidak sesuai dengan ekstensinya");
        error.ShouldContain(detail);
    }

    [Theory]
    [InlineData("catatan.txt", "Jenis berkas .txt tidak diizinkan")]
    [InlineData("tanpa-ekstensi", "Nama berkas tidak memiliki ekstensi")]
    [InlineData("skrip.js", "Jenis berkas .js tidak diizinkan")]
    public void Other_extensions_are_refused_with_the_allowed_list(string name, string start)
    {
        var error = Inspect(TestFiles.Text, name).Error!;
        error.ShouldStartWith(start);
        error.ShouldContain("PDF, JPEG, PNG, DOCX, XLSX, PPTX, MP4");
    }

    [Fact]
    public void Pdf_content_with_an_html_extension_is_refused()
    {
        Inspect(TestFiles.Pdf, "laporan.html").Error.ShouldStartWith("Jenis berkas .html tidak diizinkan");
    }

    [Fact]
    public void Macro_enabled_office_files_are_refused()
    {
        Inspect(TestFiles.Docm, "notulen.docx").Error!.ShouldContain("makro");
    }

    [Fact]
    public void Legacy_office_files_are_refused()
    {
        Inspect(TestFiles.OldOffice, "notulen.doc").Error!.ShouldStartWith("Format Office lama");
    }

    [Fact]
    public void Corrupt_zip_is_reported_as_unreadable()
    {
        byte[] broken = [.. "PK\x03\x04"u8, .. new byte[40]];
        Inspect(broken, "notulen.docx").Error!.ShouldStartWith("Berkas Office rusak");
    }

    [Fact]
    public void Path_traversal_names_are_judged_by_their_last_segment()
    {
        Inspect(TestFiles.Pdf, "../../etc/passwd").Error.ShouldStartWith("Nama berkas tidak memiliki ekstensi");
        Inspect(TestFiles.Pdf, "..\\..\\windows\\laporan.pdf").Type!.Kind.ShouldBe(FileKind.Pdf);
    }

    [Fact]
    public void A_narrower_allowed_set_refuses_other_types()
    {
        var scansOnly = new HashSet<FileKind> { FileKind.Pdf, FileKind.Jpeg, FileKind.Png };
        FileTypeInspector.Inspect(new MemoryStream(TestFiles.Docx), "pakta.docx", scansOnly).Error!.ShouldContain("PDF, JPEG, PNG.");
        FileTypeInspector.Inspect(new MemoryStream(TestFiles.Pdf), "pakta.pdf", scansOnly).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Accept_attribute_lists_every_allowed_extension()
    {
        FileTypeInspector.AcceptAttribute().ShouldBe(".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.pptx,.mp4");
    }

    private static byte[] Sample(string name) => name switch
    {
        "pdf" => TestFiles.Pdf,
        "png" => TestFiles.Png,
        "jpeg" => TestFiles.Jpeg,
        "docx" => TestFiles.Docx,
        "xlsx" => TestFiles.Xlsx,
        "pptx" => TestFiles.Pptx,
        "mp4" => TestFiles.Mp4,
        "heic" => TestFiles.Heic,
        "exe" => TestFiles.Exe,
        "elf" => TestFiles.Elf,
        "html" => TestFiles.Html,
        "html-bom" => TestFiles.HtmlWithBom,
        "rar" => TestFiles.Rar,
        "7z" => TestFiles.SevenZip,
        "gzip" => TestFiles.Gzip,
        "text" => TestFiles.Text,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Fact]
    public void Scanned_documents_accept_pdf_and_images_only_with_content_matching_the_name()
    {
        FileTypeInspector.Inspect(new MemoryStream(TestFiles.Pdf), "sk tim.pdf", FileTypeInspector.ScanKinds).Type!.Kind.ShouldBe(FileKind.Pdf);
        FileTypeInspector.Inspect(new MemoryStream(TestFiles.Jpeg), "pakta.jpg", FileTypeInspector.ScanKinds).Type!.Kind.ShouldBe(FileKind.Jpeg);
        FileTypeInspector.Inspect(new MemoryStream(TestFiles.Png), "pakta.png", FileTypeInspector.ScanKinds).Type!.Kind.ShouldBe(FileKind.Png);
        FileTypeInspector.Inspect(new MemoryStream(TestFiles.Exe), "sk.pdf", FileTypeInspector.ScanKinds).IsAllowed.ShouldBeFalse("an executable renamed to .pdf");
        FileTypeInspector.Inspect(new MemoryStream(TestFiles.Png), "sk.pdf", FileTypeInspector.ScanKinds).Error.ShouldBe("Isi berkas tidak sesuai dengan ekstensinya (.pdf): berkas ini berisi PNG.");
        FileTypeInspector.Inspect(new MemoryStream(TestFiles.Docx), "sk.docx", FileTypeInspector.ScanKinds).Error!.ShouldContain("Jenis yang diizinkan: PDF, JPEG, PNG.");
    }
}
