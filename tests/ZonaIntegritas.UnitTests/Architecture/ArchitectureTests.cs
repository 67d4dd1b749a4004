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

    /// <summary>
    /// Per-unit / per-area / per-stage decisions go through the resource policies: only the authorization code itself
    /// takes <c>UnitScope</c> (the handlers' engine); services take <c>ResourceAccess</c> (issue 17 item 2).
    /// </summary>
    [Fact]
    public void Only_the_authorization_code_injects_UnitScope()
    {
        var offenders = SourceFiles(".cs")
            .Where(f => !f.Relative.StartsWith("Infrastructure/Authorization/", StringComparison.Ordinal) && !f.Relative.StartsWith("Configuration/", StringComparison.Ordinal))
            .SelectMany(f => f.Lines.Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => UnitScopeInjection().IsMatch(l.Text))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty("inject ResourceAccess (policies through IAuthorizationService) instead of UnitScope");
    }

    /// <summary>
    /// Page views receive their "can…" flags from the feature's service; the menu and the home widgets come filtered
    /// from <c>NavigationMenu</c>, so no view (layout included) asks for a permission itself.
    /// </summary>
    [Fact]
    public void Page_views_compute_no_rights()
    {
        var offenders = SourceFiles(".cshtml")
            .SelectMany(f => f.Lines.Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("AuthorizationService.AuthorizeAsync(", StringComparison.Ordinal) || l.Text.Contains("Permissions.Has(", StringComparison.Ordinal))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBe(KnownViewRights, ignoreOrder: true, "put the flag on the page's view model, computed by its service");
    }

    /// <summary>Views not yet moved to a service-computed flag (kept visible here; the list may only shrink).</summary>
    private static readonly string[] KnownViewRights =
    [
    ];

    /// <summary>
    /// Controllers do not compute "can…" flags or branch on a permission themselves: the feature's service puts the
    /// answer on the view model (ADR 0013). Whole-action rights stay in <c>[Authorize(Policy = …)]</c>.
    /// </summary>
    [Fact]
    public void Controllers_compute_no_page_rights()
    {
        var offenders = SourceFiles(".cs")
            .Where(f => f.Relative.EndsWith("Controller.cs", StringComparison.Ordinal))
            .SelectMany(f => f.Lines.Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("AuthorizeAsync(User", StringComparison.Ordinal) || l.Text.Contains("Permissions.Has(", StringComparison.Ordinal))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty("let the feature's service compute the flag (ICurrentUser.Has / ResourceAccess) and carry it on the view model");
    }

    private static IEnumerable<(string Relative, string[] Lines)> SourceFiles(string extension) =>
        Directory.EnumerateFiles(WebProjectDir(), "*" + extension, SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(WebProjectDir(), f).Replace('\\', '/'), Path: f))
            .Where(f => !f.Relative.StartsWith("bin/", StringComparison.Ordinal) && !f.Relative.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => (f.Relative, File.ReadAllLines(f.Path)));

    /// <summary>One culture helper: only <c>Domain/Common/IndonesianCulture.cs</c> builds the id-ID culture.</summary>
    [Fact]
    public void Only_IndonesianCulture_builds_the_id_ID_culture()
    {
        var offenders = SourceFiles(".cs").Concat(SourceFiles(".cshtml"))
            .Where(f => f.Relative != "Domain/Common/IndonesianCulture.cs")
            .SelectMany(f => f.Lines.Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("\"id-ID\"", StringComparison.Ordinal))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty("use IndonesianCulture.Id");
    }

    [GeneratedRegex(@"\bUnitScope\s+\w+\s*[,)]")]
    private static partial Regex UnitScopeInjection();

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
