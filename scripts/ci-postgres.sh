#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL on 127.0.0.1 for the tests of the server's scale
# path, and prints the TEST_DATABASE_URL to use. Idempotent: safe to run on a machine where it already runs.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /etc/postgresql/*/main/postgresql.conf >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
conf=/etc/postgresql/$version/main/postgresql.conf
grep -q "^listen_addresses = '127.0.0.1'" "$conf" || echo "listen_addresses = '127.0.0.1'" >> "$conf"
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname='mentor_match'\"" | grep -q 1 ||
  su postgres -c "psql -q -c \"CREATE ROLE mentor_match LOGIN PASSWORD 'mentor_match' CREATEDB\""
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='mentor_match_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O mentor_match mentor_match_test"
echo "postgres://mentor_match:mentor_match@127.0.0.1:5432/mentor_match_test"
