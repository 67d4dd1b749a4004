using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace ZonaIntegritas.UnitTests.Architecture;

public partial class ArchitectureTests
{
    /// <summary>
    /// Files that may name roles: the role list and the role → permission map, plus code that assigns roles or
    /// looks people up by role for display (not authorization). Everything else asks for a permission.
    /// </summary>
    private static readonly Dictionary<string, string> RoleNamesAllowedIn = new()
    {
        ["Domain/Users/Roles.cs"] = "the role constants",
        ["Infrastructure/Authorization/Permissions.cs"] = "the one role → permission map",
        ["Infrastructure/Authorization/SuperAdminGrant.cs"] = "grants the Super Admin role from configuration",
        ["Infrastructure/Seeding/DemoSeeder.cs"] = "assigns demo roles",
        ["Features/Rollup/RollupDemoData.cs"] = "assigns demo roles",
        ["Features/Users/CreateAdminCommand.cs"] = "assigns the first Administrator",
        ["Features/Users/UsersService.cs"] = "the user form assigns roles",
        ["Features/Reports/ReportData.cs"] = "names the signers of a report by role (display)",
    };

    [Fact]
    public void Role_names_appear_only_in_Permissions_and_role_assignment()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(WebProjectDir(), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(WebProjectDir(), file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
                || relative.Contains("/Migrations/", StringComparison.Ordinal) || RoleNamesAllowedIn.ContainsKey(relative))
            {
                continue;
            }
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (RoleName().IsMatch(lines[i]))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }
        offenders.ShouldBeEmpty("ask IAuthorizationService for a permission or policy instead of naming a role");
    }

    [Fact]
    public void Domain_references_nothing_in_Features_Infrastructure_or_Configuration()
    {
        var result = Types.InAssembly(typeof(ZonaIntegritas.Web.Domain.Common.DomainException).Assembly)
            .That().ResideInNamespace("ZonaIntegritas.Web.Domain")
            .ShouldNot().HaveDependencyOnAny("ZonaIntegritas.Web.Features", "ZonaIntegritas.Web.Infrastructure", "ZonaIntegritas.Web.Configuration")
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
        result.IsSuccessful.ShouldBeTrue();
    }

    /// <summary><c>Roles.KetuaTim</c>, <c>IsInRole(…)</c>, or a role identifier as a string literal.</summary>
    [GeneratedRegex("""\bRoles\.(Administrator|Pimpinan|KetuaTim|AnggotaTim|PenilaiInternal|Pegawai|SuperAdmin)\b|IsInRole(Async)?\(|"(KetuaTim|AnggotaTim|PenilaiInternal|SuperAdmin)"|\[Authorize\(Roles""")]
    private static partial Regex RoleName();

    private static string WebProjectDir([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "ZonaIntegritas.Web"));
}
