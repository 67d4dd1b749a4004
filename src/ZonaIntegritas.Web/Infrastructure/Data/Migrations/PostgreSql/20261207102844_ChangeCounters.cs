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
            // Deferred to commit: the counters are locked last (one advisory lock first, then the row), after every data row,
            // so two transactions cannot deadlock on them; the new value becomes visible with the data it counts.
            migrationBuilder.Sql(@"CREATE OR REPLACE FUNCTION raise_change_counter() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_xact_lock(2026120719); UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = TG_ARGV[0]; RETURN NULL; END $$;");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_assessment_unit_answers_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""assessment_unit_answers"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('answers');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_assessment_assessor_answers_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""assessment_assessor_answers"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('answers');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_assessment_hasil_entries_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""assessment_hasil_entries"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('answers');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_evidence_items_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""evidence_items"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('evidence');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_evidence_revisions_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""evidence_revisions"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('evidence');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_evidence_links_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""evidence_links"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('evidence');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_evidence_reviews_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""evidence_reviews"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('evidence');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_staff_members_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""staff_members"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('staff');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_units_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""units"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('staff');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_pact_signatures_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""pact_signatures"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('pacts');");
            migrationBuilder.Sql(@"CREATE CONSTRAINT TRIGGER ""trg_pact_participants_change_counter"" AFTER INSERT OR UPDATE OR DELETE ON ""pact_participants"" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_change_counter('pacts');");
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
