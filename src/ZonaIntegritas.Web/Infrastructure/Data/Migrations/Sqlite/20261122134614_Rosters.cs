using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rosters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agent_input_decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ComputedAgents = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedChanges = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedIntegrated = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOverride = table.Column<bool>(type: "INTEGER", nullable: false),
                    Agents = table.Column<int>(type: "INTEGER", nullable: true),
                    Changes = table.Column<int>(type: "INTEGER", nullable: true),
                    Integrated = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "change_agent_decrees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    DecreeDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SelectionMethod = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SelectionMinutes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Scan_Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Scan_FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Scan_ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Scan_Size = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "team_decrees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    DecreeDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SelectionMechanism = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Scan_Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Scan_FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Scan_ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Scan_Size = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "change_agents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecreeId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecreeId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReplacedByMembershipId = table.Column<int>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<int>(type: "INTEGER", nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Output = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ExpectedEvidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PicStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalStartMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OriginalEndMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "change_projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeAgentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BeforeDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AfterDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IsIntegrated = table.Column<bool>(type: "INTEGER", nullable: false),
                    IntegrationReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceItemId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OldStartMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OldEndMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NewStartMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NewEndMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OldPicStaffId = table.Column<int>(type: "INTEGER", nullable: true),
                    NewPicStaffId = table.Column<int>(type: "INTEGER", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "change_project_evidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceItemId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MonitoringEntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MonitoringEntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceItemId = table.Column<int>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_agent_input_decisions_UnitId_Year_QuestionCode",
                table: "agent_input_decisions",
                columns: new[] { "UnitId", "Year", "QuestionCode" });

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
                name: "IX_follow_up_actions_MonitoringEntryId",
                table: "follow_up_actions",
                column: "MonitoringEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_OwnerStaffId",
                table: "follow_up_actions",
                column: "OwnerStaffId");

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
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_team_memberships_StaffMemberId_ValidFrom_ValidTo",
                table: "team_memberships",
                columns: new[] { "StaffMemberId", "ValidFrom", "ValidTo" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_input_decisions");

            migrationBuilder.DropTable(
                name: "change_project_evidence");

            migrationBuilder.DropTable(
                name: "follow_up_actions");

            migrationBuilder.DropTable(
                name: "monitoring_evidence");

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
                name: "change_projects");

            migrationBuilder.DropTable(
                name: "monitoring_entries");

            migrationBuilder.DropTable(
                name: "team_decrees");

            migrationBuilder.DropTable(
                name: "change_agents");

            migrationBuilder.DropTable(
                name: "work_plan_items");

            migrationBuilder.DropTable(
                name: "change_agent_decrees");

            migrationBuilder.DropTable(
                name: "work_plans");
        }
    }
}
