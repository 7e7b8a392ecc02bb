#!/usr/bin/env bash
# Installs (if missing) Debian's WordPress, PHP's command line with its MySQL driver and MariaDB, starts
# MariaDB, and makes the database user the WordPress test uses (it creates a fresh database of its own for
# each run, named mentor_match_wp_…, and drops it after). Prints the TEST_MARIADB_URL to use.
# Idempotent: safe to run on a machine where everything is installed and running (the test itself runs it
# to start MariaDB when it is installed but stopped).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

need=()
[ -f /usr/share/wordpress/wp-settings.php ] || need+=(wordpress)
# A theme to show the pages with (Debian's wordpress only recommends it).
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || need+=(wordpress-theme-twentytwentythree)
command -v php >/dev/null 2>&1 || need+=(php8.2-cli)
php -m 2>/dev/null | grep -qx mysqli || need+=(php8.2-mysql)
[ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  # No recommends: WordPress's language packs and Apache's extras are not needed (the test serves WordPress
  # with PHP's built-in web server; Apache comes as a dependency of the package and is never started by it).
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# MariaDB: started through its init script (no systemd in containers), answering on its Unix socket.
if ! mariadb-admin --protocol=socket ping >/dev/null 2>&1; then
  /etc/init.d/mariadb start >/dev/null 2>&1 || service mariadb start >/dev/null
fi
for _ in $(seq 1 30); do
  mariadb-admin --protocol=socket ping >/dev/null 2>&1 && break
  sleep 1
done

# The test's user may create, use and drop databases named mentor_match_wp_… and nothing else.
mariadb --protocol=socket <<'SQL'
CREATE USER IF NOT EXISTS 'mentor_match'@'localhost' IDENTIFIED BY 'mentor_match';
GRANT ALL PRIVILEGES ON `mentor\_match\_wp\_%`.* TO 'mentor_match'@'localhost';
SQL
echo "mysql://mentor_match:mentor_match@localhost/"
