namespace ZonaIntegritas.Web.Configuration;

/// <summary><c>Storage:*</c> settings. DataPath holds the SQLite file, uploaded files and keys; never under wwwroot.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string DataPath { get; set; } = "data";

    /// <summary>Binds <c>Storage:*</c> and makes DataPath absolute (relative paths are under the content root).</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(Section)
            .PostConfigure<IHostEnvironment>((o, env) => o.DataPath = o.ResolveDataPath(env.ContentRootPath));
    }

    public string ResolveDataPath(string contentRoot)
    {
        var path = Path.IsPathRooted(DataPath) ? DataPath : Path.GetFullPath(Path.Combine(contentRoot, DataPath));
        Directory.CreateDirectory(path);
        return path;
    }
}
