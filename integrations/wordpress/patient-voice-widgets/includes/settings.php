<?php
/**
 * The plugin's settings: one option, `pvw_settings`.
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
 * Province and territory names, translated (French: their official names).
 *
 * @return array<string, string> Code → name.
 */
function pvw_province_names() {
	return array(
		'AB' => __( 'Alberta', 'patient-voice-widgets' ),
		'BC' => __( 'British Columbia', 'patient-voice-widgets' ),
		'MB' => __( 'Manitoba', 'patient-voice-widgets' ),
		'NB' => __( 'New Brunswick', 'patient-voice-widgets' ),
		'NL' => __( 'Newfoundland and Labrador', 'patient-voice-widgets' ),
		'NS' => __( 'Nova Scotia', 'patient-voice-widgets' ),
		'NT' => __( 'Northwest Territories', 'patient-voice-widgets' ),
		'NU' => __( 'Nunavut', 'patient-voice-widgets' ),
		'ON' => __( 'Ontario', 'patient-voice-widgets' ),
		'PE' => __( 'Prince Edward Island', 'patient-voice-widgets' ),
		'QC' => __( 'Quebec', 'patient-voice-widgets' ),
		'SK' => __( 'Saskatchewan', 'patient-voice-widgets' ),
		'YT' => __( 'Yukon', 'patient-voice-widgets' ),
	);
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
		'policy_url_fr'    => '',
		'settings_button'  => true,
		'log'              => false,
		'log_months'       => 36,
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
		'pvw_settings_page',
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
 * Adds a settings error once (the sanitizer can run twice in one save),
 * its message escaped (settings_errors() prints it as HTML).
 *
 * @param string $code    A code for the error.
 * @param string $message Plain text.
 * @param string $type    'error', 'warning', 'success' or 'info'.
 */
function pvw_settings_error( $code, $message, $type = 'error' ) {
	foreach ( get_settings_errors( PVW_OPTION ) as $existing ) {
		if ( $existing['code'] === $code ) {
			return;
		}
	}
	add_settings_error( PVW_OPTION, $code, esc_html( $message ), $type );
}

/**
 * Sanitizes the settings form.
 *
 * @param mixed $input The submitted values.
 * @return array<string, mixed>
 */
function pvw_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	foreach ( array( 'mode', 'position', 'revision', 'policy_url', 'policy_url_fr', 'log_months', 'gated', 'default_province' ) as $key ) {
		if ( isset( $input[ $key ] ) && ! is_scalar( $input[ $key ] ) ) {
			unset( $input[ $key ] );
		}
	}
	$defaults = pvw_default_settings();
	$clean    = array();

	$clean['banner']          = ! empty( $input['banner'] );
	$clean['settings_button'] = ! empty( $input['settings_button'] );
	$clean['log']             = ! empty( $input['log'] );

	$mode          = isset( $input['mode'] ) ? sanitize_key( $input['mode'] ) : '';
	$clean['mode'] = in_array( $mode, array( 'opt-in', 'notice' ), true ) ? $mode : $defaults['mode'];

	$position          = isset( $input['position'] ) ? sanitize_key( $input['position'] ) : '';
	$clean['position'] = in_array( $position, array( 'bottom', 'center' ), true ) ? $position : $defaults['position'];

	$categories          = isset( $input['categories'] ) && is_array( $input['categories'] ) ? array_map( 'sanitize_key', $input['categories'] ) : array();
	$clean['categories'] = array_values( array_intersect( pvw_categories(), $categories ) );
	if ( $clean['banner'] && ! $clean['categories'] ) {
		pvw_settings_error( 'pvw-categories', __( 'Choose at least one optional category: the banner has nothing to ask otherwise. The default categories are used.', 'patient-voice-widgets' ) );
		$clean['categories'] = $defaults['categories'];
	}

	$revision = isset( $input['revision'] ) ? trim( sanitize_text_field( $input['revision'] ) ) : '';
	if ( ! preg_match( '/^[A-Za-z0-9._-]{1,32}$/', $revision ) ) {
		pvw_settings_error( 'pvw-revision', __( 'The policy revision may only use letters, digits, dots, hyphens and underscores (32 at most). The previous value is kept.', 'patient-voice-widgets' ) );
		$revision = pvw_settings()['revision'];
	}
	$clean['revision'] = $revision;

	$clean['policy_url']    = pvw_sanitize_policy_url( $input, 'policy_url', __( 'The English privacy policy address must be an http(s) address or start with /. It was left empty.', 'patient-voice-widgets' ) );
	$clean['policy_url_fr'] = pvw_sanitize_policy_url( $input, 'policy_url_fr', __( 'The French privacy policy address must be an http(s) address or start with /. It was left empty.', 'patient-voice-widgets' ) );

	$months = isset( $input['log_months'] ) ? trim( (string) $input['log_months'] ) : (string) pvw_settings()['log_months'];
	if ( ! preg_match( '/^[0-9]{1,3}$/', $months ) || (int) $months < 1 || (int) $months > 120 ) {
		pvw_settings_error( 'pvw-log-months', __( 'Keep receipts for 1 to 120 months. The previous value is kept.', 'patient-voice-widgets' ) );
		$months = pvw_settings()['log_months'];
	}
	$clean['log_months'] = (int) $months;

	$parsed = pvw_parse_held( isset( $input['gated'] ) ? $input['gated'] : '', pvw_categories(), pvw_known_handles() );
	foreach ( $parsed['problems'] as $problem ) {
		pvw_settings_error( 'pvw-held-' . $problem['line'], pvw_held_problem_message( $problem ) );
	}
	$lines = array();
	foreach ( $parsed['held'] as $handle => $held_categories ) {
		$lines[] = $handle . ' ' . $held_categories;
		$unasked = array_diff( explode( ' ', $held_categories ), $clean['categories'] );
		if ( $unasked ) {
			pvw_settings_error(
				'pvw-held-unasked-' . $handle,
				sprintf(
					/* translators: 1: a script handle, 2: categories. */
					__( 'The script "%1$s" is held until "%2$s" is allowed, but the banner does not ask for it: add it to the optional categories, or the script never runs.', 'patient-voice-widgets' ),
					$handle,
					implode( ' ', $unasked )
				),
				'warning'
			);
		}
	}
	$clean['gated'] = implode( "\n", $lines );

	$province                  = isset( $input['default_province'] ) ? strtoupper( sanitize_text_field( $input['default_province'] ) ) : '';
	$clean['default_province'] = in_array( $province, pvw_provinces(), true ) ? $province : '';

	return $clean;
}

/**
 * One of the privacy policy addresses: an http(s) address or a path, or empty.
 *
 * @param array<string, mixed> $input   The submitted values.
 * @param string               $key     The field.
 * @param string               $message The error when it is neither.
 * @return string
 */
function pvw_sanitize_policy_url( array $input, $key, $message ) {
	$url = isset( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
	if ( '' === $url ) {
		return '';
	}
	$safe = esc_url_raw( $url, array( 'http', 'https' ) );
	if ( '' === $safe || ( 0 !== strpos( $safe, 'http' ) && 0 !== strpos( $safe, '/' ) ) ) {
		pvw_settings_error( 'pvw-' . str_replace( '_', '-', $key ), $message );
		return '';
	}
	return $safe;
}
