#!/usr/bin/env bash
# End-to-end test of the WordPress plugin against a real WordPress from
# Debian's packages (`npm run test:wordpress`).
#
# - installs the packages if they are missing (Apache is kept from starting
#   on port 80 during the install by a temporary /usr/sbin/policy-rc.d);
# - builds the plugin zip (`npm run build:wordpress`);
# - sets everything up in a temporary directory: MariaDB on a socket only
#   (--skip-networking), Apache with PHP on 127.0.0.1:<free port> from a
#   private config, WordPress installed with wp_install() and the plugin
#   unzipped from the zip;
# - runs integrations/wordpress/test/e2e.mjs (headless Chromium);
# - stops every server it started and removes what it created, also on failure.
#
# Needs root (packages, Apache dropping to www-data, /etc/wordpress). The
# last line is `wordpress: N passed, N failed`; the exit code is non-zero on
# any failure. Options: --keep (leave the temporary directory for
# inspection), --screenshots DIR (write the settings page's screenshots there).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
ARGS=("$@")

KEEP=0
SHOTS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) KEEP=1 ;;
    --screenshots) SHOTS=$(realpath -m "$2"); shift ;;
    *) echo "wordpress: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo -E bash "$ROOT/integrations/wordpress/test/run.sh" "${ARGS[@]}"
  fi
  echo "wordpress: run as root (packages, Apache, /etc/wordpress)" >&2
  echo "wordpress: 0 passed, 1 failed"
  exit 1
fi

log() { echo "wordpress: $*"; }
started=$(date +%s)

# --- 1. Debian packages -------------------------------------------------------
PACKAGES=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php php-mysql php-cli mariadb-server)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# Temporary: keep services from starting during the test install.\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  install_ok=0
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null && install_ok=1
  [ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  if [ "$install_ok" != 1 ]; then
    log "the package install failed"
    echo "wordpress: 0 passed, 1 failed"
    exit 1
  fi
fi
for bin in apache2 mariadbd mariadb-install-db mariadb php; do
  command -v "$bin" >/dev/null 2>&1 || [ -x "/usr/sbin/$bin" ] || { log "$bin is missing"; echo "wordpress: 0 passed, 1 failed"; exit 1; }
done
APACHE=$(command -v apache2 || echo /usr/sbin/apache2)
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)
PHPMOD=$(ls /usr/lib/apache2/modules/libphp*.so | head -n 1)

# --- 2. The plugin zip ----------------------------------------------------------
npm run --silent build:wordpress || { log "the plugin build failed"; echo "wordpress: 0 passed, 1 failed"; exit 1; }
ZIP="$ROOT/integrations/wordpress/dist/patient-voice-widgets.zip"

# --- 3. Temporary directory, cleanup ----------------------------------------------
WORK=$(mktemp -d /tmp/pv-wordpress.XXXXXX)
chmod 755 "$WORK"
ID=$(basename "$WORK" | tr -cd 'a-zA-Z0-9')
CONFIG_NAME="pve2e-$ID"
CONFIG_FILE="/etc/wordpress/config-$CONFIG_NAME.php"
APACHE_CONF="$WORK/apache2.conf"

