<?php
/**
 * The plugin's settings: one option, `pv_widgets_settings`.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Provinces and territories the referral card knows.
 *
 * @return string[]
 */
function pvw_provinces() {
	return array( 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT' );
}

/**
 * The consent banner's built-in optional categories.
 *
 * @return string[]
 */
function pvw_categories() {
	return array( 'functional', 'analytics', 'marketing' );
}

/**
 * Default settings.
 *
 * @return array<string, mixed>
 */
function pvw_default_settings() {
	return array(
		'banner'           => false,
		'mode'             => 'opt-in',
		'position'         => 'bottom',
		'categories'       => array( 'analytics', 'marketing' ),
		'revision'         => '1',
		'policy_url'       => '',
		'settings_button'  => true,
		'gated'            => '',
		'default_province' => '',
	);
}

/**
 * The saved settings, completed with the defaults.
 *
 * @return array<string, mixed>
 */
function pvw_settings() {
	$saved = get_option( PVW_OPTION, array() );
	return array_merge( pvw_default_settings(), is_array( $saved ) ? $saved : array() );
}

/**
 * Registers the option with its sanitizer.
 */
function pvw_register_setting() {
	register_setting(
		'pvw_settings',
		PVW_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'pvw_sanitize_settings',
			'default'           => pvw_default_settings(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * Parses the "scripts to hold until consent" text: one `handle category…` per line.
 *
 * @param string $text The text.
 * @return array<string, string> Handle → categories (space-separated).
 */
function pvw_parse_gated( $text ) {
	$gated = array();
	foreach ( preg_split( '/\r\n|\r|\n/', (string) $text ) as $line ) {
		$parts = preg_split( '/[\s,]+/', trim( $line ), -1, PREG_SPLIT_NO_EMPTY );
		if ( count( $parts ) < 2 ) {
			continue;
		}
		$handle     = sanitize_key( array_shift( $parts ) );
		$categories = array_filter(
			array_map( 'strtolower', $parts ),
			function ( $c ) {
				return (bool) preg_match( '/^[a-z0-9_-]{1,32}$/', $c );
			}
		);
		if ( '' !== $handle && $categories ) {
			$gated[ $handle ] = implode( ' ', $categories );
		}
	}
	return $gated;
}

/**
 * Sanitizes the settings form.
 *
 * @param mixed $input The submitted values.
 * @return array<string, mixed>
 */
function pvw_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	foreach ( array( 'mode', 'position', 'revision', 'policy_url', 'gated', 'default_province' ) as $key ) {
		if ( isset( $input[ $key ] ) && ! is_scalar( $input[ $key ] ) ) {
			unset( $input[ $key ] );
		}
	}
	$defaults = pvw_default_settings();
	$clean    = array();

	$clean['banner']          = ! empty( $input['banner'] );
	$clean['settings_button'] = ! empty( $input['settings_button'] );

	$mode          = isset( $input['mode'] ) ? sanitize_key( $input['mode'] ) : '';
	$clean['mode'] = in_array( $mode, array( 'opt-in', 'notice' ), true ) ? $mode : $defaults['mode'];

	$position          = isset( $input['position'] ) ? sanitize_key( $input['position'] ) : '';
	$clean['position'] = in_array( $position, array( 'bottom', 'center' ), true ) ? $position : $defaults['position'];

	$categories          = isset( $input['categories'] ) && is_array( $input['categories'] ) ? array_map( 'sanitize_key', $input['categories'] ) : array();
	$clean['categories'] = array_values( array_intersect( pvw_categories(), $categories ) );
	if ( $clean['banner'] && ! $clean['categories'] ) {
		add_settings_error( PVW_OPTION, 'pvw-categories', __( 'Choose at least one optional category: the banner has nothing to ask otherwise. The default categories are used.', 'patient-voice-widgets' ) );
		$clean['categories'] = $defaults['categories'];
	}

	$revision = isset( $input['revision'] ) ? trim( sanitize_text_field( $input['revision'] ) ) : '';
	if ( ! preg_match( '/^[A-Za-z0-9._-]{1,32}$/', $revision ) ) {
		add_settings_error( PVW_OPTION, 'pvw-revision', __( 'The policy revision may only use letters, digits, dots, hyphens and underscores (32 at most). The previous value is kept.', 'patient-voice-widgets' ) );
		$revision = pvw_settings()['revision'];
	}
	$clean['revision'] = $revision;

	$url = isset( $input['policy_url'] ) ? trim( (string) $input['policy_url'] ) : '';
	if ( '' !== $url ) {
		$safe = esc_url_raw( $url, array( 'http', 'https' ) );
		if ( '' === $safe || ( 0 !== strpos( $safe, 'http' ) && 0 !== strpos( $safe, '/' ) ) ) {
			add_settings_error( PVW_OPTION, 'pvw-policy-url', __( 'The privacy policy address must be an http(s) address or start with /. It was left empty.', 'patient-voice-widgets' ) );
			$safe = '';
		}
		$url = $safe;
	}
	$clean['policy_url'] = $url;

	$gated = pvw_parse_gated( isset( $input['gated'] ) ? $input['gated'] : '' );
	$lines = array();
	foreach ( $gated as $handle => $categories ) {
		$lines[] = $handle . ' ' . $categories;
	}
	$clean['gated'] = implode( "\n", $lines );

	$province                  = isset( $input['default_province'] ) ? strtoupper( sanitize_text_field( $input['default_province'] ) ) : '';
	$clean['default_province'] = in_array( $province, pvw_provinces(), true ) ? $province : '';

	return $clean;
}
