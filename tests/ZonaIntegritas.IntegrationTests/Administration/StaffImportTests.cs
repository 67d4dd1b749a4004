using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.IntegrationTests.Administration;

[Collection(DemoPortalCollection.Name)]
public class StaffImportTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(StaffImportTests));

    private const string Header = "nip,nama,jabatan,pangkat_golongan,jenis_pegawai,kode_unit,email,aktif";

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private string ImportsFolder => Path.Combine(factory.DataPath, "imports");

    private int StoredFiles => Directory.Exists(ImportsFolder) ? Directory.GetFiles(ImportsFolder, "*.csv").Length : 0;

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, byte[] content, string fileName = "pegawai.csv")
    {
        var form = await client.GetFormAsync("/pegawai/impor", "[data-testid=import-upload-form]");
        return await client.PostMultipartAsync(form, "File", fileName, content);
    }

    /// <summary>Uploads a file that must pass the whole-file checks; returns the preview URL.</summary>
    private static async Task<string> UploadForPreviewAsync(PortalClient client, byte[] content)
    {
        var response = await UploadAsync(client, content);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await PortalClient.ParseAsync(response)).ValidationText());
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/pegawai/impor/pratinjau/");
        return location;
    }

    private static string Count(IHtmlDocument preview, string what) => preview.QuerySelector($"[data-testid=count-{what}]")!.TextContent.Trim();

    private static List<(string Line, string Column, string Message)> Errors(IHtmlDocument preview) =>
        preview.QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(r => (r.GetAttribute("data-line")!, r.GetAttribute("data-column")!, r.Children[2].TextContent))
            .ToList();

    [Fact]
    public async Task Preview_lists_every_row_with_its_status_and_errors_by_row_number_and_writes_nothing()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var fresh = AdminTestKit.FreshNip();
        var twin = AdminTestKit.FreshNip();
        var before = await factory.WithDbAsync(db => db.Staff.CountAsync());
        var url = await UploadForPreviewAsync(admin, Csv(
            Header,
            $"{fresh},Pegawai Baru Pratinjau,Penghulu,III/a,PNS,KUA-KLOJEN,,ya",
            $"{DemoSeeder.DemoNip(10)},Nama Diperbarui Pratinjau,Penyuluh,III/b,PNS,{AdminTestKit.OfficeCode},,ya",
            "12345,NIP Pendek,,,PNS,KUA-KLOJEN,,ya",
            $"{twin},Kembar Satu,,,PNS,KUA-KLOJEN,,ya",
            $"{twin},Kembar Dua,,,PNS,KUA-KLOJEN,,ya",
            $"{AdminTestKit.FreshNip()},Unit Salah,,,PNS,TIDAK-ADA,,ya",
            $"{AdminTestKit.FreshNip()},Jenis Salah,,,Honorer Daerah,KUA-KLOJEN,,ya",
            $"{AdminTestKit.FreshNip()},,,,PNS,KUA-KLOJEN,,ya",
            $"{AdminTestKit.FreshNip()},Email Salah,,,PNS,KUA-KLOJEN,bukan-email,ya",
            $"{AdminTestKit.FreshNip()},Aktif Salah,,,PNS,KUA-KLOJEN,,mungkin"));

        var preview = await admin.GetDocumentAsync(url);
        Count(preview, "total").ShouldBe("10");
        Count(preview, "new").ShouldBe("1");
        Count(preview, "update").ShouldBe("1");
        Count(preview, "error").ShouldBe("8");
        var statuses = preview.QuerySelectorAll("[data-testid=import-rows] tbody tr").ToDictionary(r => r.GetAttribute("data-line")!, r => r.GetAttribute("data-status"));
        statuses["2"].ShouldBe("baru");
        statuses["3"].ShouldBe("diperbarui");
        statuses["4"].ShouldBe("galat");

        var errors = Errors(preview);
        errors.ShouldContain(e => e.Line == "4" && e.Column == "nip" && e.Message.Contains("18 digit"));
        errors.ShouldContain(e => e.Line == "5" && e.Column == "nip" && e.Message.Contains("lebih dari sekali dalam berkas (baris 5, 6)"));
        errors.ShouldContain(e => e.Line == "6" && e.Column == "nip" && e.Message.Contains("lebih dari sekali"));
        errors.ShouldContain(e => e.Line == "7" && e.Column == "kode_unit" && e.Message.Contains("'TIDAK-ADA' tidak ditemukan"));
        errors.ShouldContain(e => e.Line == "8" && e.Column == "jenis_pegawai" && e.Message.Contains("tidak dikenal"));
        errors.ShouldContain(e => e.Line == "9" && e.Column == "nama" && e.Message.Contains("wajib diisi"));
        errors.ShouldContain(e => e.Line == "10" && e.Column == "email" && e.Message.Contains("tidak valid"));
        errors.ShouldContain(e => e.Line == "11" && e.Column == "aktif" && e.Message.Contains("gunakan ya atau tidak"));
        preview.QuerySelector("[data-testid=import-confirm-form]").ShouldBeNull("an import with errors is not offered as a whole");
        preview.QuerySelector("[data-testid=import-confirm-valid-form]").ShouldNotBeNull();

        (await factory.WithDbAsync(db => db.Staff.CountAsync())).ShouldBe(before, "nothing is written before confirmation");
        (await factory.WithDbAsync(db => db.Staff.Where(s => s.Nip == DemoSeeder.DemoNip(10)).Select(s => s.FullName).SingleAsync()))
            .ShouldNotBe("Nama Diperbarui Pratinjau");

        var onlyErrors = await admin.GetDocumentAsync(url + "?status=galat");
        onlyErrors.QuerySelectorAll("[data-testid=import-rows] tbody tr").Length.ShouldBe(8);

        var refused = await admin.PostFormAsync(HtmlForm.From(preview, "[data-testid=import-cancel-form]", url) with { Action = url.Replace("pratinjau", "konfirmasi") }, new() { ["onlyValid"] = "false" });
        (await admin.FollowAsync(refused)).AlertText().ShouldContain("Masih ada 8 baris galat");
        (await factory.WithDbAsync(db => db.Staff.CountAsync())).ShouldBe(before, "confirming all rows of a file with errors writes nothing");

        var confirm = await admin.PostFormAsync(HtmlForm.From(preview, "[data-testid=import-confirm-valid-form]", url));
        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirm.Headers.Location!.ToString().ShouldBe("/pegawai");
        (await admin.FollowAsync(confirm)).AlertText().ShouldContain("1 pegawai baru, 1 diperbarui, 8 baris galat dilewati");
        (await factory.WithDbAsync(db => db.Staff.CountAsync())).ShouldBe(before + 1);
        (await factory.WithDbAsync(db => db.Staff.Where(s => s.Nip == DemoSeeder.DemoNip(10)).Select(s => s.FullName).SingleAsync()))
            .ShouldBe("Nama Diperbarui Pratinjau");
        (await factory.WithDbAsync(db => db.Staff.AnyAsync(s => s.Nip == twin))).ShouldBeFalse();
        (await admin.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the stored file is deleted after the import");
    }

    [Fact]
    public async Task Confirm_writes_all_rows_and_an_existing_nip_updates_instead_of_duplicating()
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var one = AdminTestKit.FreshNip();
        var before = await factory.WithDbAsync(db => db.Staff.CountAsync());
        var url = await UploadForPreviewAsync(ketua, Csv(
            Header,
            $"{one},\"Drs. H. Imam Santoso, M.Pd.I.\",Kepala Madrasah,IV/a,PNS,MIN-1-MALANG,imam@kemenag.go.id,ya",
            ",Honorer Impor Semua,Pramubakti,,Non-ASN,MIN-1-MALANG,,",
            $"{DemoSeeder.DemoNip(11)},Pegawai Dipindah,Analis,III/d,PPPK,MAN-2-MALANG,,tidak"));
        var preview = await ketua.GetDocumentAsync(url);
        Count(preview, "new").ShouldBe("2");
        Count(preview, "update").ShouldBe("1");
        preview.QuerySelector("[data-testid=import-rows] tr[data-line='4']")!.TextContent.ShouldContain("berubah: nama");

        var confirm = await ketua.PostFormAsync(HtmlForm.From(preview, "[data-testid=import-confirm-form]", url));
        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Staff.CountAsync())).ShouldBe(before + 2);
        var moved = await factory.WithDbAsync(db => db.Staff.AsNoTracking().Include(s => s.Unit).SingleAsync(s => s.Nip == DemoSeeder.DemoNip(11)));
        moved.FullName.ShouldBe("Pegawai Dipindah");
        moved.EmploymentType.ShouldBe(EmploymentType.Pppk);
        moved.Unit!.Code.ShouldBe("MAN-2-MALANG");
        moved.IsActive.ShouldBeFalse();
        var imam = await factory.WithDbAsync(db => db.Staff.AsNoTracking().SingleAsync(s => s.Nip == one));
        imam.FullName.ShouldBe("Drs. H. Imam Santoso, M.Pd.I.");
        imam.Email.ShouldBe("imam@kemenag.go.id");

        // The same file again: every row now updates, nothing is duplicated (Non-ASN without NIP matched by name and unit).
        var again = await UploadForPreviewAsync(ketua, Csv(
            Header,
            $"{one},\"Drs. H. Imam Santoso, M.Pd.I.\",Kepala Madrasah,IV/a,PNS,MIN-1-MALANG,imam@kemenag.go.id,ya",
            ",Honorer Impor Semua,Pramubakti,,Non-ASN,MIN-1-MALANG,,"));
        var second = await ketua.GetDocumentAsync(again);
        Count(second, "new").ShouldBe("0");
        Count(second, "update").ShouldBe("2");
        (await ketua.PostFormAsync(HtmlForm.From(second, "[data-testid=import-confirm-form]", again))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Staff.CountAsync())).ShouldBe(before + 2);
    }

    [Fact]
    public async Task Semicolon_file_with_bom_and_capitalised_headers_is_read()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var nip = AdminTestKit.FreshNip();
        byte[] content =
        [
            0xEF, 0xBB, 0xBF,
            .. Encoding.UTF8.GetBytes($"NIP;Nama;Jabatan;Pangkat_Golongan;Jenis_Pegawai;Kode Unit;Email;Aktif\r\n{nip};Ahmad Fauzi, S.Kom.;Pranata Komputer;III/a;pns;kua-lowokwaru;;Ya\r\n"),
        ];
        var url = await UploadForPreviewAsync(admin, content);
        var preview = await admin.GetDocumentAsync(url);
        preview.QuerySelector("main")!.TextContent.ShouldContain("titik koma (;)");
        Count(preview, "new").ShouldBe("1");
        Count(preview, "error").ShouldBe("0");
        (await admin.PostFormAsync(HtmlForm.From(preview, "[data-testid=import-confirm-form]", url))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var staff = await factory.WithDbAsync(db => db.Staff.AsNoTracking().Include(s => s.Unit).SingleAsync(s => s.Nip == nip));
        staff.FullName.ShouldBe("Ahmad Fauzi, S.Kom.");
        staff.Unit!.Code.ShouldBe("KUA-LOWOKWARU");
    }

    [Theory]
    [InlineData("empty", "Berkas kosong")]
    [InlineData("header-only", "hanya berisi judul kolom")]
    [InlineData("wrong-headers", "Kolom yang tidak ditemukan: nip, nama, jabatan")]
    [InlineData("malformed-quotes", "tanda kutip (\") tidak seimbang")]
    [InlineData("binary", "bukan berkas teks CSV")]
    [InlineData("xlsx", "berkas Excel")]
    [InlineData("ansi", "bukan teks UTF-8")]
    public async Task Unusable_file_gets_an_indonesian_message_on_the_upload_form(string kind, string message)
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);
        var content = kind switch
        {
            "empty" => [],
            "header-only" => Csv(Header),
            "wrong-headers" => Csv("id,name,unit", "1,Ahmad,KUA-KLOJEN"),
            "malformed-quotes" => Csv(Header, $"{AdminTestKit.FreshNip()},\"Ahmad Hidayat,Penghulu,III/a,PNS,KUA-KLOJEN,,ya", $"{AdminTestKit.FreshNip()},Budi,,,PNS,KUA-KLOJEN,,ya"),
            "binary" => garbage,
            "xlsx" => [0x50, 0x4B, 0x03, 0x04, .. garbage[..100]],
            "ansi" => [.. Encoding.UTF8.GetBytes(Header + "\n,Jos"), 0xE9, .. Encoding.UTF8.GetBytes(",,,Non-ASN,KUA-KLOJEN,,ya\n")],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var stored = StoredFiles;
        var response = await UploadAsync(admin, content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = await PortalClient.ParseAsync(response);
        doc.ValidationText().ShouldContain(message);
        doc.QuerySelector("[data-testid=import-upload-form]").ShouldNotBeNull();
        StoredFiles.ShouldBe(stored);
    }

    [Fact]
    public async Task Malformed_quotes_message_names_the_row()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var response = await UploadAsync(admin, Csv(Header, $"{AdminTestKit.FreshNip()},Budi,,,PNS,KUA-KLOJEN,,ya", $"{AdminTestKit.FreshNip()},Ali \"Gus\" Mahmud,,,PNS,KUA-KLOJEN,,ya"));
        (await PortalClient.ParseAsync(response)).ValidationText().ShouldContain("pada baris 3");
    }

    [Fact]
    public async Task Ten_megabyte_garbage_upload_gets_the_size_message()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var garbage = new byte[10 * 1024 * 1024];
        new Random(7).NextBytes(garbage);
        var response = await UploadAsync(admin, garbage, "besar.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).ValidationText().ShouldContain("melebihi batas 5 MB");
    }

    [Fact]
    public async Task Oversized_upload_without_content_length_is_stopped_while_reading()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var form = await admin.GetFormAsync("/pegawai/impor", "[data-testid=import-upload-form]");
        var multipart = new MultipartFormDataContent();
        foreach (var (key, value) in form.Fields)
        {
            multipart.Add(new StringContent(value), key);
        }
        var garbage = new byte[10 * 1024 * 1024];
        new Random(8).NextBytes(garbage);
        multipart.Add(new StreamContent(new UnseekableStream(garbage)), "File", "besar.csv");
        multipart.Headers.ContentLength.ShouldBeNull("sent chunked, so only the reading limit can stop it");
        var response = await admin.Http.PostAsync(form.Action, multipart);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).ValidationText().ShouldContain("melebihi batas 5 MB");
    }

    [Fact]
    public async Task File_with_more_than_5000_rows_is_refused()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var lines = new List<string> { Header };
        lines.AddRange(Enumerable.Range(0, 5001).Select(i => $",Honorer {i},,,Non-ASN,KUA-KLOJEN,,ya"));
        var response = await UploadAsync(admin, Csv([.. lines]));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).ValidationText().ShouldContain("lebih dari 5.000 baris");
    }

    [Fact]
    public async Task A_database_failure_during_confirm_writes_nothing()
    {
        await factory.WithDbAsync(async db =>
        {
            if (factory.Provider == DatabaseProvider.PostgreSql)
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE FUNCTION zi_test_fail_insert() RETURNS trigger AS $$
                    BEGIN
                        IF NEW."FullName" = 'Gagal Simpan' THEN RAISE EXCEPTION 'uji kegagalan'; END IF;
                        RETURN NEW;
                    END $$ LANGUAGE plpgsql;
                    CREATE TRIGGER zi_test_fail_insert BEFORE INSERT ON staff_members FOR EACH ROW EXECUTE FUNCTION zi_test_fail_insert();
                    """);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE TRIGGER zi_test_fail_insert BEFORE INSERT ON staff_members
                    WHEN NEW."FullName" = 'Gagal Simpan'
                    BEGIN SELECT RAISE(ABORT, 'uji kegagalan'); END;
                    """);
            }
        });
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var first = AdminTestKit.FreshNip();
        var before = await factory.WithDbAsync(db => db.Staff.CountAsync());
        var url = await UploadForPreviewAsync(admin, Csv(
            Header,
            $"{first},Sebelum Gagal,,,PNS,KUA-KLOJEN,,ya",
            $"{DemoSeeder.DemoNip(15)},Diubah Sebelum Gagal,,,PNS,{AdminTestKit.OfficeCode},,ya",
            $"{AdminTestKit.FreshNip()},Gagal Simpan,,,PNS,KUA-KLOJEN,,ya"));
        var preview = await admin.GetDocumentAsync(url);
        Count(preview, "error").ShouldBe("0");

        var confirm = await admin.PostFormAsync(HtmlForm.From(preview, "[data-testid=import-confirm-form]", url));
        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirm.Headers.Location!.ToString().ShouldBe(url);
        (await admin.FollowAsync(confirm)).AlertText().ShouldContain("tidak ada satu pun data yang diubah");
        (await factory.WithDbAsync(db => db.Staff.CountAsync())).ShouldBe(before);
        (await factory.WithDbAsync(db => db.Staff.AnyAsync(s => s.Nip == first))).ShouldBeFalse();
        (await factory.WithDbAsync(db => db.Staff.Where(s => s.Nip == DemoSeeder.DemoNip(15)).Select(s => s.FullName).SingleAsync()))
            .ShouldNotBe("Diubah Sebelum Gagal");
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(factory.Provider == DatabaseProvider.PostgreSql
            ? "DROP TRIGGER zi_test_fail_insert ON staff_members; DROP FUNCTION zi_test_fail_insert();"
            : "DROP TRIGGER zi_test_fail_insert;"));
    }

    [Fact]
    public async Task Ketua_tim_cannot_import_into_units_outside_scope()
    {
        var (_, foreignStaff) = await factory.AddForeignUnitWithStaffAsync("IMP");
        var foreignNip = await factory.WithDbAsync(db => db.Staff.Where(s => s.Id == foreignStaff).Select(s => s.Nip!).SingleAsync());
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var url = await UploadForPreviewAsync(ketua, Csv(
            Header,
            $"{AdminTestKit.FreshNip()},Ke Kanwil,,,PNS,KANWIL-JATIM,,ya",
            $"{foreignNip},Direbut dari Semarang,,,PNS,KUA-KLOJEN,,ya"));
        var errors = Errors(await ketua.GetDocumentAsync(url));
        errors.ShouldContain(e => e.Line == "2" && e.Column == "kode_unit" && e.Message.Contains("di luar cakupan Anda"));
        errors.ShouldContain(e => e.Line == "3" && e.Column == "nip" && e.Message.Contains("tidak dapat diimpor ke unit dalam cakupan Anda") && !e.Message.Contains("terdaftar"));
    }

    [Fact]
    public async Task A_pending_import_belongs_to_its_uploader()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var url = await UploadForPreviewAsync(admin, Csv(Header, $"{AdminTestKit.FreshNip()},Milik Admin,,,PNS,KUA-KLOJEN,,ya"));
        var id = url.Split('/').Last();
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        (await ketua.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ketua.PostWithTokenAsync($"/pegawai/impor/konfirmasi/{id}", new() { ["onlyValid"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ketua.GetStatusAsync("/pegawai/impor/pratinjau/..%2F..%2Fkeys")).ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithDbAsync(db => db.Staff.AnyAsync(s => s.FullName == "Milik Admin"))).ShouldBeFalse();

        var cancel = await admin.GetFormAsync(url, "[data-testid=import-cancel-form]");
        (await admin.PostFormAsync(cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Template_downloads_with_the_documented_headers_and_previews_cleanly()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var page = await admin.GetDocumentAsync("/pegawai/impor");
        page.QuerySelectorAll("[data-testid=import-columns] code").Select(c => c.TextContent).ShouldBe(Header.Split(','));
        var response = await admin.Http.GetAsync("/pegawai/impor/templat");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes[3..]).ShouldStartWith(Header + "\r\n");

        var url = await UploadForPreviewAsync(admin, bytes);
        var preview = await admin.GetDocumentAsync(url);
        Count(preview, "new").ShouldBe("2");
        Count(preview, "error").ShouldBe("0");
    }

    [Fact]
    public async Task Upload_without_a_file_or_without_the_antiforgery_token_is_refused()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var form = await admin.GetFormAsync("/pegawai/impor", "[data-testid=import-upload-form]");
        var stored = StoredFiles;
        var noFile = new MultipartFormDataContent();
        foreach (var (key, value) in form.Fields)
        {
            noFile.Add(new StringContent(value), key);
        }
        var missing = await admin.Http.PostAsync(form.Action, noFile);
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(missing)).ValidationText().ShouldContain("Pilih berkas CSV");

        var noToken = new MultipartFormDataContent { { new ByteArrayContent(Csv(Header, ",Tanpa Token,,,Non-ASN,KUA-KLOJEN,,ya")), "File", "a.csv" } };
        (await admin.Http.PostAsync(form.Action, noToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        StoredFiles.ShouldBe(stored);
    }

    /// <summary>A stream without a known length, so HttpClient sends it chunked (no Content-Length).</summary>
    private sealed class UnseekableStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
