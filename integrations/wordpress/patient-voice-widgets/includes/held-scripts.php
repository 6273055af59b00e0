<?php
/**
 * Scripts held until consent: the settings' list of `handle category…`
 * lines, checked against the script handles the site's pages register, and
 * matched on the front end with the handle exactly as WordPress gives it.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The option recording the script handles the site's pages registered
 * (handle → 1 for a theme's or plugin's script, 0 for WordPress's own).
 */
const PVW_HANDLES_OPTION = 'pvw_script_handles';

/**
 * Handles of this plugin's own scripts, which cannot be held.
 *
 * @return string[]
 */
function pvw_own_handles() {
	return array( 'patient-voice-autoloader', 'patient-voice-block-editor' );
}

/**
 * Parses the "scripts held until consent" text. Pure: returns what it
 * understood and the problems, for the caller to word.
 *
 * @param string                  $text       One `handle category…` per line (categories separated by spaces or commas).
 * @param string[]                $categories The categories that exist.
 * @param array<string, int>|null $known      Registered handles (handle → 1 or 0), or null not to check them.
 * @return array{held: array<string, string>, problems: array<int, array{line: int, text: string, problem: string, value: string}>}
 */
function pvw_parse_held( $text, array $categories, $known = null ) {
	$held     = array();
	$problems = array();
	foreach ( preg_split( '/\r\n|\r|\n/', (string) $text ) as $index => $line ) {
		$line = trim( $line );
		if ( '' === $line ) {
			continue;
		}
		$parts  = preg_split( '/[\s,]+/', $line, -1, PREG_SPLIT_NO_EMPTY );
		$handle = array_shift( $parts );
		$report = function ( $problem, $value ) use ( &$problems, $index, $line ) {
			$problems[] = array(
				'line'    => $index + 1,
				'text'    => $line,
				'problem' => $problem,
				'value'   => $value,
			);
		};
		if ( ! preg_match( '/^[A-Za-z0-9][A-Za-z0-9._:\/-]{0,99}$/', $handle ) ) {
			$report( 'handle-invalid', $handle );
			continue;
		}
		if ( ! $parts ) {
			$report( 'no-category', $handle );
			continue;
		}
		if ( in_array( $handle, pvw_own_handles(), true ) ) {
			$report( 'handle-own', $handle );
			continue;
		}
		if ( is_array( $known ) && ! isset( $known[ $handle ] ) ) {
			$report( 'handle-unknown', $handle );
			continue;
		}
		$unknown = array_diff( $parts, $categories );
		if ( $unknown ) {
			$report( 'category-unknown', implode( ' ', $unknown ) );
			continue;
		}
		if ( isset( $held[ $handle ] ) ) {
			$report( 'handle-twice', $handle );
			continue;
		}
		$held[ $handle ] = implode( ' ', array_values( array_unique( $parts ) ) );
	}
	return array(
		'held'     => $held,
		'problems' => $problems,
	);
}

/**
 * The saved held scripts: handle (exactly as registered) → categories.
 *
 * @return array<string, string>
 */
function pvw_held_scripts() {
	static $cache = array();
	$text         = (string) pvw_settings()['gated'];
	if ( ! isset( $cache[ $text ] ) ) {
		$cache[ $text ] = pvw_parse_held( $text, pvw_categories() )['held'];
	}
	return $cache[ $text ];
}

/**
 * The origin (`scheme://host[:port]`) of a script's address, as the consent
 * banner's `allowed-origins` takes it. A root-relative or relative address is
 * resolved against `$base` (WordPress prefixes its scripts' base URL), a
 * protocol-relative one takes `$base`'s scheme. Pure.
 *
 * @param string $src  The script's address.
 * @param string $base The address relative ones are resolved against.
 * @return string The origin, or '' when it is not http(s).
 */
function pvw_url_origin( $src, $base ) {
	$src = trim( (string) $src );
	if ( '' === $src ) {
		return '';
	}
	$parts = wp_parse_url( $src );
	if ( ! is_array( $parts ) ) {
		return '';
	}
	if ( ! isset( $parts['host'] ) ) {
		return isset( $parts['scheme'] ) ? '' : pvw_url_origin( $base, '' );
	}
	$scheme = isset( $parts['scheme'] ) ? strtolower( $parts['scheme'] ) : strtolower( (string) wp_parse_url( $base, PHP_URL_SCHEME ) );
	if ( 'http' !== $scheme && 'https' !== $scheme ) {
		return '';
	}
	$port = isset( $parts['port'] ) ? (int) $parts['port'] : 0;
	$port = ( 'http' === $scheme && 80 === $port ) || ( 'https' === $scheme && 443 === $port ) ? 0 : $port;
	return $scheme . '://' . strtolower( $parts['host'] ) . ( $port ? ':' . $port : '' );
}

