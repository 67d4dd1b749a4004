using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Rosters;

/// <summary>The portal with the clock fixed at 22 November 2026 10:00 WIB, so late flags do not depend on the day the tests run.</summary>
public sealed class RostersFactory : PortalFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>The demo data seeded on this factory's fixed clock, once per run; each factory starts on a copy of it.</summary>
    private static readonly BaselineKind FixedClockBaseline =
        new("rosters-2026-11-22", (provider, connectionString, dataPath) => new RostersFactory(provider, connectionString, dataPath));

    public RostersFactory()
    {
    }

    /// <summary>The portal that builds <see cref="FixedClockBaseline"/>: this factory's settings on a database and folder it keeps.</summary>
    private RostersFactory(Web.Infrastructure.Data.DatabaseProvider provider, string connectionString, string dataPath)
        : base(provider, connectionString, dataPath)
    {
    }

    protected override BaselineKind? Baseline => FixedClockBaseline;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public static class RosterTestKit
{
    public const string OfficeCode = "KEMENAG-KOTA-MALANG";

    /// <summary>Runs <paramref name="action"/> in a DI scope where the current user is <paramref name="email"/> (as if signed in).</summary>
    public static async Task<T> AsUserAsync<T>(this PortalFactory factory, string email, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        var accessor = sp.GetRequiredService<IHttpContextAccessor>();
        var previous = accessor.HttpContext;
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = sp };
        try
        {
            return await action(sp);
        }
        finally
        {
            accessor.HttpContext = previous;
        }
    }

    public static Task<int> OfficeIdAsync(this PortalFactory factory) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == OfficeCode).Select(u => u.Id).SingleAsync());

    public static Task<int> StaffIdAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.StaffMemberId!.Value).SingleAsync());

    /// <summary>An office staff member without a demo account, picked by position in the register.</summary>
    public static Task<int> PlainStaffIdAsync(this PortalFactory factory, int index) =>
        factory.WithDbAsync(async db =>
        {
            var office = await db.Units.Where(u => u.Code == OfficeCode).Select(u => u.Id).SingleAsync();
            var withAccounts = await db.Users.Where(u => u.StaffMemberId != null).Select(u => u.StaffMemberId!.Value).ToListAsync();
            var ids = await db.Staff.Where(s => s.UnitId == office && !withAccounts.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
            return ids[index];
        });

    /// <summary>Posts a form as multipart/form-data with one file, like a browser upload.</summary>
    public static Task<HttpResponseMessage> PostMultipartAsync(this PortalClient client, HtmlForm form, Dictionary<string, string> values,
        string fileField, byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var fields = form.Fields.ToList();
        foreach (var (key, value) in values)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }
        var multipart = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            multipart.Add(new StringContent(value), key);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        multipart.Add(file, fileField, fileName);
        return client.Http.PostAsync(form.Action, multipart);
    }

    /// <summary>The antiforgery token of the signed-in client, read from the layout's hx-headers.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this PortalClient client, string url = "/")
    {
        var doc = await client.GetDocumentAsync(url);
        var headers = doc.Body!.GetAttribute("hx-headers")!;
        return System.Text.Json.JsonDocument.Parse(headers).RootElement.GetProperty("RequestVerificationToken").GetString()!;
    }

    public static Task<T> DbAsync<T>(this PortalFactory factory, Func<AppDbContext, Task<T>> action) => factory.WithDbAsync(action);
}

public static class ResponseKit
{
    /// <summary>403, also when the cookie handler answers a failed policy with a redirect to the access-denied page.</summary>
    public static HttpStatusCodeOrDenied Status(this HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/akun/akses-ditolak", StringComparison.OrdinalIgnoreCase) == true
            ? new(System.Net.HttpStatusCode.Forbidden)
            : new(response.StatusCode);
}

public readonly record struct HttpStatusCodeOrDenied(System.Net.HttpStatusCode Code);
