#!/usr/bin/env bash
# Starts the packaged jar for the browser tests, on a database of its own that starts empty:
#   serve.sh sqlite|postgresql PORT
set -euo pipefail
database=$1
port=$2
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../../target/readtrack.jar"
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package first" >&2; exit 1; }
data=$(mktemp -d "${TMPDIR:-/tmp}/readtrack-e2e-$database.XXXXXX")
export READTRACK_DATA_DIR="$data" PORT="$port"
export READTRACK_ADMIN_USERNAME=admin READTRACK_ADMIN_EMAIL=admin@example.org READTRACK_ADMIN_PASSWORD=Admin-Passphrase-42
# every test registers and signs in from this one address
export READTRACK_THROTTLE_ENABLED=false
if [ "$database" = postgresql ]; then
  name=readtrack_e2e_$port
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name"
  export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$name"
fi
exec java -Xmx512m -jar "$jar"
