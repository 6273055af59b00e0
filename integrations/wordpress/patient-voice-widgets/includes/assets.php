<?php
/**
 * Front end: which scripts a page gets, the site-wide consent banner, and
 * scripts held until consent.
 *
 * The library's files are in this plugin's `assets/` folder (copied from the
 * library's `dist/cdn/` by the build) and served by this site: no request
 * leaves it. A page gets the autoloader only when it shows a widget (a
 * shortcode, a placeholder `<div data-pv-widget>` or a widget tag); the
 * banner's code goes on every page while the banner is on.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What the build recorded about the bundled files: the library's version and
 * its widgets (name → tags, from the library's widget list; the autoloader
 * loads every one).
 *
 * @return array{version: string, widgets: array<string, string[]>}
 */
function pvw_build_info() {
	static $info = null;
	if ( null === $info ) {
		$file = PVW_DIR . 'assets/build-info.php';
		$data = is_readable( $file ) ? include $file : array();
		$info = array(
			'version' => isset( $data['version'] ) ? (string) $data['version'] : PVW_VERSION,
			'widgets' => isset( $data['widgets'] ) && is_array( $data['widgets'] ) ? $data['widgets'] : array(),
		);
	}
	return $info;
}

/**
 * Whether the library's files are bundled (a plugin built with `npm run build:wordpress`).
 *
 * @return bool
 */
function pvw_assets_present() {
	return is_readable( PVW_DIR . 'assets/autoloader.js' );
}

/**
 * Registers the autoloader, reserve.js and the preload stylesheet (once). With
 * SCRIPT_DEBUG, the readable (unminified) build of the same code.
 */
function pvw_register_assets() {
	if ( wp_script_is( 'patient-voice-autoloader', 'registered' ) ) {
		return;
	}
	$version = pvw_build_info()['version'];
	$dir     = defined( 'SCRIPT_DEBUG' ) && SCRIPT_DEBUG && is_readable( PVW_DIR . 'assets/dev/autoloader.js' ) ? 'assets/dev/' : 'assets/';
	wp_register_script( 'patient-voice-autoloader', PVW_URL . $dir . 'autoloader.js', array(), $version, false );
	// A classic script, printed where it stands in the head: it keeps the
	// widgets' space from the first paint in browsers that run module scripts
	// after it (Firefox).
	wp_register_script( 'patient-voice-reserve', PVW_URL . $dir . 'reserve.js', array(), $version, false );
	wp_register_style( 'patient-voice-preload', PVW_URL . 'assets/pv-preload.css', array(), $version );
}

/**
 * Enqueues what a page showing widgets needs: the autoloader, which loads
 * each widget's code on first sight. Safe to call many times and late
 * (during the content): scripts enqueued after the head are printed in the footer.
 */
function pvw_enqueue_widgets() {
	if ( ! pvw_assets_present() ) {
		return;
	}
	pvw_register_assets();
	// reserve.js first: WordPress prints the queue in order, and it must run
	// before the widgets' module. Only in the head: printed later, it would
	// keep space under widgets already painted (a shift of its own).
	if ( ! did_action( 'wp_head' ) ) {
		wp_enqueue_script( 'patient-voice-reserve' );
		wp_enqueue_style( 'patient-voice-preload' );
	}
	wp_enqueue_script( 'patient-voice-autoloader' );
}

/**
 * Whether a piece of HTML or post content shows a widget: a shortcode, a
 * placeholder, the block or a widget tag.
 *
 * @param mixed $content Content (shortcodes not yet expanded, or HTML).
 * @return bool
 */
function pvw_has_widgets( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, 'pv' ) ) {
		return false;
	}
	foreach ( array_keys( pvw_widgets() ) as $shortcode ) {
		if ( false !== strpos( $content, '[' . $shortcode ) && has_shortcode( $content, $shortcode ) ) {
			return true;
		}
	}
	foreach ( pvw_widget_tags() as $tag ) {
		if ( false !== stripos( $content, '<' . $tag ) ) {
			return true;
		}
	}
	return false !== strpos( $content, 'data-pv-widget' ) || false !== strpos( $content, '<!-- wp:patient-voice/widget' );
}

