using System.Reflection;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

/// <summary>
/// The one place a <see cref="DomainException"/> becomes a response (docs/decisions/0012-domain-errors-in-one-filter.md).
/// The kind comes from <see cref="OnDomainErrorAttribute"/> on the action or controller; without one, a JSON
/// request gets <see cref="DomainErrorResponse.Json"/>, an htmx request <see cref="DomainErrorResponse.Htmx"/>,
/// anything else <see cref="DomainErrorResponse.RedirectBack"/>. Nothing is saved by the filter.
/// </summary>
public sealed class DomainExceptionFilter(ITempDataDictionaryFactory tempData, IUrlHelperFactory urls) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not DomainException error || executed.ExceptionHandled || context.HttpContext.Response.HasStarted)
        {
            return;
        }
        executed.ExceptionHandled = true;
        var http = context.HttpContext;
        http.SetDomainError(error);
        var declared = Declared(context.ActionDescriptor);
        switch (declared?.Response ?? Infer(http.Request))
        {
            case DomainErrorResponse.Json:
                executed.Result = new JsonResult(new { ok = false, message = error.Message }) { StatusCode = StatusCodes.Status400BadRequest };
                break;
            case DomainErrorResponse.Form:
                context.ModelState.AddModelError("", error.Message);
                executed.Result = await RunAgainAsync(context);
                break;
            case DomainErrorResponse.Htmx:
                executed.Result = new ContentResult
                {
                    Content = $"<div class=\"alert alert-danger\" role=\"alert\">{HtmlEncoder.Default.Encode(error.Message)}</div>",
                    ContentType = "text/html; charset=utf-8",
                    StatusCode = StatusCodes.Status200OK,
                };
                break;
            default:
                tempData.GetTempData(http)["Error"] = error.Message;
                executed.Result = new RedirectResult(RedirectTarget(context, urls.GetUrlHelper(context), declared));
                break;
        }
    }

    private static DomainErrorResponse Infer(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase) ? DomainErrorResponse.Json
        : request.Headers["HX-Request"] == "true" ? DomainErrorResponse.Htmx
        : DomainErrorResponse.RedirectBack;

    private static OnDomainErrorAttribute? Declared(Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor action) =>
        action is ControllerActionDescriptor c
            ? c.MethodInfo.GetCustomAttribute<OnDomainErrorAttribute>() ?? c.ControllerTypeInfo.GetCustomAttribute<OnDomainErrorAttribute>()
            : null;

    private static string RedirectTarget(ActionExecutingContext context, IUrlHelper url, OnDomainErrorAttribute? declared)
    {
        var returnUrl = Argument(context, "returnUrl") as string
            ?? (context.HttpContext.Request.HasFormContentType ? context.HttpContext.Request.Form["ReturnUrl"].ToString() : null);
        if (!string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl))
        {
            return returnUrl!;
        }
        if (declared?.Action is { } action)
        {
            var values = new RouteValueDictionary();
            foreach (var key in declared.RouteKeys)
            {
                var (name, source) = key.Split('=') is [var n, var src] ? (n, src) : (key, key);
                values[name] = Argument(context, source);
            }
            var target = url.Action(action, declared.Controller, values);
            if (target is not null)
            {
                return target;
            }
        }
        if (Uri.TryCreate(context.HttpContext.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Authority, context.HttpContext.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return referer.PathAndQuery;
        }
        return "/";
    }

    /// <summary>An action argument by name, or a property of a bound input object with that name.</summary>
    private static object? Argument(ActionExecutingContext context, string key)
    {
        foreach (var (name, value) in context.ActionArguments)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        foreach (var value in context.ActionArguments.Values)
        {
            if (value is not null && value.GetType().GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
            {
                return property.GetValue(value);
            }
        }
        return context.RouteData.Values.TryGetValue(key, out var route) ? route : null;
    }

    /// <summary>Invokes the action method once more with the same arguments; it sees the error through
    /// <see cref="DomainErrorHttpContextExtensions.DomainError"/> and the invalid ModelState and renders its form.</summary>
    private static async Task<IActionResult> RunAgainAsync(ActionExecutingContext context)
    {
        var method = ((ControllerActionDescriptor)context.ActionDescriptor).MethodInfo;
        var args = method.GetParameters().Select(p =>
            context.ActionArguments.TryGetValue(p.Name!, out var v) ? v
            : p.ParameterType == typeof(CancellationToken) ? context.HttpContext.RequestAborted
            : p.HasDefaultValue ? p.DefaultValue
            : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();
        object? result;
        try
        {
            result = method.Invoke(context.Controller, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        if (result is Task task)
        {
            await task;
            result = task.GetType().GetProperty("Result")?.GetValue(task);
        }
        return result as IActionResult ?? throw new InvalidOperationException($"{method.Name} did not return an action result.");
    }
}
