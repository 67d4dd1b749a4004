using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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
}
