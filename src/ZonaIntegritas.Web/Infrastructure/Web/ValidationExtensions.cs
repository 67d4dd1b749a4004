using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Infrastructure.Web;

public static class ValidationExtensions
{
    /// <summary>Runs the validator and copies its errors into ModelState. Returns true when valid.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(this IValidator<T> validator, T input, ModelStateDictionary modelState, string prefix = "")
    {
        var result = await validator.ValidateAsync(input);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }
        return result.IsValid && modelState.IsValid;
    }

    /// <summary>Runs a domain action; a <see cref="DomainException"/> becomes a form-level error. Returns true when it succeeded.</summary>
    public static async Task<bool> TryDomainAsync(this ModelStateDictionary modelState, Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (DomainException e)
        {
            modelState.AddModelError("", e.Message);
            return false;
        }
    }
}
