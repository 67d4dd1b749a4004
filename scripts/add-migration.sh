#!/usr/bin/env bash
# Adds a migration with the same name to every provider's migration set (Sqlite, PostgreSQL, SqlServer).
# Usage: scripts/add-migration.sh NameOfMigration
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/ZonaIntegritas.Web
dotnet build "$project" -v q -nologo >/dev/null
add() { # add CONTEXT FOLDER
    dotnet ef migrations add "$name" --no-build --project "$project" --context "$1" \
        --output-dir "Infrastructure/Data/Migrations/$2" --namespace "ZonaIntegritas.Web.Infrastructure.Data.Migrations.$2"
}
add SqliteAppDbContext Sqlite
add PostgresAppDbContext PostgreSql
add SqlServerAppDbContext SqlServer
echo "Added migration $name for Sqlite, PostgreSQL and SqlServer."
