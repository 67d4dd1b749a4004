using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AllChangesCounter : Migration
    {
        // The tables of the model at this migration (every table but change_counters, user_sessions, data_protection_keys).
        private static readonly string[] Tables =
        [
            "AspNetRoleClaims",
            "AspNetRoles",
            "AspNetUserClaims",
            "AspNetUserLogins",
            "AspNetUserRoles",
            "AspNetUserTokens",
            "AspNetUsers",
            "agent_input_decisions",
            "area_assignments",
            "assessment_answer_history",
            "assessment_assessor_answers",
            "assessment_external_results",
            "assessment_hasil_entries",
            "assessment_score_snapshots",
            "assessment_stage_transitions",
            "assessment_stage_windows",
            "assessment_unit_answers",
            "assessments",
            "audit_log",
            "change_agent_decrees",
            "change_agents",
            "change_project_evidence",
            "change_projects",
            "evidence_items",
            "evidence_links",
            "evidence_reviews",
            "evidence_revisions",
            "follow_up_actions",
            "lke_areas",
            "lke_halves",
            "lke_hasil_items",
            "lke_hasil_options",
            "lke_indicators",
            "lke_percentage_inputs",
            "lke_question_options",
            "lke_questions",
            "lke_versions",
            "monitoring_entries",
            "monitoring_evidence",
            "notifications",
            "pact_campaigns",
            "pact_evidence_exports",
            "pact_participants",
            "pact_signatures",
            "pact_template_versions",
            "pact_templates",
            "scheduled_job_runs",
            "staff_members",
            "stored_files",
            "team_decrees",
            "team_memberships",
            "units",
            "work_plan_approvals",
            "work_plan_item_evidence",
            "work_plan_item_helpers",
            "work_plan_item_questions",
            "work_plan_item_revisions",
            "work_plan_items",
            "work_plans",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "change_counters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "all", 0L });

            // Every insert, update or delete on any table raises the "all" counter (ChangeCounterNames.All, ADR 0021).
            // EXEC: CREATE TRIGGER must start its batch, also inside the idempotent script's IF blocks.
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($@"EXEC(N'CREATE TRIGGER [trg_{table}_all_changes] ON [{table}] AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; UPDATE [change_counters] SET [Value] = [Value] + 1 WHERE [Name] = N''all''; END;');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($@"DROP TRIGGER IF EXISTS [trg_{table}_all_changes];");
            }
            migrationBuilder.DeleteData(
                table: "change_counters",
                keyColumn: "Name",
                keyValue: "all");
        }
    }
}
