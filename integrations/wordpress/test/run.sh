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
PACKAGES=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php php-mysql php-cli php-xml php-mbstring mariadb-server gettext)
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

# The shared kit (WordPress 7.1, PHP_CodeSniffer with the WordPress standards),
# for machines that cannot download them.
KIT=${PV_WORDPRESS_KIT:-$ROOT/../shared/wordpress-kit}
PRE_PASSED=0
PRE_FAILED=0

# --- 3. Temporary directory, cleanup ----------------------------------------------
WORK=$(mktemp -d /tmp/pv-wordpress.XXXXXX)
chmod 755 "$WORK"
ID=$(basename "$WORK" | tr -cd 'a-zA-Z0-9')
CONFIG_NAME="pve2e-$ID"
CONFIG_FILE="/etc/wordpress/config-$CONFIG_NAME.php"
MS_CONFIG_NAME="pve2e-ms-$ID"
MS_CONFIG_FILE="/etc/wordpress/config-$MS_CONFIG_NAME.php"
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
  rm -f "$CONFIG_FILE" "$MS_CONFIG_FILE"
  if [ "$KEEP" = 1 ]; then log "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM


# --- 3a. Translations: the .pot matches the sources (xgettext) and every .po translates every string.
if node "$ROOT/integrations/wordpress/i18n.mjs" check >"$WORK/i18n.txt" 2>&1; then
  PRE_PASSED=$((PRE_PASSED + 1))
  echo "  ok    translations: $(tail -n 1 "$WORK/i18n.txt" | sed 's/^i18n: //')"
else
  PRE_FAILED=$((PRE_FAILED + 1))
  echo "  FAIL  translations:"
  sed 's/^/        /' "$WORK/i18n.txt"
fi

# --- 3b. PHP_CodeSniffer: WordPress and PHPCompatibility (PHP 7.4+), 0 errors, 0 warnings -------
# On the built plugin folder (its generated PHP included), from the kit.
if [ -f "$KIT/phpcs-kit.tar.xz" ]; then
  tar -xJf "$KIT/phpcs-kit.tar.xz" -C "$WORK"
  K="$WORK/phpcs-kit"
  if php "$K/phpcs/bin/phpcs" \
    --runtime-set installed_paths "$K/wpcs,$K/phpcsutils/PHPCSUtils,$K/phpcsextra,$K/phpcompat,$K/varanalysis/VariableAnalysis" \
    --standard="$ROOT/integrations/wordpress/phpcs.xml.dist" --report=summary --report-width=100 \
    "$ROOT/integrations/wordpress/dist/patient-voice-widgets" >"$WORK/phpcs.txt" 2>&1; then
    PRE_PASSED=$((PRE_PASSED + 1))
    echo "  ok    PHPCS (WordPress, PHPCompatibility 7.4-): 0 errors, 0 warnings"
  else
    PRE_FAILED=$((PRE_FAILED + 1))
    echo "  FAIL  PHPCS (WordPress, PHPCompatibility 7.4-) found problems:"
    sed 's/^/        /' "$WORK/phpcs.txt"
    echo "        (details: php $K/phpcs/bin/phpcs --standard=integrations/wordpress/phpcs.xml.dist …; phpcbf fixes some)"
  fi
else
  echo "wordpress: !!!!! SKIPPED PHPCS (WordPress, PHPCompatibility): no $KIT/phpcs-kit.tar.xz (set PV_WORDPRESS_KIT to the kit's folder) !!!!!"
