#!/usr/bin/env bash
# CI: make a local PostgreSQL server usable by tests/test_postgres.py and write its URL to .ci/postgres.dsn.
#
# Run as root on Debian. Installs Debian's `postgresql` only when no server is installed, creates the
# cluster (VERSION/main, UTF-8) if there is none, starts it, and makes a superuser role `vnie_test` with a
# password and a database `vnie_test`; the tests create and drop their own database beside it.
# Idempotent and quick when the server is already there: a second run only checks, and keeps the password.
# The server listens on localhost only (Debian's default). Env: VNIE_PG_CLUSTER (default main).
set -euo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" = 0 ] || { echo "setup-postgres: run as root (it may apt-get install and runs psql as postgres)" >&2; exit 1; }
cluster="${VNIE_PG_CLUSTER:-main}"
role=vnie_test
database=vnie_test
dsn_file=.ci/postgres.dsn

server_installed() {
    command -v pg_ctlcluster >/dev/null && compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null
}

if ! server_installed; then
    echo "setup-postgres: installing Debian's postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"

cluster_field() {  # cluster_field N: field N of `pg_lsclusters` for our cluster (3 = port, 4 = status)
    pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" -v n="$1" '$1 == v && $2 == c { print $n }'
}

if [ -z "$(cluster_field 2)" ]; then
    echo "setup-postgres: creating cluster $version/$cluster" >&2
    pg_createcluster --encoding UTF8 --locale C.UTF-8 "$version" "$cluster" >/dev/null
fi
if [[ "$(cluster_field 4)" != online* ]]; then
    pg_ctlcluster "$version" "$cluster" start
fi
port="$(cluster_field 3)"
for _ in $(seq 50); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.2
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "setup-postgres: server on port $port does not answer" >&2; exit 1; }

# Keep the password of an earlier run so that a second run does not break a DSN already in use.
password=""
if [ -f "$dsn_file" ]; then
    password="$(sed -n 's|^postgresql://[^:]*:\([^@]*\)@.*|\1|p' "$dsn_file")"
fi
if [ -z "$password" ]; then
    password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
fi

# The SQL goes on stdin, so the password never shows in the process list.
runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres >/dev/null <<SQL
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role; END IF;
END \$\$;
ALTER ROLE $role WITH LOGIN SUPERUSER PASSWORD '$password';
SELECT 'CREATE DATABASE $database OWNER $role ENCODING ''UTF8'' LC_COLLATE ''C'' LC_CTYPE ''C'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database') \gexec
SQL

umask 077
echo "postgresql://$role:$password@127.0.0.1:$port/$database" >"$dsn_file"
echo "setup-postgres: PostgreSQL $version/$cluster on 127.0.0.1:$port, DSN in $dsn_file" >&2
