using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LkeVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lke_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    CopiedFromCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LockedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AreaMode = table.Column<int>(type: "INTEGER", nullable: false),
                    Wbbm_AreaMinFraction = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbbm_HbaMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbbm_HbaPlusHbbMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbbm_HbbMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbbm_HpaMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbbm_RequiresWbk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Wbbm_TotalMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbk_AreaMinFraction = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbk_HbaMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbk_HbaPlusHbbMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbk_HbbMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbk_HpaMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Wbk_RequiresWbk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Wbk_TotalMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lke_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lke_halves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "lke_areas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeHalfId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeHasilItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "lke_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "lke_questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeIndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AnswerType = table.Column<int>(type: "INTEGER", nullable: false),
                    TypicalEvidenceJson = table.Column<string>(type: "TEXT", nullable: false),
                    PercentageFormula = table.Column<int>(type: "INTEGER", nullable: true),
                    PercentageNumerator = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PercentageDenominator = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PercentageWhenDenominatorZero = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "lke_percentage_inputs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeQuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LkeQuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lke_hasil_options");

            migrationBuilder.DropTable(
                name: "lke_percentage_inputs");

            migrationBuilder.DropTable(
                name: "lke_question_options");

            migrationBuilder.DropTable(
                name: "lke_hasil_items");

            migrationBuilder.DropTable(
                name: "lke_questions");

            migrationBuilder.DropTable(
                name: "lke_indicators");

            migrationBuilder.DropTable(
                name: "lke_areas");

            migrationBuilder.DropTable(
                name: "lke_halves");

            migrationBuilder.DropTable(
                name: "lke_versions");
        }
    }
}
