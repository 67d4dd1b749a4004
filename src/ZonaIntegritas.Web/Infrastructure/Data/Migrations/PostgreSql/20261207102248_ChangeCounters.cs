using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.PostgreSql
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
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
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
            // One statement-level trigger per table; TRUNCATE raises the counter too.
            migrationBuilder.Sql(@"CREATE OR REPLACE FUNCTION raise_change_counter() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = TG_ARGV[0]; RETURN NULL; END $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_unit_answers_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""assessment_unit_answers"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('answers');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_assessor_answers_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""assessment_assessor_answers"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('answers');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_hasil_entries_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""assessment_hasil_entries"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('answers');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_items_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""evidence_items"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('evidence');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_revisions_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""evidence_revisions"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('evidence');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_links_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""evidence_links"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('evidence');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_reviews_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""evidence_reviews"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('evidence');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_staff_members_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""staff_members"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('staff');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_units_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""units"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('staff');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_pact_signatures_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""pact_signatures"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('pacts');");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_pact_participants_change_counter"" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ""pact_participants"" FOR EACH STATEMENT EXECUTE FUNCTION raise_change_counter('pacts');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_unit_answers_change_counter"" ON ""assessment_unit_answers"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_assessor_answers_change_counter"" ON ""assessment_assessor_answers"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_hasil_entries_change_counter"" ON ""assessment_hasil_entries"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_items_change_counter"" ON ""evidence_items"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_revisions_change_counter"" ON ""evidence_revisions"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_links_change_counter"" ON ""evidence_links"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_reviews_change_counter"" ON ""evidence_reviews"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_staff_members_change_counter"" ON ""staff_members"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_units_change_counter"" ON ""units"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_pact_signatures_change_counter"" ON ""pact_signatures"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_pact_participants_change_counter"" ON ""pact_participants"";");
            migrationBuilder.Sql(@"DROP FUNCTION IF EXISTS raise_change_counter();");

            migrationBuilder.DropTable(
                name: "change_counters");
        }
    }
}