cleanup() {
  set +e
  if [ -f "$WORK/apache2.pid" ]; then
    "$APACHE" -f "$APACHE_CONF" -k stop >/dev/null 2>&1
    for _ in $(seq 50); do [ -f "$WORK/apache2.pid" ] || break; sleep 0.1; done
    [ -f "$WORK/apache2.pid" ] && kill "$(cat "$WORK/apache2.pid")" 2>/dev/null
  fi
  if [ -f "$WORK/mysqld.pid" ]; then
    pid=$(cat "$WORK/mysqld.pid")
    kill "$pid" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  fi
  rm -f "$CONFIG_FILE"
  if [ "$KEEP" = 1 ]; then log "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail_setup() {
  log "setup failed: $*"
  for f in "$WORK"/mysqld.log "$WORK"/apache-error.log; do [ -s "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }; done
  echo "wordpress: 0 passed, 1 failed"
  exit 1
}

PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
URL="http://127.0.0.1:$PORT"
SOCK="$WORK/mysqld.sock"
DB_PASS=$(head -c 18 /dev/urandom | base64 | tr -cd 'a-zA-Z0-9')

# --- 4. MariaDB, socket only ---------------------------------------------------------
log "MariaDB on $SOCK (no TCP)"
mariadb-install-db --no-defaults --datadir="$WORK/mysql" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$WORK/mysql-install.log" 2>&1 || fail_setup "mariadb-install-db (see $WORK/mysql-install.log)"
"$MARIADBD" --no-defaults --datadir="$WORK/mysql" --socket="$SOCK" --skip-networking --user=root \
  --pid-file="$WORK/mysqld.pid" --log-error="$WORK/mysqld.log" --skip-log-bin >/dev/null 2>&1 &
for _ in $(seq 100); do [ -S "$SOCK" ] && break; sleep 0.1; done
[ -S "$SOCK" ] || fail_setup "MariaDB did not start"
for _ in $(seq 50); do [ -f "$WORK/mysqld.pid" ] && break; sleep 0.1; done
mariadb --no-defaults -S "$SOCK" -u root -e "CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY '$DB_PASS'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';" \
  || fail_setup "could not create the database"

# --- 5. WordPress's configuration and content directory ---------------------------------
CONTENT="$WORK/wp-content"
mkdir -p "$CONTENT/plugins" "$CONTENT/themes" "$CONTENT/uploads" "$CONTENT/mu-plugins"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$CONTENT/themes/twentytwentythree"
cp "$ROOT/integrations/wordpress/test/fixtures/pv-e2e.php" "$ROOT/integrations/wordpress/test/fixtures/pv-e2e-tracker.js" \
  "$ROOT/integrations/wordpress/test/fixtures/pv-e2e-mixed.js" "$CONTENT/mu-plugins/"
touch "$WORK/debug.log" "$WORK/php-errors.jsonl"
chown -R www-data:www-data "$CONTENT/uploads" "$WORK/debug.log" "$WORK/php-errors.jsonl"

salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
cat >"$CONFIG_FILE" <<EOF
<?php
// Temporary configuration of the patient-voice-widgets WordPress test; removed when the test ends.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', '$DB_PASS' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '$URL' );
define( 'WP_SITEURL', '$URL' );
define( 'WP_CONTENT_DIR', '$CONTENT' );
define( 'WP_CONTENT_URL', '$URL/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$WORK/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
\$table_prefix = 'wp_';
EOF
chmod 644 "$CONFIG_FILE"

# --- 6. Apache with PHP on 127.0.0.1 only ------------------------------------------------
cat >"$APACHE_CONF" <<EOF
ServerRoot "$WORK"
ServerName 127.0.0.1
Listen 127.0.0.1:$PORT
PidFile "$WORK/apache2.pid"
DefaultRuntimeDir "$WORK"
Mutex file:$WORK default
User www-data
Group www-data
ErrorLog "$WORK/apache-error.log"
LogLevel warn
LogFormat "%h \"%r\" %>s %b" short
CustomLog "$WORK/apache-access.log" short
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module $PHPMOD
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 12
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
SetEnv WORDPRESS_CONFIG $CONFIG_NAME
Alias /wp-content "$CONTENT"
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  Options None
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory "$CONTENT">
  Options FollowSymLinks
  Require all granted
</Directory>
EOF
log "Apache on $URL"
"$APACHE" -f "$APACHE_CONF" -k start || fail_setup "Apache did not start"
for _ in $(seq 50); do [ -f "$WORK/apache2.pid" ] && break; sleep 0.1; done

# --- 7. WordPress: install, theme, plugin from the zip, users ------------------------------
export WORDPRESS_CONFIG="$CONFIG_NAME" HTTP_HOST="127.0.0.1:$PORT"
php "$ROOT/integrations/wordpress/test/fixtures/setup.php" "$ZIP" >"$WORK/credentials.json" 2>"$WORK/setup.log" \
  || { cat "$WORK/setup.log"; fail_setup "WordPress setup"; }
chmod 600 "$WORK/credentials.json"
log "WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;') installed; plugin unzipped from $(basename "$ZIP")"

# --- 8. The end-to-end checks -------------------------------------------------------------
# (e2e.mjs prints the total time, then the summary line, last.)
set +e
PV_WP_URL="$URL" PV_WP_WORK="$WORK" PV_WP_SHOTS="$SHOTS" PV_WP_STARTED="$started" \
  node "$ROOT/integrations/wordpress/test/e2e.mjs"
status=$?
set -e
exit $status
