using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SqlServerBaseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lke_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<int>(type: "int", nullable: false),
                    CopiedFromCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ImportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LockedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AreaMode = table.Column<int>(type: "int", nullable: false),
                    Wbbm_AreaMinFraction = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbbm_HbaMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbbm_HbaPlusHbbMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbbm_HbbMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbbm_HpaMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbbm_RequiresWbk = table.Column<bool>(type: "bit", nullable: false),
                    Wbbm_TotalMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbk_AreaMinFraction = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbk_HbaMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbk_HbaPlusHbbMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbk_HbbMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbk_HpaMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Wbk_RequiresWbk = table.Column<bool>(type: "bit", nullable: false),
                    Wbk_TotalMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_files", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParentId = table.Column<int>(type: "int", nullable: true),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    TimeZone = table.Column<int>(type: "int", nullable: false),
                    HoldsWbk = table.Column<bool>(type: "bit", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_units_units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_halves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LkeVersionId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Weight = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_halves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_halves_lke_versions_LkeVersionId",
                        column: x => x.LkeVersionId,
                        principalTable: "lke_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_hasil_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LkeVersionId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Weight = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_hasil_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_hasil_items_lke_versions_LkeVersionId",
                        column: x => x.LkeVersionId,
                        principalTable: "lke_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agent_input_decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    QuestionCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ComputedAgents = table.Column<int>(type: "int", nullable: false),
                    ComputedChanges = table.Column<int>(type: "int", nullable: false),
                    ComputedIntegrated = table.Column<int>(type: "int", nullable: false),
                    IsOverride = table.Column<bool>(type: "bit", nullable: false),
                    Agents = table.Column<int>(type: "int", nullable: true),
                    Changes = table.Column<int>(type: "int", nullable: true),
                    Integrated = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DecidedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_input_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agent_input_decisions_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Target = table.Column<int>(type: "int", nullable: false),
                    LkeVersionCode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    Round = table.Column<int>(type: "int", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReviewStartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FollowUpStartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinalizedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinalizedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessments_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "change_agent_decrees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    DecreeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    TermTo = table.Column<DateOnly>(type: "date", nullable: false),
                    SelectionMethod = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SelectionMinutes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Scan_Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Scan_FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    Scan_ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Scan_Size = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_agent_decrees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_agent_decrees_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pact_templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pact_templates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pact_templates_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Nip = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RankGrade = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    EmploymentType = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_members_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "team_decrees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    DecreeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    SelectionMechanism = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Scan_Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Scan_FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    Scan_ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Scan_Size = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_decrees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_team_decrees_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ApprovedVersion = table.Column<int>(type: "int", nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ApprovedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lke_areas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LkeHalfId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Weight = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_areas_lke_halves_LkeHalfId",
                        column: x => x.LkeHalfId,
                        principalTable: "lke_halves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_hasil_options",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LkeHasilItemId = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Criteria = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_hasil_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_hasil_options_lke_hasil_items_LkeHasilItemId",
                        column: x => x.LkeHasilItemId,
                        principalTable: "lke_hasil_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_answer_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    QuestionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Source = table.Column<int>(type: "int", nullable: false),
                    OldValue = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    NewValue = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ChangedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_answer_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_answer_history_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_assessor_answers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    QuestionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AssessorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    OptionKey = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    InputsJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NeedsFix = table.Column<bool>(type: "bit", nullable: false),
                    FixNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_assessor_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_assessor_answers_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_external_results",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    QuestionValuesJson = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_external_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_external_results_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_hasil_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Index = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    ScaleMin = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    ScaleMax = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    OptionKey = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Provisional = table.Column<bool>(type: "bit", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_hasil_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_hasil_entries_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_stage_windows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_stage_windows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_stage_windows_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_unit_answers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    QuestionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OptionKey = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    InputsJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_unit_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_unit_answers_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pact_template_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TemplateId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OfficialBody = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    StaffBody = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    LockedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pact_template_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pact_template_versions_pact_templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "pact_templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastSignInAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_staff_members_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "change_agents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DecreeId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    StatusNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_agents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_agents_change_agent_decrees_DecreeId",
                        column: x => x.DecreeId,
                        principalTable: "change_agent_decrees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_change_agents_staff_members_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "team_memberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DecreeId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplacedByMembershipId = table.Column<int>(type: "int", nullable: true),
                    EndReason = table.Column<int>(type: "int", nullable: true),
                    EndNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_team_memberships_staff_members_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_team_memberships_team_decrees_DecreeId",
                        column: x => x.DecreeId,
                        principalTable: "team_decrees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_team_memberships_team_memberships_ReplacedByMembershipId",
                        column: x => x.ReplacedByMembershipId,
                        principalTable: "team_memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_approvals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkPlanId = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ApprovedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ApprovedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SnapshotJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plan_approvals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plan_approvals_work_plans_WorkPlanId",
                        column: x => x.WorkPlanId,
                        principalTable: "work_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkPlanId = table.Column<int>(type: "int", nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: false),
                    Activity = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Output = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ExpectedEvidence = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PicStaffId = table.Column<int>(type: "int", nullable: false),
                    OriginalStartMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    OriginalEndMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    StartMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    EndMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    Budget = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Progress = table.Column<int>(type: "int", nullable: false),
                    EvidenceNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plan_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plan_items_staff_members_PicStaffId",
                        column: x => x.PicStaffId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_plan_items_work_plans_WorkPlanId",
                        column: x => x.WorkPlanId,
                        principalTable: "work_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LkeAreaId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Weight = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_indicators_lke_areas_LkeAreaId",
                        column: x => x.LkeAreaId,
                        principalTable: "lke_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pact_campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Occasion = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    IncludeDescendants = table.Column<bool>(type: "bit", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TemplateVersionId = table.Column<int>(type: "int", nullable: false),
                    LastReminderAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pact_campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pact_campaigns_pact_template_versions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "pact_template_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pact_campaigns_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "area_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_area_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_area_assignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_area_assignments_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IsRead = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "change_projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ChangeAgentId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: false),
                    Problem = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    BeforeDescription = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    AfterDescription = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    IsIntegrated = table.Column<bool>(type: "bit", nullable: false),
                    IntegrationReference = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    EvidenceNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_projects_change_agents_ChangeAgentId",
                        column: x => x.ChangeAgentId,
                        principalTable: "change_agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkPlanItemId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Progress = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EvidenceNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_entries_work_plan_items_WorkPlanItemId",
                        column: x => x.WorkPlanItemId,
                        principalTable: "work_plan_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_item_evidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkPlanItemId = table.Column<int>(type: "int", nullable: false),
                    EvidenceItemId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plan_item_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plan_item_evidence_work_plan_items_WorkPlanItemId",
                        column: x => x.WorkPlanItemId,
                        principalTable: "work_plan_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_item_helpers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkPlanItemId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plan_item_helpers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plan_item_helpers_staff_members_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_plan_item_helpers_work_plan_items_WorkPlanItemId",
                        column: x => x.WorkPlanItemId,
                        principalTable: "work_plan_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_item_questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkPlanItemId = table.Column<int>(type: "int", nullable: false),
                    QuestionCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plan_item_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plan_item_questions_work_plan_items_WorkPlanItemId",
                        column: x => x.WorkPlanItemId,
                        principalTable: "work_plan_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_plan_item_revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkPlanItemId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    OldStartMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    OldEndMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    NewStartMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    NewEndMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    OldPicStaffId = table.Column<int>(type: "int", nullable: true),
                    NewPicStaffId = table.Column<int>(type: "int", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_plan_item_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_plan_item_revisions_staff_members_NewPicStaffId",
                        column: x => x.NewPicStaffId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_plan_item_revisions_staff_members_OldPicStaffId",
                        column: x => x.OldPicStaffId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_plan_item_revisions_work_plan_items_WorkPlanItemId",
                        column: x => x.WorkPlanItemId,
                        principalTable: "work_plan_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LkeIndicatorId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    AnswerType = table.Column<int>(type: "int", nullable: false),
                    TypicalEvidenceJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PercentageFormula = table.Column<int>(type: "int", nullable: true),
                    PercentageNumerator = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    PercentageDenominator = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    PercentageWhenDenominatorZero = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_questions_lke_indicators_LkeIndicatorId",
                        column: x => x.LkeIndicatorId,
                        principalTable: "lke_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pact_evidence_exports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    QuestionCodes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PdfFileKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PdfSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PdfSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    ListFileKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ListSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ListSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    SignedCount = table.Column<int>(type: "int", nullable: false),
                    ParticipantCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    CreatedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pact_evidence_exports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pact_evidence_exports_pact_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "pact_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pact_participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    JoinedLater = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pact_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pact_participants_pact_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "pact_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_pact_participants_staff_members_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pact_signatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false),
                    TemplateVersionId = table.Column<int>(type: "int", nullable: false),
                    Method = table.Column<int>(type: "int", nullable: false),
                    Variant = table.Column<int>(type: "int", nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SignerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SignerNip = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    SignerRankGrade = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SignerPosition = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SignerUnitId = table.Column<int>(type: "int", nullable: false),
                    SignerUnitName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RenderedText = table.Column<string>(type: "nvarchar(max)", maxLength: 30000, nullable: false),
                    TextSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    VerificationCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TypedName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Ip = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    DrawnSignaturePng = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ScanFileKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ScanFileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    ScanContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ScanSizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    ScanSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    VoidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VoidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    VoidReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pact_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pact_signatures_pact_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "pact_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pact_signatures_pact_template_versions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "pact_template_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pact_signatures_staff_members_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pact_signatures_units_SignerUnitId",
                        column: x => x.SignerUnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "change_project_evidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ChangeProjectId = table.Column<int>(type: "int", nullable: false),
                    EvidenceItemId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_project_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_project_evidence_change_projects_ChangeProjectId",
                        column: x => x.ChangeProjectId,
                        principalTable: "change_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MonitoringEntryId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OwnerStaffId = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosingNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ClosedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_actions_monitoring_entries_MonitoringEntryId",
                        column: x => x.MonitoringEntryId,
                        principalTable: "monitoring_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_follow_up_actions_staff_members_OwnerStaffId",
                        column: x => x.OwnerStaffId,
                        principalTable: "staff_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_evidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MonitoringEntryId = table.Column<int>(type: "int", nullable: false),
                    EvidenceItemId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_evidence_monitoring_entries_MonitoringEntryId",
                        column: x => x.MonitoringEntryId,
                        principalTable: "monitoring_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_percentage_inputs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LkeQuestionId = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_percentage_inputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_percentage_inputs_lke_questions_LkeQuestionId",
                        column: x => x.LkeQuestionId,
                        principalTable: "lke_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lke_question_options",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LkeQuestionId = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: false),
                    Criteria = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_question_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lke_question_options_lke_questions_LkeQuestionId",
                        column: x => x.LkeQuestionId,
                        principalTable: "lke_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evidence_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: false),
                    Tags = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    UploadedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CurrentRevisionId = table.Column<int>(type: "int", nullable: true),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeletedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_items_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evidence_items_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence_revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EvidenceItemId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    StoredFileSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Extension = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    UploadedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_revisions_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evidence_revisions_evidence_items_EvidenceItemId",
                        column: x => x.EvidenceItemId,
                        principalTable: "evidence_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_evidence_revisions_stored_files_StoredFileSha256",
                        column: x => x.StoredFileSha256,
                        principalTable: "stored_files",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence_links",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EvidenceItemId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    QuestionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NeedsRevalidation = table.Column<bool>(type: "bit", nullable: false),
                    LatestReviewStatus = table.Column<int>(type: "int", nullable: true),
                    LatestReviewRevisionId = table.Column<int>(type: "int", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_links_evidence_items_EvidenceItemId",
                        column: x => x.EvidenceItemId,
                        principalTable: "evidence_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_evidence_links_evidence_revisions_LatestReviewRevisionId",
                        column: x => x.LatestReviewRevisionId,
                        principalTable: "evidence_revisions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_evidence_links_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence_reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EvidenceLinkId = table.Column<int>(type: "int", nullable: false),
                    EvidenceRevisionId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ReviewerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_reviews_AspNetUsers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evidence_reviews_evidence_links_EvidenceLinkId",
                        column: x => x.EvidenceLinkId,
                        principalTable: "evidence_links",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_evidence_reviews_evidence_revisions_EvidenceRevisionId",
                        column: x => x.EvidenceRevisionId,
                        principalTable: "evidence_revisions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_agent_input_decisions_UnitId_Year_QuestionCode",
                table: "agent_input_decisions",
                columns: new[] { "UnitId", "Year", "QuestionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_area_assignments_UnitId",
                table: "area_assignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_area_assignments_UserId_UnitId_AreaCode",
                table: "area_assignments",
                columns: new[] { "UserId", "UnitId", "AreaCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_StaffMemberId",
                table: "AspNetUsers",
                column: "StaffMemberId",
                unique: true,
                filter: "[StaffMemberId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UnitId",
                table: "AspNetUsers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_answer_history_AssessmentId_QuestionCode",
                table: "assessment_answer_history",
                columns: new[] { "AssessmentId", "QuestionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_assessor_answers_AssessmentId_QuestionCode",
                table: "assessment_assessor_answers",
                columns: new[] { "AssessmentId", "QuestionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_external_results_AssessmentId_Stage",
                table: "assessment_external_results",
                columns: new[] { "AssessmentId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_hasil_entries_AssessmentId_Code",
                table: "assessment_hasil_entries",
                columns: new[] { "AssessmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_stage_windows_AssessmentId_Stage",
                table: "assessment_stage_windows",
                columns: new[] { "AssessmentId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_unit_answers_AssessmentId_QuestionCode",
                table: "assessment_unit_answers",
                columns: new[] { "AssessmentId", "QuestionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_UnitId_Year",
                table: "assessments",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_change_agent_decrees_UnitId",
                table: "change_agent_decrees",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_change_agents_DecreeId_StaffMemberId",
                table: "change_agents",
                columns: new[] { "DecreeId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_change_agents_StaffMemberId",
                table: "change_agents",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_change_project_evidence_ChangeProjectId_EvidenceItemId",
                table: "change_project_evidence",
                columns: new[] { "ChangeProjectId", "EvidenceItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_change_project_evidence_EvidenceItemId",
                table: "change_project_evidence",
                column: "EvidenceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_change_projects_ChangeAgentId",
                table: "change_projects",
                column: "ChangeAgentId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_items_CurrentRevisionId",
                table: "evidence_items",
                column: "CurrentRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_items_DeletedAtUtc",
                table: "evidence_items",
                column: "DeletedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_items_UnitId_Year_AreaCode",
                table: "evidence_items",
                columns: new[] { "UnitId", "Year", "AreaCode" });

            migrationBuilder.CreateIndex(
                name: "IX_evidence_items_UploadedById",
                table: "evidence_items",
                column: "UploadedById");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_links_EvidenceItemId_Year_QuestionCode",
                table: "evidence_links",
                columns: new[] { "EvidenceItemId", "Year", "QuestionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evidence_links_LatestReviewRevisionId",
                table: "evidence_links",
                column: "LatestReviewRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_links_UnitId_Year_QuestionCode",
                table: "evidence_links",
                columns: new[] { "UnitId", "Year", "QuestionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_evidence_reviews_EvidenceLinkId",
                table: "evidence_reviews",
                column: "EvidenceLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_reviews_EvidenceRevisionId",
                table: "evidence_reviews",
                column: "EvidenceRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_reviews_ReviewerId",
                table: "evidence_reviews",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_revisions_EvidenceItemId_Number",
                table: "evidence_revisions",
                columns: new[] { "EvidenceItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evidence_revisions_StoredFileSha256",
                table: "evidence_revisions",
                column: "StoredFileSha256");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_revisions_UploadedById",
                table: "evidence_revisions",
                column: "UploadedById");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_MonitoringEntryId",
                table: "follow_up_actions",
                column: "MonitoringEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_OwnerStaffId",
                table: "follow_up_actions",
                column: "OwnerStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_lke_areas_LkeHalfId_Code",
                table: "lke_areas",
                columns: new[] { "LkeHalfId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_halves_LkeVersionId_Code",
                table: "lke_halves",
                columns: new[] { "LkeVersionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_hasil_items_LkeVersionId_Code",
                table: "lke_hasil_items",
                columns: new[] { "LkeVersionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_hasil_options_LkeHasilItemId_Key",
                table: "lke_hasil_options",
                columns: new[] { "LkeHasilItemId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_indicators_LkeAreaId_Code",
                table: "lke_indicators",
                columns: new[] { "LkeAreaId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_percentage_inputs_LkeQuestionId_Key",
                table: "lke_percentage_inputs",
                columns: new[] { "LkeQuestionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_question_options_LkeQuestionId_Key",
                table: "lke_question_options",
                columns: new[] { "LkeQuestionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_questions_LkeIndicatorId_Code",
                table: "lke_questions",
                columns: new[] { "LkeIndicatorId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lke_versions_Code",
                table: "lke_versions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_entries_WorkPlanItemId",
                table: "monitoring_entries",
                column: "WorkPlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_evidence_EvidenceItemId",
                table: "monitoring_evidence",
                column: "EvidenceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_evidence_MonitoringEntryId_EvidenceItemId",
                table: "monitoring_evidence",
                columns: new[] { "MonitoringEntryId", "EvidenceItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_IsRead",
                table: "notifications",
                columns: new[] { "UserId", "IsRead" });

            migrationBuilder.CreateIndex(
                name: "IX_pact_campaigns_TemplateVersionId",
                table: "pact_campaigns",
                column: "TemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_pact_campaigns_UnitId_OpensOn",
                table: "pact_campaigns",
                columns: new[] { "UnitId", "OpensOn" });

            migrationBuilder.CreateIndex(
                name: "IX_pact_evidence_exports_CampaignId",
                table: "pact_evidence_exports",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_pact_participants_CampaignId_StaffMemberId",
                table: "pact_participants",
                columns: new[] { "CampaignId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pact_participants_StaffMemberId",
                table: "pact_participants",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_pact_signatures_CampaignId_StaffMemberId",
                table: "pact_signatures",
                columns: new[] { "CampaignId", "StaffMemberId" },
                unique: true,
                filter: "\"VoidedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_pact_signatures_CampaignId_VoidedAtUtc",
                table: "pact_signatures",
                columns: new[] { "CampaignId", "VoidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_pact_signatures_SignerUnitId",
                table: "pact_signatures",
                column: "SignerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_pact_signatures_StaffMemberId",
                table: "pact_signatures",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_pact_signatures_TemplateVersionId",
                table: "pact_signatures",
                column: "TemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_pact_signatures_VerificationCode",
                table: "pact_signatures",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pact_template_versions_TemplateId_Number",
                table: "pact_template_versions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pact_templates_UnitId",
                table: "pact_templates",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_members_Nip",
                table: "staff_members",
                column: "Nip",
                unique: true,
                filter: "[Nip] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_staff_members_UnitId_IsActive",
                table: "staff_members",
                columns: new[] { "UnitId", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_team_decrees_UnitId_Year",
                table: "team_decrees",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_team_memberships_DecreeId",
                table: "team_memberships",
                column: "DecreeId");

            migrationBuilder.CreateIndex(
                name: "IX_team_memberships_ReplacedByMembershipId",
                table: "team_memberships",
                column: "ReplacedByMembershipId",
                unique: true,
                filter: "[ReplacedByMembershipId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_team_memberships_StaffMemberId_ValidFrom_ValidTo",
                table: "team_memberships",
                columns: new[] { "StaffMemberId", "ValidFrom", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_units_Code",
                table: "units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_units_ParentId",
                table: "units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_approvals_WorkPlanId",
                table: "work_plan_approvals",
                column: "WorkPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_evidence_EvidenceItemId",
                table: "work_plan_item_evidence",
                column: "EvidenceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_evidence_WorkPlanItemId_EvidenceItemId",
                table: "work_plan_item_evidence",
                columns: new[] { "WorkPlanItemId", "EvidenceItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_helpers_StaffMemberId",
                table: "work_plan_item_helpers",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_helpers_WorkPlanItemId_StaffMemberId",
                table: "work_plan_item_helpers",
                columns: new[] { "WorkPlanItemId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_questions_QuestionCode",
                table: "work_plan_item_questions",
                column: "QuestionCode");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_questions_WorkPlanItemId_QuestionCode",
                table: "work_plan_item_questions",
                columns: new[] { "WorkPlanItemId", "QuestionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_revisions_NewPicStaffId",
                table: "work_plan_item_revisions",
                column: "NewPicStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_revisions_OldPicStaffId",
                table: "work_plan_item_revisions",
                column: "OldPicStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_item_revisions_WorkPlanItemId",
                table: "work_plan_item_revisions",
                column: "WorkPlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_items_PicStaffId",
                table: "work_plan_items",
                column: "PicStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plan_items_WorkPlanId",
                table: "work_plan_items",
                column: "WorkPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_work_plans_UnitId_Year",
                table: "work_plans",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_evidence_items_evidence_revisions_CurrentRevisionId",
                table: "evidence_items",
                column: "CurrentRevisionId",
                principalTable: "evidence_revisions",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_units_UnitId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_evidence_items_units_UnitId",
                table: "evidence_items");

            migrationBuilder.DropForeignKey(
                name: "FK_staff_members_units_UnitId",
                table: "staff_members");

            migrationBuilder.DropForeignKey(
                name: "FK_evidence_items_AspNetUsers_UploadedById",
                table: "evidence_items");

            migrationBuilder.DropForeignKey(
                name: "FK_evidence_revisions_AspNetUsers_UploadedById",
                table: "evidence_revisions");

            migrationBuilder.DropForeignKey(
                name: "FK_evidence_items_evidence_revisions_CurrentRevisionId",
                table: "evidence_items");

            migrationBuilder.DropTable(
                name: "agent_input_decisions");

            migrationBuilder.DropTable(
                name: "area_assignments");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "assessment_answer_history");

            migrationBuilder.DropTable(
                name: "assessment_assessor_answers");

            migrationBuilder.DropTable(
                name: "assessment_external_results");

            migrationBuilder.DropTable(
                name: "assessment_hasil_entries");

            migrationBuilder.DropTable(
                name: "assessment_stage_windows");

            migrationBuilder.DropTable(
                name: "assessment_unit_answers");

            migrationBuilder.DropTable(
                name: "change_project_evidence");

            migrationBuilder.DropTable(
                name: "evidence_reviews");

            migrationBuilder.DropTable(
                name: "follow_up_actions");

            migrationBuilder.DropTable(
                name: "lke_hasil_options");

            migrationBuilder.DropTable(
                name: "lke_percentage_inputs");

            migrationBuilder.DropTable(
                name: "lke_question_options");

            migrationBuilder.DropTable(
                name: "monitoring_evidence");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "pact_evidence_exports");

            migrationBuilder.DropTable(
                name: "pact_participants");

            migrationBuilder.DropTable(
                name: "pact_signatures");

            migrationBuilder.DropTable(
                name: "team_memberships");

            migrationBuilder.DropTable(
                name: "work_plan_approvals");

            migrationBuilder.DropTable(
                name: "work_plan_item_evidence");

            migrationBuilder.DropTable(
                name: "work_plan_item_helpers");

            migrationBuilder.DropTable(
                name: "work_plan_item_questions");

            migrationBuilder.DropTable(
                name: "work_plan_item_revisions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "change_projects");

            migrationBuilder.DropTable(
                name: "evidence_links");

            migrationBuilder.DropTable(
                name: "lke_hasil_items");

            migrationBuilder.DropTable(
                name: "lke_questions");

            migrationBuilder.DropTable(
                name: "monitoring_entries");

            migrationBuilder.DropTable(
                name: "pact_campaigns");

            migrationBuilder.DropTable(
                name: "team_decrees");

            migrationBuilder.DropTable(
                name: "change_agents");

            migrationBuilder.DropTable(
                name: "lke_indicators");

            migrationBuilder.DropTable(
                name: "work_plan_items");

            migrationBuilder.DropTable(
                name: "pact_template_versions");

            migrationBuilder.DropTable(
                name: "change_agent_decrees");

            migrationBuilder.DropTable(
                name: "lke_areas");

            migrationBuilder.DropTable(
                name: "work_plans");

            migrationBuilder.DropTable(
                name: "pact_templates");

            migrationBuilder.DropTable(
                name: "lke_halves");

            migrationBuilder.DropTable(
                name: "lke_versions");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "staff_members");

            migrationBuilder.DropTable(
                name: "evidence_revisions");

            migrationBuilder.DropTable(
                name: "evidence_items");

            migrationBuilder.DropTable(
                name: "stored_files");
        }
    }
}
