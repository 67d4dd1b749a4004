namespace ZonaIntegritas.Web.Features.Review;

public static class ReviewModule
{
    public static IServiceCollection AddReview(this IServiceCollection services) => services.AddScoped<ReviewService>();
}
