using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.UnitTests.Architecture;

/// <summary>Program.cs is the table of contents: every feature, command and start-up task is listed, nothing is scanned (issue 17, item 6).</summary>
public class RegistrationTests
{
    private static readonly Assembly Web = typeof(ICliCommand).Assembly;

    private static string Source(string relative, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "ZonaIntegritas.Web", relative)));

    private static string WebDir([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "ZonaIntegritas.Web"));

    /// <summary>Public static <c>Add…(this IServiceCollection …)</c> extensions declared in Features or Infrastructure namespaces.</summary>
    private static IEnumerable<MethodInfo> FeatureRegistrations() =>
        Web.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true, Namespace: not null }
                        && (t.Namespace.StartsWith("ZonaIntegritas.Web.Features.", StringComparison.Ordinal)
                            || t.Namespace.StartsWith("ZonaIntegritas.Web.Infrastructure.", StringComparison.Ordinal))
                        && t.Name.EndsWith("Module", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name.StartsWith("Add", StringComparison.Ordinal) && m.IsDefined(typeof(ExtensionAttribute), false)
                        && m.GetParameters()[0].ParameterType == typeof(IServiceCollection));

    [Fact]
    public void Every_feature_folder_has_one_registration_called_from_Program()
    {
        var program = Source("Program.cs");
        var registrations = FeatureRegistrations().ToList();
        registrations.Count.ShouldBeGreaterThan(20);
        var missing = registrations.Where(m => !program.Contains("." + m.Name + "(", StringComparison.Ordinal))
            .Select(m => m.DeclaringType!.FullName + "." + m.Name).ToList();
        missing.ShouldBeEmpty("Add these feature registrations to Program.cs");
    }

    [Fact]
    public void Feature_modules_are_static_registrations_named_after_their_folder()
    {
        foreach (var module in Web.GetTypes().Where(t => t.Namespace?.StartsWith("ZonaIntegritas.Web.Features.", StringComparison.Ordinal) == true
                                                         && t.Name.EndsWith("Module", StringComparison.Ordinal) && !t.IsNested))
        {
            module.IsAbstract.ShouldBeTrue($"{module.Name} should be a static class with an Add<Feature>() extension");
            module.IsSealed.ShouldBeTrue($"{module.Name} should be a static class with an Add<Feature>() extension");
            var feature = module.Name[..^"Module".Length];
            module.GetMethod("Add" + feature, BindingFlags.Public | BindingFlags.Static).ShouldNotBeNull($"{module.Name}.Add{feature}()");
        }
    }

    [Fact]
    public void Every_command_is_listed_in_Program()
    {
        var program = Source("Program.cs");
        var commands = Web.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t));
        commands.Where(c => !program.Contains("new " + c.Name + "()", StringComparison.Ordinal)).Select(c => c.Name)
            .ShouldBeEmpty("List these commands in Program.cs");
    }

    [Fact]
    public void Every_startup_task_is_registered_by_its_owner()
    {
        var sources = Directory.EnumerateFiles(WebDir(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        var tasks = Web.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IStartupTask).IsAssignableFrom(t));
        tasks.Where(t => !sources.Any(s => s.Contains("AddStartupTask<" + t.Name + ">()", StringComparison.Ordinal)
                                            || s.Contains("AddStartupTask<" + t.FullName!["ZonaIntegritas.Web.".Length..] + ">()", StringComparison.Ordinal)))
            .Select(t => t.Name).ShouldBeEmpty("Register these start-up tasks with AddStartupTask<T>()");
    }

    [Fact]
    public void No_assembly_scan_registers_anything()
    {
        var offenders = Directory.EnumerateFiles(WebDir(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text
                        && (text.Contains(".GetTypes()", StringComparison.Ordinal) || text.Contains("GetExportedTypes()", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(WebDir(), f))
            .ToList();
        offenders.ShouldBeEmpty("Register features, commands and start-up tasks explicitly (Program.cs), not by scanning the assembly");
    }
}
