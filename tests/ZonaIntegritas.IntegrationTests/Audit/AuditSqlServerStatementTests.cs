using ZonaIntegritas.IntegrationTests.Data;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.IntegrationTests.Audit;

/// <summary>No SQL Server runs in CI: the audit writer's T-SQL (app lock, tail, insert) is at least parsed.</summary>
[Trait(TestTraits.Provider, TestTraits.AnyProvider)]
public sealed class AuditSqlServerStatementTests
{
    [Theory]
    [InlineData(AuditWriter.SqlServerLockSql)]
    [InlineData(AuditWriter.TailSql)]
    [InlineData(AuditWriter.InsertSql)]
    public void The_audit_writer_statements_parse_as_T_SQL(string sql) =>
        TSqlCheck.Errors(sql).ShouldBeEmpty();
}
