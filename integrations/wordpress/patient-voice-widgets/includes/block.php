<?php
/**
 * The "Patient Voice widget" block (dynamic: rendered by PHP like the shortcodes).
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Block attribute → widget attribute.
 *
 * @return array<string, string>
 */
function pvw_block_attribute_map() {
	return array(
		'lang'         => 'lang',
		'province'     => 'province',
		'mode'         => 'mode',
		'routes'       => 'routes',
		'compact'      => 'compact',
		'variant'      => 'variant',
		'citations'    => 'citations',
		'org'          => 'org',
		'orgFr'        => 'org-fr',
		'reviewedBy'   => 'reviewed-by',
		'reviewedOn'   => 'reviewed-on',
		'headingLevel' => 'heading-level',
		'open'         => 'open',
	);
}

/**
 * Registers the block and its editor script.
 */
function pvw_register_block() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	wp_register_script(
		'patient-voice-block-editor',
		PVW_URL . 'blocks/widget.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		PVW_VERSION,
		true
	);
	wp_set_script_translations( 'patient-voice-block-editor', 'patient-voice-widgets', PVW_DIR . 'languages' );
	$attributes = array(
		'widget' => array(
			'type'    => 'string',
			'default' => 'referral-options',
		),
	);
	foreach ( array_keys( pvw_block_attribute_map() ) as $name ) {
		$attributes[ $name ] = in_array( $name, array( 'compact', 'open' ), true )
			? array(
				'type'    => 'boolean',
				'default' => false,
			)
			: array(
				'type'    => 'string',
				'default' => '',
			);
	}
	register_block_type(
		'patient-voice/widget',
		array(
			'api_version'     => 2,
			'editor_script'   => 'patient-voice-block-editor',
			'attributes'      => $attributes,
			'render_callback' => 'pvw_render_block',
		)
	);
}

/**
 * Renders the block through the widget's shortcode.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function pvw_render_block( $attributes ) {
	$widget    = isset( $attributes['widget'] ) ? sanitize_key( $attributes['widget'] ) : '';
	$shortcode = 'pv_' . str_replace( '-', '_', $widget );
	$widgets   = pvw_widgets();
	if ( ! isset( $widgets[ $shortcode ] ) ) {
		return '';
	}
	$known = $widgets[ $shortcode ]['attributes'];
	$atts  = array();
	foreach ( pvw_block_attribute_map() as $from => $to ) {
		if ( ! isset( $known[ $to ], $attributes[ $from ] ) || '' === $attributes[ $from ] || false === $attributes[ $from ] ) {
			continue;
		}
		$atts[ $to ] = true === $attributes[ $from ] ? '1' : (string) $attributes[ $from ];
	}
	return pvw_render_shortcode( $atts, null, $shortcode );
}
