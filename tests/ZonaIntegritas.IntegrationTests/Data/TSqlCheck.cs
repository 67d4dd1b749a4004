using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ZonaIntegritas.IntegrationTests.Data;

/// <summary>Parses a T-SQL script (GO-separated batches) and the statements it embeds in <c>EXEC(N'…')</c>.</summary>
public static partial class TSqlCheck
{
    public static IReadOnlyList<string> Errors(string script)
    {
        var errors = new List<string>();
        Parse(script, "script", errors);
        foreach (var (statement, index) in EmbeddedStatements(script).Select((s, i) => (s, i)))
        {
            Parse(statement, $"EXEC #{index + 1}", errors);
        }
        return errors;
    }

    /// <summary>The inner statements of every <c>EXEC(N'…')</c>, with doubled quotes undone.</summary>
    public static IReadOnlyList<string> EmbeddedStatements(string script) =>
        ExecPattern().Matches(script).Select(m => m.Groups["sql"].Value.Replace("''", "'", StringComparison.Ordinal)).ToList();

    private static void Parse(string sql, string where, List<string> errors)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var parseErrors);
        errors.AddRange(parseErrors.Select(e => $"{where} line {e.Line}: {e.Message}"));
    }

    [GeneratedRegex(@"EXEC\(N'(?<sql>(?:[^']|'')*)'\)", RegexOptions.CultureInvariant)]
    private static partial Regex ExecPattern();
}
