using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.AuditLog;
using ZonaIntegritas.Web.Features.Backup;
using ZonaIntegritas.Web.Features.ChangeAgents;
using ZonaIntegritas.Web.Features.Dashboard;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.Home;
using ZonaIntegritas.Web.Features.Lke;
using ZonaIntegritas.Web.Features.LkeVersions;
using ZonaIntegritas.Web.Features.Notifications;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.Reports;
using ZonaIntegritas.Web.Features.Review;
using ZonaIntegritas.Web.Features.ReviewCycle;
using ZonaIntegritas.Web.Features.Rollup;
using ZonaIntegritas.Web.Features.Staff;
using ZonaIntegritas.Web.Features.StaffImport;
using ZonaIntegritas.Web.Features.SubmissionCheck;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Features.TwoFactor;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Features.Users;
using ZonaIntegritas.Web.Features.WorkPlans;
using ZonaIntegritas.Web.Features.Worksheet;
using ZonaIntegritas.Web.Infrastructure.Files;

// Commands run instead of the web server: dotnet run --project src/ZonaIntegritas.Web -- NAME args
ICliCommand[] commands =
[
    new MigrationsScriptCommand(),
    new CreateAdminCommand(), new SeedDemoCommand(),
    new ScoreCommand(), new PlanCommand(),
    new ReportCommand(), new ReportExcelCommand(), new PackCommand(), new CheckCommand(),
    new VerifyAuditCommand(), new PruneAuditCommand(),
    new BackupCommand(), new RestoreCommand(), new VerifyCommand(),
];
var command = CommandLine.Parse(args, commands);
if (command is { Command.NeedsHost: false })
{
    return await command.Command.RunAsync(null, command.Args, Console.Out, Console.Error);
}

string[] hostArgs = command is null ? args : [.. command.Args.Where(a => a.StartsWith("--environment", StringComparison.Ordinal))];
var builder = WebApplication.CreateBuilder(SourceTreeDefaults.Options(hostArgs));
SourceTreeDefaults.ApplyUrl(builder, hostArgs);
if (command is not null)
{
    // Commands print their results on stdout; keep logs on stderr.
    builder.Configuration["Serilog:WriteTo:0:Args:standardErrorFromLevel"] = "Verbose";
}

// Infrastructure, one Configuration/<Concern>Setup.cs each.
builder.AddPortalLogging();
builder.AddPortalTelemetry();
StorageOptions.Register(builder.Services);
builder.Services.AddPortalClock();
builder.Services.AddDatabase();
builder.Services.AddScheduledJobs();
builder.Services.AddPortalIdentity();
builder.Services.AddPortalProxySupport(builder.Configuration);
builder.Services.AddPortalRateLimits();
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalMvc();
builder.Services.AddPortalValidation();
builder.Services.AddPortalMail();
builder.Services.AddPortalFiles();

// Features, one Features/<Feature>/<Feature>Module.cs each (after the authorization setup: AddTeam replaces
// the change-area access with the roster's).
builder.Services.AddHome();
builder.Services.AddLke();
builder.Services.AddLkeVersions();
builder.Services.AddUnits();
builder.Services.AddUsers();
builder.Services.AddTwoFactor();
builder.Services.AddStaff();
builder.Services.AddStaffImport();
builder.Services.AddTeam();
builder.Services.AddChangeAgents();
builder.Services.AddAssessments();
builder.Services.AddWorksheet();
builder.Services.AddEvidence();
builder.Services.AddWorkPlan();
builder.Services.AddReview();
builder.Services.AddReviewCycle(builder.Configuration);
builder.Services.AddSubmissionCheck(builder.Configuration);
builder.Services.AddDashboard();
builder.Services.AddRollup();
builder.Services.AddReports();
builder.Services.AddPacts();
builder.Services.AddNotifications();
builder.Services.AddAuditLog();
builder.Services.AddFeatureNavigation();
var app = builder.Build();

if (command?.Command.NeedsDatabase != false)
{
    try
    {
        await app.PrepareDatabaseAsync(seedDemo: command?.Name == "seed-demo");
    }
    catch (StartupException ex)
    {
        app.Logger.LogCritical(ex, "Portal tidak dapat dimulai: {Reason}", ex.Message);
        await Console.Error.WriteLineAsync($"Portal tidak dapat dimulai: {ex.Message}");
        return 1;
    }
}
if (command is not null)
{
    return await CommandLine.RunAsync(app, command);
}

app.UsePortalPipeline();
await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the integration and browser tests.</summary>
public partial class Program;
