#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets.
# Usage: scripts/add-migration.sh NameOfMigration
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/ZonaIntegritas.Web
dotnet build "$project" -v q -nologo >/dev/null
dotnet ef migrations add "$name" --no-build --project "$project" --context SqliteAppDbContext --output-dir Infrastructure/Data/Migrations/Sqlite --namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.Sqlite
dotnet ef migrations add "$name" --no-build --project "$project" --context PostgresAppDbContext --output-dir Infrastructure/Data/Migrations/PostgreSql --namespace ZonaIntegritas.Web.Infrastructure.Data.Migrations.PostgreSql
echo "Added migration $name for Sqlite and PostgreSQL."
