using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.Sqlite
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
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
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
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_unit_answers_change_counter_insert"" AFTER INSERT ON ""assessment_unit_answers"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_unit_answers_change_counter_update"" AFTER UPDATE ON ""assessment_unit_answers"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_unit_answers_change_counter_delete"" AFTER DELETE ON ""assessment_unit_answers"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_assessor_answers_change_counter_insert"" AFTER INSERT ON ""assessment_assessor_answers"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_assessor_answers_change_counter_update"" AFTER UPDATE ON ""assessment_assessor_answers"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_assessor_answers_change_counter_delete"" AFTER DELETE ON ""assessment_assessor_answers"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_hasil_entries_change_counter_insert"" AFTER INSERT ON ""assessment_hasil_entries"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_hasil_entries_change_counter_update"" AFTER UPDATE ON ""assessment_hasil_entries"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_assessment_hasil_entries_change_counter_delete"" AFTER DELETE ON ""assessment_hasil_entries"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'answers'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_items_change_counter_insert"" AFTER INSERT ON ""evidence_items"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_items_change_counter_update"" AFTER UPDATE ON ""evidence_items"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_items_change_counter_delete"" AFTER DELETE ON ""evidence_items"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_revisions_change_counter_insert"" AFTER INSERT ON ""evidence_revisions"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_revisions_change_counter_update"" AFTER UPDATE ON ""evidence_revisions"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_revisions_change_counter_delete"" AFTER DELETE ON ""evidence_revisions"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_links_change_counter_insert"" AFTER INSERT ON ""evidence_links"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_links_change_counter_update"" AFTER UPDATE ON ""evidence_links"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_links_change_counter_delete"" AFTER DELETE ON ""evidence_links"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_reviews_change_counter_insert"" AFTER INSERT ON ""evidence_reviews"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_reviews_change_counter_update"" AFTER UPDATE ON ""evidence_reviews"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_evidence_reviews_change_counter_delete"" AFTER DELETE ON ""evidence_reviews"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'evidence'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_staff_members_change_counter_insert"" AFTER INSERT ON ""staff_members"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'staff'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_staff_members_change_counter_update"" AFTER UPDATE ON ""staff_members"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'staff'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_staff_members_change_counter_delete"" AFTER DELETE ON ""staff_members"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'staff'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_units_change_counter_insert"" AFTER INSERT ON ""units"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'staff'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_units_change_counter_update"" AFTER UPDATE ON ""units"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'staff'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_units_change_counter_delete"" AFTER DELETE ON ""units"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'staff'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_pact_signatures_change_counter_insert"" AFTER INSERT ON ""pact_signatures"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'pacts'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_pact_signatures_change_counter_update"" AFTER UPDATE ON ""pact_signatures"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'pacts'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_pact_signatures_change_counter_delete"" AFTER DELETE ON ""pact_signatures"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'pacts'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_pact_participants_change_counter_insert"" AFTER INSERT ON ""pact_participants"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'pacts'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_pact_participants_change_counter_update"" AFTER UPDATE ON ""pact_participants"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'pacts'; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""trg_pact_participants_change_counter_delete"" AFTER DELETE ON ""pact_participants"" BEGIN UPDATE ""change_counters"" SET ""Value"" = ""Value"" + 1 WHERE ""Name"" = 'pacts'; END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_unit_answers_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_unit_answers_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_unit_answers_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_assessor_answers_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_assessor_answers_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_assessor_answers_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_hasil_entries_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_hasil_entries_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_assessment_hasil_entries_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_items_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_items_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_items_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_revisions_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_revisions_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_revisions_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_links_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_links_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_links_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_reviews_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_reviews_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_evidence_reviews_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_staff_members_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_staff_members_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_staff_members_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_units_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_units_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_units_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_pact_signatures_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_pact_signatures_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_pact_signatures_change_counter_delete"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_pact_participants_change_counter_insert"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_pact_participants_change_counter_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""trg_pact_participants_change_counter_delete"";");

            migrationBuilder.DropTable(
                name: "change_counters");
        }
    }
}
