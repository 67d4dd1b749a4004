using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>An upgrade from keys in {DataPath}/keys: the keys move into the database, so what they protected still opens.</summary>
public sealed class DataProtectionKeyImportTests : IClassFixture<DataProtectionKeyImportTests.Factory>
{
    private readonly Factory _factory;

    public DataProtectionKeyImportTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task Keys_from_the_old_folder_are_imported_and_still_unprotect()
    {
        var provider = _factory.Services.GetRequiredService<IDataProtectionProvider>();
        provider.CreateProtector(Factory.Purpose).Unprotect(_factory.ProtectedByOldKey).ShouldBe("rahasia");
        (await _factory.WithDbAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBeGreaterThanOrEqualTo(1);
    }

    public sealed class Factory : PortalFactory
    {
        public const string Purpose = "upgrade-test";

        public Factory()
        {
            // What an earlier version did: keys as XML files under {DataPath}/keys.
            var old = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(DataPath, "keys")),
                o => o.SetApplicationName("ZonaIntegritas"));
            ProtectedByOldKey = old.CreateProtector(Purpose).Protect("rahasia");
        }

        public string ProtectedByOldKey { get; }

        /// <summary>An upgrade: the keys must be imported by this portal's first start.</summary>
        protected override BaselineKind? Baseline => null;
    }
}
