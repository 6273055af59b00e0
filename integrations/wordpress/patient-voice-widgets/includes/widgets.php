<?php
/**
 * The widgets this plugin knows: shortcode → tag and attributes.
 *
 * Attribute values are passed on as given (escaped): each widget checks its
 * own values, falls back to its default and logs one console warning when a
 * value is not valid.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Shortcode name → tag, attributes (name → 'string' or 'boolean') and
 * whether text between the opening and closing shortcode is shown (slot).
 *
 * @return array<string, array{tag: string, attributes: array<string, string>, content: bool}>
 */
function pvw_widgets() {
	$common = array(
		'lang' => 'string',
		'id'   => 'string',
		'class' => 'string',
	);
	$widgets = array(
		'pv_medical_disclaimer' => array(
			'tag'        => 'pv-medical-disclaimer',
			'attributes' => array(
				'variant'       => 'string',
				'org'           => 'string',
				'org-fr'        => 'string',
				'reviewed-by'   => 'string',
				'reviewed-on'   => 'string',
				'compact'       => 'boolean',
				'open'          => 'boolean',
				'heading-level' => 'string',
			),
			'content'    => true,
		),
		'pv_referral_options'   => array(
			'tag'        => 'pv-referral-options',
			'attributes' => array(
				'mode'          => 'string',
				'province'      => 'string',
				'routes'        => 'string',
				'heading-level' => 'string',
				'compact'       => 'boolean',
			),
			'content'    => false,
		),
		'pv_rights_explainer'   => array(
			'tag'        => 'pv-rights-explainer',
			'attributes' => array(
				'variant'       => 'string',
				'citations'     => 'string',
				'heading-level' => 'string',
				'open'          => 'boolean',
			),
			'content'    => false,
		),
		'pv_consent_settings'   => array(
			'tag'        => 'pv-consent-settings',
			'attributes' => array(),
			'content'    => false,
		),
	);
	foreach ( $widgets as $name => $widget ) {
		$widgets[ $name ]['attributes'] = array_merge( $widget['attributes'], $common );
	}
	/**
	 * Filters the widgets offered as shortcodes.
	 *
	 * @param array $widgets Shortcode name → tag, attributes, content.
	 */
	return apply_filters( 'pvw_widgets', $widgets );
}

/**
 * The tags of every widget of the bundled library (for detecting them in
 * content), as the build wrote them from the library's widget list.
 *
 * @return string[]
 */
function pvw_widget_tags() {
	return array_merge( ...array_values( pvw_build_info()['widgets'] ) );
}

/**
 * Whether a shortcode value means "on" for a boolean attribute.
 *
 * @param mixed $value The value given.
 * @return bool
 */
function pvw_truthy( $value ) {
	$value = strtolower( trim( (string) $value ) );
	return ! in_array( $value, array( '', '0', 'false', 'no', 'off' ), true );
}

/**
 * Builds an HTML attribute string, every value escaped with esc_attr().
 *
 * @param array<string, string|bool> $attributes Name → value; true for a boolean attribute, false or '' to leave it out.
 * @return string Leading space included when not empty.
 */
function pvw_attributes_html( array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( ! preg_match( '/^[a-z][a-z0-9-]*$/', $name ) || false === $value || '' === $value || null === $value ) {
			continue;
		}
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return $html;
}