/**
 * The origins of the held scripts' addresses (registered handles only), for
 * the banner's `allowed-origins`: the consent gate starts a script from
 * another origin only when the banner lists it. The site's own origin is
 * listed too, as WordPress writes it (a page reached under another host name
 * is another origin).
 *
 * @return string[] Sorted, each once.
 */
function pvw_held_origins() {
	$scripts = wp_scripts();
	$base    = $scripts->base_url ? $scripts->base_url : site_url();
	$origins = array();
	foreach ( array_keys( pvw_held_scripts() ) as $handle ) {
		$script = isset( $scripts->registered[ $handle ] ) ? $scripts->registered[ $handle ] : null;
		if ( $script && is_string( $script->src ) ) {
			$origin = pvw_url_origin( $script->src, $base );
			if ( '' !== $origin ) {
				$origins[ $origin ] = true;
			}
		}
	}
	$origins = array_keys( $origins );
	sort( $origins, SORT_STRING );
	return $origins;
}

/**
 * The script handles the site's pages registered so far.
 *
 * @return array<string, int> Handle → 1 (a theme's or plugin's script) or 0 (WordPress's own).
 */
function pvw_known_handles() {
	$known = get_option( PVW_HANDLES_OPTION, array() );
	$known = is_array( $known ) ? $known : array();
	// The scripts registered in this (admin) request count too.
	foreach ( wp_scripts()->registered as $handle => $script ) {
		if ( ! isset( $known[ $handle ] ) ) {
			$known[ $handle ] = pvw_is_third_party_script( $script ) ? 1 : 0;
		}
	}
	ksort( $known, SORT_STRING | SORT_FLAG_CASE );
	return $known;
}

/**
 * Whether a registered script is a theme's or plugin's (not WordPress's own).
 *
 * @param _WP_Dependency $script The registered script.
 * @return bool
 */
function pvw_is_third_party_script( $script ) {
	$src = is_string( $script->src ) ? $script->src : '';
	if ( '' === $src ) {
		return false;
	}
	$path = (string) wp_parse_url( $src, PHP_URL_PATH );
	return 0 !== strpos( $path, '/wp-includes/' ) && 0 !== strpos( $path, '/wp-admin/' );
}

/**
 * On the front end's footer: adds the handles registered on this page that
 * were not recorded yet (one option write only when there are new ones).
 */
function pvw_record_script_handles() {
	if ( is_admin() || wp_doing_ajax() ) {
		return;
	}
	$known = get_option( PVW_HANDLES_OPTION, array() );
	$known = is_array( $known ) ? $known : array();
	$added = false;
	foreach ( wp_scripts()->registered as $handle => $script ) {
		if ( ! isset( $known[ $handle ] ) && count( $known ) < 2000 ) {
			$known[ $handle ] = pvw_is_third_party_script( $script ) ? 1 : 0;
			$added            = true;
		}
	}
	if ( $added ) {
		update_option( PVW_HANDLES_OPTION, $known, true );
	}
}

/**
 * Words one problem of pvw_parse_held() for the settings page.
 *
 * @param array{line: int, text: string, problem: string, value: string} $p The problem.
 * @return string Plain text (escaped when shown).
 */
function pvw_held_problem_message( array $p ) {
	switch ( $p['problem'] ) {
		case 'handle-invalid':
			/* translators: %s: what was typed as a handle. */
			$why = sprintf( __( '"%s" is not a script handle (letters, digits, and . _ - : / only).', 'patient-voice-widgets' ), $p['value'] );
			break;
		case 'no-category':
			$why = __( 'a category is missing after the handle.', 'patient-voice-widgets' );
			break;
		case 'handle-own':
			$why = __( 'this plugin\'s own scripts cannot be held (the banner needs them).', 'patient-voice-widgets' );
			break;
		case 'handle-unknown':
			/* translators: %s: the script handle. */
			$why = sprintf( __( 'no page of this site has registered a script with the handle "%s" (handles are case-sensitive; if the script is only on some pages, visit one of them and save again).', 'patient-voice-widgets' ), $p['value'] );
			break;
		case 'category-unknown':
			/* translators: 1: the categories typed, 2: the categories that exist. */
			$why = sprintf( __( 'the category "%1$s" does not exist (use %2$s).', 'patient-voice-widgets' ), $p['value'], implode( ', ', pvw_categories() ) );
			break;
		default:
			/* translators: %s: the script handle. */
			$why = sprintf( __( 'the handle "%s" is already listed above.', 'patient-voice-widgets' ), $p['value'] );
	}
	/* translators: 1: the line number, 2: the line as typed, 3: why it was refused. */
	return sprintf( __( 'Scripts held until consent, line %1$d ("%2$s"): %3$s This line was not saved.', 'patient-voice-widgets' ), $p['line'], $p['text'], $why );
}
