using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PercentagePartOfWhole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PercentageNumeratorWithinDenominator",
                table: "lke_questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Versions stored before the flag existed: the parts of a whole of PermenPAN-RB 90/2021 (and copies).
            migrationBuilder.Sql("UPDATE lke_questions SET \"PercentageNumeratorWithinDenominator\" = 1 WHERE (\"PercentageNumerator\" = 'terintegrasi' AND \"PercentageDenominator\" = 'perubahan') OR (\"PercentageNumerator\" = 'sasaran_tercapai' AND \"PercentageDenominator\" = 'sasaran') OR (\"PercentageNumerator\" = 'selesai' AND \"PercentageDenominator\" = 'harus_ditindaklanjuti') OR (\"PercentageNumerator\" = 'sudah_lapor' AND \"PercentageDenominator\" = 'wajib_lapor') OR (\"PercentageNumerator\" = 'layanan_dipermudah' AND \"PercentageDenominator\" = 'layanan_terdaftar');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PercentageNumeratorWithinDenominator",
                table: "lke_questions");
        }
    }
}
