namespace ZonaIntegritas.Web.Configuration;

/// <summary>A command run instead of the web server: <c>dotnet run --project src/ZonaIntegritas.Web -- NAME args</c>.</summary>
public interface ICliCommand
{
    string Name { get; }

    /// <summary>False for commands that work on files only (no database, no start-up tasks).</summary>
    bool NeedsHost => true;

    /// <summary>False for host commands that must not touch the database at start-up (no migration, no seed).</summary>
    bool NeedsDatabase => true;

    Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}

public sealed record ParsedCommand(ICliCommand Command, IReadOnlyList<string> Args)
{
    public string Name => Command.Name;
}

public static class CommandLine
{
    /// <summary>The command named by the first argument among <paramref name="commands"/> (listed in Program.cs), or null.</summary>
    public static ParsedCommand? Parse(string[] args, IReadOnlyList<ICliCommand> commands)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        return command is null ? null : new ParsedCommand(command, args[1..]);
    }

    public static async Task<int> RunAsync(WebApplication app, ParsedCommand command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await command.Command.RunAsync(scope.ServiceProvider, command.Args, Console.Out, Console.Error);
    }

    /// <summary>The value after <paramref name="name"/> (e.g. <c>--email x</c>), or null.</summary>
    public static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return args[i + 1];
            }
        }
        var prefix = name + "=";
        return args.FirstOrDefault(a => a.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))?[prefix.Length..];
    }
}
