namespace DocIngest.Web.Queries;

public static class QueryServiceExtensions
{
    /// <summary>The read side shared by the Razor pages and the API endpoints: plain scoped services over the context.</summary>
    public static IServiceCollection AddDocIngestQueries(this IServiceCollection services)
    {
        services.AddScoped<MeasureQueries>();
        services.AddScoped<ChoiceQueries>();
        services.AddSingleton<UnitCatalogueCache>();
        services.AddScoped<CompareQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<ReviewQueries>();
        services.AddScoped<LearningQueries>();
        services.AddScoped<DocumentQueries>();
        return services;
    }
}
