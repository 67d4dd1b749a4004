using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.Web.Features.Users;

/// <summary>
/// First run in Production: <c>create-admin --email E [--name N] [--unit-code C --unit-name N]</c>.
/// The password is read from ZI_ADMIN_PASSWORD, or generated and printed once; it must be changed at first sign-in.
/// </summary>
public sealed class CreateAdminCommand : ICliCommand
{
    public string Name => "create-admin";

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(services);
        var email = CommandLine.Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            await stderr.WriteLineAsync("Gunakan: create-admin --email alamat@instansi.go.id [--name \"Nama\"] [--unit-code KODE --unit-name \"Nama Unit\"]");
            return 2;
        }
        var db = services.GetRequiredService<AppDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await stderr.WriteLineAsync($"Akun {email} sudah ada.");
            return 2;
        }
        var unit = await db.Units.OrderBy(u => u.Id).FirstOrDefaultAsync();
        if (unit is null)
        {
            unit = new OrgUnit
            {
                Code = CommandLine.Option(args, "--unit-code") ?? "SATKER",
                Name = CommandLine.Option(args, "--unit-name") ?? "Satuan Kerja",
                Type = UnitType.KantorKemenag,
            };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
        }
        var fromEnv = Environment.GetEnvironmentVariable("ZI_ADMIN_PASSWORD");
        var password = string.IsNullOrEmpty(fromEnv) ? GeneratePassword() : fromEnv;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = CommandLine.Option(args, "--name") ?? "Administrator",
            UnitId = unit.Id,
            MustChangePassword = true,
            CreatedAtUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync("Akun tidak dapat dibuat: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 2;
        }
        await users.AddToRoleAsync(user, Roles.Administrator);
        await stdout.WriteLineAsync($"Akun Administrator {email} dibuat untuk unit {unit.Name}.");
        if (string.IsNullOrEmpty(fromEnv))
        {
            await stdout.WriteLineAsync($"Kata sandi sementara (hanya ditampilkan sekali): {password}");
        }
        await stdout.WriteLineAsync("Kata sandi wajib diganti saat masuk pertama kali.");
        return 0;
    }

    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        var all = upper + lower + digits;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}

/// <summary>
/// <c>seed-demo [--large]</c>: loads the demo office (not in Production). <c>--large</c> adds the Kanwil-sized set
/// (<see cref="LargeDemoSeeder"/>), only on an empty database and data folder.
/// </summary>
public sealed class SeedDemoCommand : ICliCommand
{
    public string Name => "seed-demo";

    /// <summary>The command prepares the database itself: <c>--large</c> must look at it before anything is seeded.</summary>
    public bool NeedsDatabase => false;

    public Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        LargeDemo.RunAsync(services!, args.Contains("--large", StringComparer.OrdinalIgnoreCase) ? LargeDemoSize.Full : null, stdout, stderr);
}
