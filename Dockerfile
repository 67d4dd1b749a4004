# syntax=docker/dockerfile:1
# The portal as a container image: docker compose up -d (see README, "Container").
# Build alone: docker build -t zonaintegritas .

# 1. Front-end packages (Bootstrap, Bootstrap Icons, htmx, Chart.js) exactly as package-lock.json pins them.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/src/ZonaIntegritas.Web
COPY src/ZonaIntegritas.Web/package.json src/ZonaIntegritas.Web/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

# 2. Publish. The SDK image has no node: SkipNpm=true skips the csproj's npm step and the build copies the
#    dist files from the frontend stage's node_modules into wwwroot/lib (target CopyFrontEndLibs).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ZonaIntegritas.Web/ZonaIntegritas.Web.csproj src/ZonaIntegritas.Web/
RUN dotnet restore src/ZonaIntegritas.Web/ZonaIntegritas.Web.csproj
COPY src/ src/
COPY --from=frontend /src/src/ZonaIntegritas.Web/node_modules src/ZonaIntegritas.Web/node_modules
RUN dotnet publish src/ZonaIntegritas.Web/ZonaIntegritas.Web.csproj -c Release -o /app \
        --no-restore -p:SkipNpm=true -p:UseAppHost=false

# 3. Runtime: ASP.NET Core only, non-root user "app" (from the base image), data under /data.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Storage__DataPath=/data \
    Serilog__WriteTo__1__Args__path=/data/logs/zonaintegritas-.log
RUN mkdir -p /data && chown "$APP_UID" /data
COPY --from=build /app ./
USER $APP_UID
VOLUME ["/data"]
EXPOSE 8080
# /health answers 200 without touching the database; bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "ZonaIntegritas.Web.dll"]
