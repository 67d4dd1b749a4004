using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ZonaIntegritas.UnitTests.Architecture;

/// <summary>
/// Portal links come from the route table (ADR 0017): tag helpers / <c>Url.Action</c> in views, <c>RedirectToAction</c>
/// in controllers, <c>PortalLinks</c> (LinkGenerator) in services. A literal portal path in a <c>.cs</c> file or a
/// view outside the allow-list fails here, so a renamed route cannot leave a dead link behind.
/// </summary>
public partial class PortalLinkTests
{
    /// <summary>Files that may write portal paths literally, and why. The list may only shrink.</summary>
    private static readonly Dictionary<string, string> LiteralPathsAllowedIn = new()
    {
        ["Configuration/IdentitySetup.cs"] = "the identity cookie's login/logout/access-denied paths",
        ["Configuration/PipelineSetup.cs"] = "the error-page re-execute paths and health endpoints (middleware, before routing)",
        ["Infrastructure/Web/TwoFactorRequirementMiddleware.cs"] = "path prefixes exempt from the 2FA gate (middleware, before routing)",
        ["Infrastructure/Web/MustChangePasswordMiddleware.cs"] = "path prefixes exempt from the password-change gate (middleware, before routing)",
    };

    /// <summary>Folders left alone for now, and why.</summary>
    private static readonly Dictionary<string, string> FoldersLeftAlone = new()
    {
    };

    [Fact]
    public void No_service_or_view_writes_a_portal_path_literally()
    {
        var segments = PortalSegments();
        segments.Count.ShouldBeGreaterThan(15, "the first path segments come from the controllers' [Route] attributes");
        var literal = new Regex("\"/(" + string.Join("|", segments.Select(Regex.Escape)) + ")(?=[/\"?#{])");
        var offenders = new List<string>();
        foreach (var (relative, lines) in SourceFiles())
        {
            if (LiteralPathsAllowedIn.ContainsKey(relative) || FoldersLeftAlone.Keys.Any(f => relative.StartsWith(f, StringComparison.Ordinal)))
            {
                continue;
            }
            for (var i = 0; i < lines.Length; i++)
            {
                var text = lines[i].Trim();
                if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("@*", StringComparison.Ordinal))
                {
                    continue;
                }
                if (literal.IsMatch(text) || (relative.EndsWith(".cshtml", StringComparison.Ordinal) && ViewAttributePath().IsMatch(text)))
                {
                    offenders.Add($"{relative}:{i + 1}: {text}");
                }
            }
        }
        offenders.ShouldBeEmpty("generate the link from the route table (asp-controller/asp-action, Url.Action, RedirectToAction, PortalLinks)");
    }

    [Fact]
    public void The_check_recognises_literal_links()
    {
        var segments = PortalSegments();
        var literal = new Regex("\"/(" + string.Join("|", segments.Select(Regex.Escape)) + ")(?=[/\"?#{])");
        literal.IsMatch("var url = $\"/lembar-kerja/{a.Id}\";").ShouldBeTrue();
        literal.IsMatch("return Redirect(\"/rekap?year=\" + year);").ShouldBeTrue();
        literal.IsMatch("File.Exists(\"/usr/lib/postgresql\")").ShouldBeFalse();
        ViewAttributePath().IsMatch("<a href=\"/kesiapan?unit=1\">").ShouldBeTrue();
        ViewAttributePath().IsMatch("<form method=\"post\" action=\"/kesiapan/rencana/dorong\">").ShouldBeTrue();
        ViewAttributePath().IsMatch("<button hx-post=\"/eviden/tautkan\">").ShouldBeTrue();
        ViewAttributePath().IsMatch("<a href=\"/\">").ShouldBeTrue();
        ViewAttributePath().IsMatch("<link href=\"~/css/site.css\" />").ShouldBeFalse();
        ViewAttributePath().IsMatch("<img src=\"/lib/logo.png\" />").ShouldBeFalse();
    }

    /// <summary>The first literal segment of every controller's <c>[Route("…")]</c> template (kesiapan, eviden, …).</summary>
    private static HashSet<string> PortalSegments() =>
        SourceFiles().Where(f => f.Relative.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => f.Lines)
            .SelectMany(line => RouteTemplate().Matches(line).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Relative, string[] Lines)> SourceFiles() =>
        Directory.EnumerateFiles(WebProjectDir(), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => (Relative: Path.GetRelativePath(WebProjectDir(), f).Replace('\\', '/'), Path: f))
            .Where(f => !f.Relative.StartsWith("bin/", StringComparison.Ordinal) && !f.Relative.StartsWith("obj/", StringComparison.Ordinal)
                && !f.Relative.Contains("/Migrations/", StringComparison.Ordinal))
            .Select(f => (f.Relative, File.ReadAllLines(f.Path)));

    /// <summary><c>[Route("eviden")]</c>, <c>[Route("eviden/berkas")]</c>: captures <c>eviden</c>.</summary>
    [GeneratedRegex("""\[Route\("/?([a-z][a-z0-9-]*)""")]
    private static partial Regex RouteTemplate();

    /// <summary>A root-relative URL in a link, form or htmx attribute; static assets (/lib, /css, /js) excepted.</summary>
    [GeneratedRegex("""\b(href|action|formaction|src|hx-[a-z]+)="/(?!/|lib/|css/|js/)""")]
    private static partial Regex ViewAttributePath();

    private static string WebProjectDir([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "ZonaIntegritas.Web"));
}
