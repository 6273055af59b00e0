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
	$common  = array(
		'lang'  => 'string',
		'id'    => 'string',
		'class' => 'string',
	);
	$widgets = array(
		'pvw_medical_disclaimer' => array(
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
		'pvw_referral_options'   => array(
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
		'pvw_rights_explainer'   => array(
			'tag'        => 'pv-rights-explainer',
			'attributes' => array(
				'variant'       => 'string',
				'citations'     => 'string',
				'heading-level' => 'string',
				'open'          => 'boolean',
			),
			'content'    => false,
		),
		'pvw_consent_settings'   => array(
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
	$widgets = apply_filters( 'pvw_widgets', $widgets );
	// Only the site decides about consent (Settings → Patient Voice Widgets):
	// no shortcode, block or placeholder may place a banner.
	return array_filter(
		(array) $widgets,
		function ( $widget ) {
			return is_array( $widget ) && isset( $widget['tag'] ) && 'pv-consent-banner' !== $widget['tag'];
		}
	);
}

/**
 * Placeholder names (`data-pv-widget`) that content may use: the widgets
 * offered as shortcodes, with and without their `pv-`.
 *
 * @return string[]
 */
function pvw_placeholder_names() {
	$names = array();
	foreach ( pvw_widgets() as $widget ) {
		$names[] = $widget['tag'];
		$names[] = substr( $widget['tag'], 3 );
	}
	return $names;
}

/**
 * Content filter: a placeholder naming anything but a content widget (the
 * consent banner above all) loses its `data-pv-widget`, so the autoloader
 * leaves it alone and only its text shows. Entities are decoded first, as
 * the browser would.
 *
 * @param mixed $content Rendered content.
 * @return mixed
 */
function pvw_refuse_placeholders( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, 'data-pv-widget' ) ) {
		return $content;
	}
	$allowed = pvw_placeholder_names();
	return preg_replace_callback(
		'/(<[a-z][^>]*?\s)data-pv-widget\s*=\s*("[^"]*"|\'[^\']*\'|[^\s>]+)/i',
		function ( $m ) use ( $allowed ) {
			$value = trim( html_entity_decode( trim( $m[2], '"\'' ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
			if ( in_array( strtolower( $value ), $allowed, true ) ) {
				return $m[0];
			}
			return $m[1] . 'data-pv-refused=' . $m[2];
		},
		$content
	);
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