fi

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
SOCK="$WORK/mysqld.sock"
fail_setup() {
  log "setup failed: $*"
  for f in "$WORK"/mysqld.log "$WORK"/*/apache-error.log "$WORK"/apache-error.log; do [ -s "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }; done
  echo "wordpress: $PRE_PASSED passed, $((PRE_FAILED + 1)) failed"
  exit 1
}

# The sites: Debian's WordPress 6.1 (its /usr/share/wordpress, configured
# through /etc/wordpress/config-<name>.php) and, when the kit has it,
# WordPress 7.1 unpacked into its own document root with its own wp-config.php.
# Each has its own database, port, content directory and logs under $WORK/<site>/.
SITES=(wp61)
if [ -f "$KIT/wordpress-7.1.0.tar.xz" ]; then
  SITES+=(wp71)
else
  echo "wordpress: !!!!! SKIPPED WordPress 7.1: no $KIT/wordpress-7.1.0.tar.xz (set PV_WORDPRESS_KIT to the kit's folder); testing 6.1 only !!!!!"
fi
declare -A DOCROOT PORT
DOCROOT[wp61]=/usr/share/wordpress
DOCROOT[wp71]="$WORK/wp71/wordpress"

# --- 4. MariaDB, socket only ---------------------------------------------------------
log "MariaDB on $SOCK (no TCP)"
mariadb-install-db --no-defaults --datadir="$WORK/mysql" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$WORK/mysql-install.log" 2>&1 || fail_setup "mariadb-install-db (see $WORK/mysql-install.log)"
"$MARIADBD" --no-defaults --datadir="$WORK/mysql" --socket="$SOCK" --skip-networking --user=root \
  --pid-file="$WORK/mysqld.pid" --log-error="$WORK/mysqld.log" --skip-log-bin >/dev/null 2>&1 &
for _ in $(seq 100); do [ -S "$SOCK" ] && break; sleep 0.1; done
[ -S "$SOCK" ] || fail_setup "MariaDB did not start"
for _ in $(seq 50); do [ -f "$WORK/mysqld.pid" ] && break; sleep 0.1; done

# --- 5. Each site's database, configuration and content directory ---------------------------
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
site_config() { # site url content-dir db-name db-password → the PHP configuration
  cat <<EOF
<?php
// Temporary configuration of the patient-voice-widgets WordPress test; removed when the test ends.
define( 'DB_NAME', '$4' );
define( 'DB_USER', '$4' );
define( 'DB_PASSWORD', '$5' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'PVE2E_CROSS_ORIGIN', 'http://127.0.0.1:$CROSS_PORT' );
define( 'WP_HOME', '$2' );
define( 'WP_SITEURL', '$2' );
define( 'WP_CONTENT_DIR', '$3' );
define( 'WP_CONTENT_URL', '$2/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$WORK/$1/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', true );
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
}

# A second origin (its own port) serving the stand-in tracker, as an analytics
# service serves its script: the banner must list it in allowed-origins.
CROSS_PORT=$(free_port)
mkdir -p "$WORK/cross/stats"
cp "$ROOT/integrations/wordpress/test/fixtures/pv-e2e-tracker.js" "$WORK/cross/stats/"
chmod -R a+rX "$WORK/cross"
VHOSTS="
Listen 127.0.0.1:${CROSS_PORT}
<VirtualHost 127.0.0.1:${CROSS_PORT}>
  DocumentRoot \"$WORK/cross\"
  ErrorLog \"$WORK/apache-error.log\"
</VirtualHost>
<Directory \"$WORK/cross\">
  Require all granted
</Directory>"
for site in "${SITES[@]}"; do
  dir="$WORK/$site"
  content="$dir/wp-content"
  mkdir -p "$content/plugins" "$content/themes" "$content/uploads" "$content/mu-plugins"
  PORT[$site]=$(free_port)
  url="http://127.0.0.1:${PORT[$site]}"
  pass=$(head -c 18 /dev/urandom | base64 | tr -cd 'a-zA-Z0-9')
  mariadb --no-defaults -S "$SOCK" -u root -e "CREATE DATABASE $site CHARACTER SET utf8mb4; CREATE USER '$site'@'localhost' IDENTIFIED BY '$pass'; GRANT ALL ON $site.* TO '$site'@'localhost';" \
    || fail_setup "could not create the database $site"
  if [ "$site" = wp71 ]; then
    tar -xJf "$KIT/wordpress-7.1.0.tar.xz" -C "$dir" || fail_setup "could not unpack WordPress 7.1"
    ln -s "${DOCROOT[$site]}/wp-content/themes/twentytwentythree" "$content/themes/twentytwentythree"
    { site_config "$site" "$url" "$content" "$site" "$pass"
      echo "if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }"
      echo "require_once ABSPATH . 'wp-settings.php';"; } >"${DOCROOT[$site]}/wp-config.php"
    chmod 644 "${DOCROOT[$site]}/wp-config.php"
    env_line=""
  else
    ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$content/themes/twentytwentythree"
    site_config "$site" "$url" "$content" "$site" "$pass" >"$CONFIG_FILE"
    chmod 644 "$CONFIG_FILE"
    env_line="SetEnv WORDPRESS_CONFIG $CONFIG_NAME"
  fi
  cp "$ROOT/integrations/wordpress/test/fixtures/pv-e2e.php" "$ROOT/integrations/wordpress/test/fixtures/pv-e2e-tracker.js" \
    "$ROOT/integrations/wordpress/test/fixtures/pv-e2e-mixed.js" "$ROOT/integrations/wordpress/test/fixtures/pv-e2e-consent-log.php" "$content/mu-plugins/"
  touch "$dir/debug.log" "$dir/php-errors.jsonl" "$dir/apache-error.log"
  chown -R www-data:www-data "$content/uploads" "$dir/debug.log" "$dir/php-errors.jsonl"
  chmod 755 "$dir"
  VHOSTS+="
Listen 127.0.0.1:${PORT[$site]}
<VirtualHost 127.0.0.1:${PORT[$site]}>
  DocumentRoot \"${DOCROOT[$site]}\"
  ErrorLog \"$dir/apache-error.log\"
  $env_line
  Alias /wp-content \"$content\"
</VirtualHost>
<Directory \"${DOCROOT[$site]}\">
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory \"$content\">
  Options FollowSymLinks
  Require all granted
</Directory>"
done

# --- 6. Apache with PHP on 127.0.0.1 only, one port per site -----------------------------------
cat >"$APACHE_CONF" <<EOF
ServerRoot "$WORK"
ServerName 127.0.0.1
PidFile "$WORK/apache2.pid"
DefaultRuntimeDir "$WORK"
Mutex file:$WORK default
User www-data
Group www-data
ErrorLog "$WORK/apache-error.log"
LogLevel warn
LogFormat "%h %p \"%r\" %>s %b" short
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
DirectoryIndex index.php index.html
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  Options None
  AllowOverride None
  Require all denied
</Directory>
$VHOSTS
EOF
log "Apache on $(for s in "${SITES[@]}"; do printf '127.0.0.1:%s (%s) ' "${PORT[$s]}" "$s"; done)"
"$APACHE" -f "$APACHE_CONF" -k start || fail_setup "Apache did not start"
for _ in $(seq 50); do [ -f "$WORK/apache2.pid" ] && break; sleep 0.1; done

# --- 7. WordPress: install, theme, plugin from the zip, users ------------------------------
for site in "${SITES[@]}"; do
  dir="$WORK/$site"
  WORDPRESS_CONFIG="$CONFIG_NAME" HTTP_HOST="127.0.0.1:${PORT[$site]}" PV_WP_ROOT="${DOCROOT[$site]}" \
    php "$ROOT/integrations/wordpress/test/fixtures/setup.php" "$ZIP" >"$dir/credentials.json" 2>"$dir/setup.log" \
    || { cat "$dir/setup.log"; fail_setup "WordPress setup ($site)"; }
  chmod 600 "$dir/credentials.json"
  log "WordPress $(php -r "include '${DOCROOT[$site]}/wp-includes/version.php'; echo \$wp_version;") installed on 127.0.0.1:${PORT[$site]}; plugin unzipped from $(basename "$ZIP")"
done

# --- 8. The end-to-end checks, one site after the other -------------------------------------
# (e2e.mjs prints its time and `wordpress <version>: N passed, N failed`; the
# last line here adds them up.)
PASSED=$PRE_PASSED
FAILED=$PRE_FAILED
set +e
for site in "${SITES[@]}"; do
  version=$(php -r "include '${DOCROOT[$site]}/wp-includes/version.php'; echo \$wp_version;")
  shots=""
  [ "$site" = "${SITES[-1]}" ] && shots="$SHOTS" # the screenshots from the newest WordPress
  WORDPRESS_CONFIG="$CONFIG_NAME" HTTP_HOST="127.0.0.1:${PORT[$site]}" PV_WP_ROOT="${DOCROOT[$site]}" \
    PV_WP_URL="http://127.0.0.1:${PORT[$site]}" PV_WP_CROSS="http://127.0.0.1:${CROSS_PORT}" PV_WP_WORK="$WORK/$site" PV_WP_VERSION="$version" PV_WP_SHOTS="$shots" \
    node "$ROOT/integrations/wordpress/test/e2e.mjs" | tee "$WORK/$site/e2e.txt"
  line=$(grep -E "^wordpress $version: [0-9]+ passed, [0-9]+ failed" "$WORK/$site/e2e.txt" | tail -n 1)
  if [ -z "$line" ]; then
    FAILED=$((FAILED + 1))
  else
    PASSED=$((PASSED + $(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')))
    FAILED=$((FAILED + $(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
  fi
done

# --- 9. Multisite: deleting the plugin cleans every site of a network of more than 100 -------------
# A network of its own on Debian's WordPress 6.1 (database, configuration and
# content directory), driven by PHP's CLI (fixtures/multisite.php): 150 sites
# besides the main one, each with the plugin's options, consent log table and
# daily purge; then uninstall.php, as deleting the plugin on the Plugins
# screen runs it; then none may be left.
MS_SITES=150
ms_started=$(date +%s)
ms_dir="$WORK/wpms"
mkdir -p "$ms_dir/wp-content/plugins" "$ms_dir/wp-content/uploads"
ms_pass=$(head -c 18 /dev/urandom | base64 | tr -cd 'a-zA-Z0-9')
ms_env=(env WORDPRESS_CONFIG="$MS_CONFIG_NAME" HTTP_HOST=network.pve2e.invalid REQUEST_URI=/ PV_WP_ROOT=/usr/share/wordpress)
ms_ok=0
if mariadb --no-defaults -S "$SOCK" -u root -e "CREATE DATABASE wpms CHARACTER SET utf8mb4; CREATE USER 'wpms'@'localhost' IDENTIFIED BY '$ms_pass'; GRANT ALL ON wpms.* TO 'wpms'@'localhost';"; then
  { site_config wpms http://network.pve2e.invalid "$ms_dir/wp-content" wpms "$ms_pass"
    echo "define( 'DOMAIN_CURRENT_SITE', 'network.pve2e.invalid' );"
    echo "define( 'PATH_CURRENT_SITE', '/' );"; } >"$MS_CONFIG_FILE"
  touch "$ms_dir/debug.log"
  if "${ms_env[@]}" php "$ROOT/integrations/wordpress/test/fixtures/multisite.php" network >"$ms_dir/network.json" 2>"$ms_dir/setup.log"; then
    { echo "define( 'MULTISITE', true );"
      echo "define( 'SUBDOMAIN_INSTALL', false );"
      echo "define( 'SITE_ID_CURRENT_SITE', 1 );"
      echo "define( 'BLOG_ID_CURRENT_SITE', 1 );"; } >>"$MS_CONFIG_FILE"
    if "${ms_env[@]}" php "$ROOT/integrations/wordpress/test/fixtures/multisite.php" sites "$MS_SITES" "$ZIP" >"$ms_dir/sites.json" 2>>"$ms_dir/setup.log" \
      && "${ms_env[@]}" php "$ROOT/integrations/wordpress/test/fixtures/multisite.php" uninstall >"$ms_dir/uninstall.json" 2>>"$ms_dir/setup.log"; then
      ms_ok=1
    fi
  fi
fi
ms_sites=$((MS_SITES + 1))
ms_expected_before="{\"sites\":$ms_sites,\"options\":$ms_sites,\"tables\":$ms_sites,\"cron\":$ms_sites}"
ms_expected_after="{\"sites\":$ms_sites,\"options\":0,\"tables\":0,\"cron\":0}"
ms_result=$(tail -n 1 "$ms_dir/uninstall.json" 2>/dev/null || true)
ms_php=$(grep 'PHP ' "$ms_dir/debug.log" 2>/dev/null | grep -c '/plugins/patient-voice-widgets/' || true)
if [ "$ms_ok" = 1 ] && [ "$ms_result" = "{\"before\":$ms_expected_before,\"after\":$ms_expected_after}" ] && [ "${ms_php:-0}" = 0 ]; then
  PASSED=$((PASSED + 1))
  echo "  ok    multisite (WordPress 6.1, $ms_sites sites): deleting the plugin removes its options, consent log table and daily purge from every site ($(( $(date +%s) - ms_started )) s)"
else
  FAILED=$((FAILED + 1))
  echo "  FAIL  multisite (WordPress 6.1, $ms_sites sites): expected {\"before\":$ms_expected_before,\"after\":$ms_expected_after}"
  echo "        got ${ms_result:-nothing}; the plugin's PHP messages in its debug.log: ${ms_php:-?}"
  sed 's/^/        /' "$ms_dir/setup.log" | tail -n 20
  grep 'PHP ' "$ms_dir/debug.log" 2>/dev/null | grep '/plugins/patient-voice-widgets/' | head -n 5 | sed 's/^/        /'
fi

set -e
log "$(( $(date +%s) - started )) s in all (setup, PHPCS and ${#SITES[@]} site(s))"
echo "wordpress: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