/**
 * On `wp_enqueue_scripts`: the banner's code when the banner is on; the
 * autoloader and the preload CSS in the head when the page's own content
 * shows a widget (other widgets are found while the content is rendered).
 */
function pvw_enqueue_for_request() {
	if ( pvw_settings()['banner'] ) {
		pvw_enqueue_widgets();
	}
	if ( is_singular() ) {
		$post = get_queried_object();
		if ( $post instanceof WP_Post && pvw_has_widgets( $post->post_content ) ) {
			pvw_enqueue_widgets();
		}
	}
}

/**
 * Content filter: enqueues the scripts when rendered content holds a widget.
 *
 * @param mixed $content The rendered content.
 * @return mixed The content, unchanged.
 */
function pvw_detect_widgets( $content ) {
	if ( ! is_admin() && pvw_has_widgets( $content ) ) {
		pvw_enqueue_widgets();
	}
	return $content;
}

/**
 * The banner's attributes from the settings, through the `pvw_banner_attributes` filter.
 *
 * @return array<string, string|bool>
 */
function pvw_banner_attributes() {
	$settings   = pvw_settings();
	$policy     = pvw_policy_url( pvw_page_language() );
	$attributes = array(
		'mode'       => $settings['mode'],
		'position'   => $settings['position'],
		'categories' => implode( ' ', (array) $settings['categories'] ),
		'revision'   => $settings['revision'],
		'policy-url' => '' !== $policy ? esc_url_raw( $policy ) : '',
	);
	if ( $settings['log'] ) {
		$attributes['receipt-endpoint'] = pvw_log_endpoint();
	}
	$origins = '' !== $settings['gated'] ? pvw_held_origins() : array();
	if ( $origins ) {
		// The gate refuses a held script from an origin the banner does not list.
		$attributes['allowed-origins'] = implode( ' ', $origins );
	}
	/**
	 * Filters the consent banner's attributes (e.g. to add `expires-days`, `storage` or `heading-level`).
	 *
	 * @param array<string, string|bool> $attributes Attribute name → value (escaped on output).
	 */
	return (array) apply_filters( 'pvw_banner_attributes', $attributes );
}

/**
 * The banner's markup from the settings.
 *
 * @return string
 */
function pvw_banner_html() {
	return '<pv-consent-banner' . pvw_attributes_html( pvw_banner_attributes() ) . '></pv-consent-banner>';
}

/**
 * While the banner is on: prints consent-defaults.js, a classic script, in
 * `<head>` before any other script (hooked on `wp_head` ahead of everything,
 * WordPress's own enqueued scripts included), so Google Consent Mode's
 * default is in `dataLayer` before Google's tag or Tag Manager runs. It reads
 * the stored choice with the banner's `revision` and `storage`.
 */
function pvw_print_consent_defaults() {
	if ( is_admin() || ! pvw_settings()['banner'] || ! is_readable( PVW_DIR . 'assets/consent-defaults.js' ) ) {
		return;
	}
	$banner     = pvw_banner_attributes();
	$dir        = defined( 'SCRIPT_DEBUG' ) && SCRIPT_DEBUG && is_readable( PVW_DIR . 'assets/dev/consent-defaults.js' ) ? 'assets/dev/' : 'assets/';
	$attributes = array( 'src' => add_query_arg( 'ver', rawurlencode( pvw_build_info()['version'] ), PVW_URL . $dir . 'consent-defaults.js' ) );
	foreach ( array( 'revision', 'storage' ) as $name ) {
		if ( isset( $banner[ $name ] ) && is_string( $banner[ $name ] ) && '' !== $banner[ $name ] ) {
			$attributes[ 'data-' . $name ] = $banner[ $name ];
		}
	}
	wp_print_script_tag( $attributes );
}

/**
 * The page's language, as `<html lang>` gives it: Polylang's or WPML's
 * current language when one of them is active, else the locale WordPress
 * renders the page in.
 *
 * @return string 'fr' or 'en'.
 */
