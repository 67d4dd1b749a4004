namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>Marks an action that reads its own form and answers an oversized request on the page itself.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AnswersOversizedRequestAttribute : Attribute;
