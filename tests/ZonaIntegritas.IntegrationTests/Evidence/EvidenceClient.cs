using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Features.Evidence;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>Upload and form helpers for the evidence tests: multipart uploads with the antiforgery header, like the page's script.</summary>
public sealed class EvidenceClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<EvidenceClient> SignedInAsync(PortalFactory factory, string email) =>
        new((await PortalClient.SignedInAsync(factory, email)).Http);

    /// <summary>Signs in over real sockets (for a factory running Kestrel).</summary>
    public static async Task<EvidenceClient> SignedInAsync(Uri baseAddress, string email)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var client = new EvidenceClient(http);
        var login = HtmlForm.From(await client.GetDocumentAsync("/akun/masuk"), "form[action='/akun/masuk']", "/akun/masuk");
        var fields = login.Fields.Where(f => f.Key is not ("Email" or "Password")).ToList();
        fields.Add(new("Email", email));
        fields.Add(new("Password", PortalClient.DemoPassword));
        var response = await http.PostAsync(login.Action, new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    public async Task<AngleSharp.Html.Dom.IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await Http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return await PortalClient.ParseAsync(response);
    }

    /// <summary>The request token the layout puts in <c>hx-headers</c> (what the upload script sends).</summary>
    public async Task<string> TokenAsync()
    {
        var home = await GetDocumentAsync("/");
        var headers = home.Body!.GetAttribute("hx-headers")!;
        return JsonDocument.Parse(headers).RootElement.GetProperty("RequestVerificationToken").GetString()!;
    }

    public async Task<(HttpStatusCode Status, UploadResponse Body)> UploadAsync(
        byte[] content, string fileName, int unitId, params string[] questionCodes) =>
        await UploadAsync(new StreamContent(new MemoryStream(content)), fileName, Fields(unitId, questionCodes));

    public static int ThisYear => DateTime.UtcNow.AddHours(7).Year;

    public static Dictionary<string, string> Fields(int unitId, string[] questionCodes, string? area = null, int? year = null, string? title = null) => new()
    {
        ["UnitId"] = unitId.ToString(),
        ["Year"] = (year ?? ThisYear).ToString(),
        ["AreaCode"] = area ?? "",
        ["Title"] = title ?? "",
        ["Description"] = "Diunggah oleh uji otomatis",
        ["DocumentDate"] = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd"),
        ["Tags"] = "uji, otomatis",
        ["QuestionCodes"] = string.Join(",", questionCodes),
    };

    public async Task<(HttpStatusCode Status, UploadResponse Body)> UploadAsync(HttpContent file, string fileName, Dictionary<string, string> fields, string url = "/eviden/unggahan")
    {
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        request.Headers.Add("RequestVerificationToken", await TokenAsync());
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return (response.StatusCode, new UploadResponse(false, "redirect:" + response.Headers.Location));
        }
        UploadResponse body;
        try
        {
            body = JsonSerializer.Deserialize<UploadResponse>(text, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                ?? new UploadResponse(false, "(empty)");
        }
        catch (JsonException)
        {
            body = new UploadResponse(false, "(not JSON) " + text[..Math.Min(200, text.Length)]);
        }
        return (response.StatusCode, body);
    }

    public Task<(HttpStatusCode Status, UploadResponse Body)> UploadRevisionAsync(int itemId, byte[] content, string fileName) =>
        UploadAsync(new StreamContent(new MemoryStream(content)), fileName, [], $"/eviden/unggahan/revisi/{itemId}");

    /// <summary>Posts form fields with the antiforgery token (as the page's forms do).</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync() };
        return await Http.PostAsync(url, new FormUrlEncodedContent(all));
    }
}

public static class EvidenceAssertions
{
    /// <summary>Refused by a policy (302 to the access-denied page, which answers 403) or by a service check (403).</summary>
    public static void ShouldBeDenied(this HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/akun/akses-ditolak");
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    public static void ShouldBeDenied(this (HttpStatusCode Status, UploadResponse Body) upload)
    {
        upload.Body.Ok.ShouldBeFalse();
        if (upload.Status == HttpStatusCode.Redirect)
        {
            upload.Body.Message.ShouldContain("/akun/akses-ditolak");
        }
        else
        {
            upload.Status.ShouldBe(HttpStatusCode.Forbidden, upload.Body.Message);
        }
    }
}

public static class EvidenceTestData
{
    public static async Task<int> OfficeIdAsync(PortalFactory factory) =>
        await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "KEMENAG-KOTA-MALANG").Select(u => u.Id).SingleAsync());

    public static async Task<int> UnitIdAsync(PortalFactory factory, string code) =>
        await factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>Gives anggota@zi.demo the listed change areas in the demo office (interim AreaAssignment rows).</summary>
    public static async Task AssignAnggotaAreasAsync(PortalFactory factory, params string[] areas)
    {
        await factory.WithDbAsync(async db =>
        {
            var officeId = await db.Units.Where(u => u.Code == "KEMENAG-KOTA-MALANG").Select(u => u.Id).SingleAsync();
            var userId = await db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.Id).SingleAsync();
            foreach (var area in areas)
            {
                if (!await db.AreaAssignments.AnyAsync(a => a.UserId == userId && a.UnitId == officeId && a.AreaCode == area))
                {
                    db.AreaAssignments.Add(new AreaAssignment { UserId = userId, UnitId = officeId, AreaCode = area, CreatedAtUtc = DateTime.UtcNow });
                }
            }
            await db.SaveChangesAsync();
        });
    }

    public static byte[] Pdf(string text) => EvidenceDemoFiles.Pdf(text, Guid.NewGuid().ToString());
}
