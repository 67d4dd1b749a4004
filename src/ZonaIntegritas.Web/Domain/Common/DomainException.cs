namespace ZonaIntegritas.Web.Domain.Common;

/// <summary>A broken domain rule. The message is shown to the user, so it is written in Bahasa Indonesia.</summary>
public class DomainException(string message) : Exception(message);
