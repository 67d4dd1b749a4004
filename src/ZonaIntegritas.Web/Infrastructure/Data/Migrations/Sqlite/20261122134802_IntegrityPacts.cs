using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntegrityPacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsRead = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "pact_templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "pact_template_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficialBody = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    StaffBody = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    LockedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "pact_campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Occasion = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IncludeDescendants = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TemplateVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReminderAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "pact_evidence_exports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionCodes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PdfFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PdfSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ListFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ListSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ListSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    SignedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    JoinedLater = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Variant = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerNip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    SignerRankGrade = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    SignerUnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RenderedText = table.Column<string>(type: "TEXT", maxLength: 30000, nullable: false),
                    TextSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TypedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Ip = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    DrawnSignaturePng = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ScanFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ScanFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ScanContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScanSizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    ScanSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    VoidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "pact_evidence_exports");

            migrationBuilder.DropTable(
                name: "pact_participants");

            migrationBuilder.DropTable(
                name: "pact_signatures");

            migrationBuilder.DropTable(
                name: "pact_campaigns");

            migrationBuilder.DropTable(
                name: "pact_template_versions");

            migrationBuilder.DropTable(
                name: "pact_templates");
        }
    }
}
