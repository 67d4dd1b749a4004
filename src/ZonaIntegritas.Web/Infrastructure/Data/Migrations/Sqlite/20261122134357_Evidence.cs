using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Evidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_files", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "evidence_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CurrentRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvidenceItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredFileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Extension = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvidenceItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NeedsRevalidation = table.Column<bool>(type: "INTEGER", nullable: false),
                    LatestReviewStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    LatestReviewRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvidenceLinkId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceRevisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "FK_evidence_items_evidence_revisions_CurrentRevisionId",
                table: "evidence_items");

            migrationBuilder.DropTable(
                name: "evidence_reviews");

            migrationBuilder.DropTable(
                name: "evidence_links");

            migrationBuilder.DropTable(
                name: "evidence_revisions");

            migrationBuilder.DropTable(
                name: "evidence_items");

            migrationBuilder.DropTable(
                name: "stored_files");
        }
    }
}
