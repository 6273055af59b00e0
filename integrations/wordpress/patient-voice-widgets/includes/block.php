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
 * Registers the block (blocks/widget/block.json) and its editor script.
 */
function pvw_register_block() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	wp_register_script(
		'patient-voice-block-editor',
		PVW_URL . 'blocks/widget/index.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		PVW_VERSION,
		true
	);
	wp_set_script_translations( 'patient-voice-block-editor', 'patient-voice-widgets', PVW_DIR . 'languages' );
	wp_add_inline_script( 'patient-voice-block-editor', 'window.pvwBlock = ' . wp_json_encode( array( 'provinces' => pvw_province_names() ) ) . ';', 'before' );
	register_block_type( PVW_DIR . 'blocks/widget', array( 'render_callback' => 'pvw_render_block' ) );
}

/**
 * Renders the block through the widget's shortcode.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function pvw_render_block( $attributes ) {
	$widget    = isset( $attributes['widget'] ) ? sanitize_key( $attributes['widget'] ) : '';
	$shortcode = 'pvw_' . str_replace( '-', '_', $widget );
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
