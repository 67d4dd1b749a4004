using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>The portal on a real Kestrel loopback port: uploads go over real sockets, so a dropped connection is a real one.</summary>
public sealed class KestrelPortalFactory : PortalFactory
{
    public KestrelPortalFactory()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }

    public Uri BaseAddress { get; }
}