function pvw_page_language() {
	$code = '';
	if ( function_exists( 'pll_current_language' ) ) {
		$code = (string) pll_current_language( 'locale' );
	}
	if ( '' === $code ) {
		$code = (string) apply_filters( 'wpml_current_language', '' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WPML's filter.
	}
	if ( '' === $code ) {
		$code = (string) get_bloginfo( 'language' );
	}
	return 0 === stripos( $code, 'fr' ) ? 'fr' : 'en';
}

/**
 * The privacy policy's address for pages in a language: the address typed
 * for that language; else WordPress's privacy policy page (Settings →
 * Privacy) in that language, when Polylang or WPML has a translation of it,
 * or as it is; else the address typed for the other language; else ''.
 *
 * @param string $lang 'en' or 'fr'.
 * @return string
 */
function pvw_policy_url( $lang ) {
	$settings = pvw_settings();
	$typed    = array(
		'en' => (string) $settings['policy_url'],
		'fr' => (string) $settings['policy_url_fr'],
	);
	if ( '' !== $typed[ $lang ] ) {
		return $typed[ $lang ];
	}
	$page = (int) get_option( 'wp_page_for_privacy_policy' );
	if ( $page ) {
		if ( function_exists( 'pll_get_post' ) ) {
			$slug       = function_exists( 'pll_current_language' ) ? pll_current_language( 'slug' ) : false;
			$translated = $slug ? (int) pll_get_post( $page, $slug ) : 0;
			$page       = $translated ? $translated : $page;
		} else {
			// WPML: the translation in the current language, or the page itself.
			$page = (int) apply_filters( 'wpml_object_id', $page, 'page', true ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WPML's filter.
		}
		if ( $page && 'publish' === get_post_status( $page ) ) {
			return (string) get_permalink( $page );
		}
	}
	return $typed[ 'fr' === $lang ? 'en' : 'fr' ];
}

/**
 * Prints the consent banner first in the body (`wp_body_open`), or in the
 * footer for themes without that hook. Once per page.
 */
function pvw_print_banner() {
	static $printed = false;
	if ( $printed || is_admin() || ! pvw_settings()['banner'] || ! pvw_assets_present() ) {
		return;
	}
	$printed = true;
	echo pvw_banner_html() . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped attributes.
}

/**
 * Prints the "Cookie settings" button at the end of every page while the banner is on.
 */
function pvw_print_settings_button() {
	$settings = pvw_settings();
	if ( is_admin() || ! $settings['banner'] || ! $settings['settings_button'] || ! pvw_assets_present() ) {
		return;
	}
	echo '<div class="pv-consent-settings-footer"><pv-consent-settings></pv-consent-settings></div>' . "\n";
}

/**
 * Makes the plugin's scripts modules, and holds the scripts listed in the
 * settings until the person allows their category (the banner starts them).
 *
 * @param string $tag    The script tag(s) WordPress prints for a handle.
 * @param string $handle The handle.
 * @return string
 */
function pvw_script_loader_tag( $tag, $handle ) {
	if ( 'patient-voice-autoloader' === $handle ) {
		return pvw_retype_scripts( $tag, ' type="module"' );
	}
	$settings = pvw_settings();
	if ( $settings['banner'] && '' !== $settings['gated'] ) {
		$held = pvw_held_scripts();
		if ( isset( $held[ $handle ] ) ) {
			return pvw_retype_scripts( $tag, ' type="text/plain" data-pv-consent="' . esc_attr( $held[ $handle ] ) . '"' );
		}
	}
	return $tag;
}

/**
 * Replaces the type of every `<script>` in `$tag` (inline ones around it included).
 *
 * @param string $tag        HTML.
 * @param string $attributes The new attributes, with a leading space.
 * @return string
 */
function pvw_retype_scripts( $tag, $attributes ) {
	return preg_replace_callback(
		'/<script\b([^>]*)>/i',
		function ( $m ) use ( $attributes ) {
			$rest = preg_replace( '/\s(type|data-pv-consent)\s*=\s*("[^"]*"|\'[^\']*\'|[^\s>]+)/i', '', $m[1] );
			return '<script' . $attributes . $rest . '>';
		},
		$tag
	);
}
