namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>
/// Traits that <c>scripts/test.sh</c> filters on. The integration project runs once per provider; a class marked
/// <c>[Trait(TestTraits.Provider, TestTraits.AnyProvider)]</c> never uses that run's database (it checks SQL text,
/// starts its own SQLite or SQL Server process, or needs no database), so it runs in the SQLite run only.
/// </summary>
public static class TestTraits
{
    public const string Provider = "Provider";

    public const string AnyProvider = "Any";
}
