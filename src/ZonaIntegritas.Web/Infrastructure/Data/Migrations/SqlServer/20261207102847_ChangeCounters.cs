using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ChangeCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_counters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_counters", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "change_counters",
                columns: new[] { "Name", "Value" },
                values: new object[,]
                {
                    { "answers", 0L },
                    { "evidence", 0L },
                    { "pacts", 0L },
                    { "staff", 0L }
                });

            // Every insert, update or delete on a watched table raises its counter (Infrastructure/Data/ChangeCounters, ADR 0019).
            // EXEC: CREATE TRIGGER must start its batch, also inside the idempotent script's IF blocks.
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_assessment_unit_answers_change_counter] ON [assessment_unit_answers] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''answers''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_assessment_assessor_answers_change_counter] ON [assessment_assessor_answers] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''answers''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_assessment_hasil_entries_change_counter] ON [assessment_hasil_entries] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''answers''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_evidence_items_change_counter] ON [evidence_items] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''evidence''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_evidence_revisions_change_counter] ON [evidence_revisions] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''evidence''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_evidence_links_change_counter] ON [evidence_links] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''evidence''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_evidence_reviews_change_counter] ON [evidence_reviews] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''evidence''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_staff_members_change_counter] ON [staff_members] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''staff''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_units_change_counter] ON [units] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''staff''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_pact_signatures_change_counter] ON [pact_signatures] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''pacts''; END;');");
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER [trg_pact_participants_change_counter] ON [pact_participants] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''pacts''; END;');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_assessment_unit_answers_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_assessment_assessor_answers_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_assessment_hasil_entries_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_evidence_items_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_evidence_revisions_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_evidence_links_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_evidence_reviews_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_staff_members_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_units_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_pact_signatures_change_counter];");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [trg_pact_participants_change_counter];");

            migrationBuilder.DropTable(
                name: "change_counters");
        }
    }
}
