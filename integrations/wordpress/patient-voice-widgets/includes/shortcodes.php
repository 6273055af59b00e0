<?php
/**
 * Shortcodes: [pvw_referral_options], [pvw_rights_explainer],
 * [pvw_medical_disclaimer], [pvw_consent_settings].
 *
 * Shortcodes survive WordPress's HTML filter for every role, so Authors and
 * Contributors can place widgets. Every attribute of the widget is accepted
 * (with `-` or `_`: `heading-level` or `heading_level`); values are escaped
 * with esc_attr() and checked by the widget itself.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers one shortcode per widget.
 */
function pvw_register_shortcodes() {
	foreach ( array_keys( pvw_widgets() ) as $shortcode ) {
		add_shortcode( $shortcode, 'pvw_render_shortcode' );
	}
}

/**
 * Renders a widget shortcode as the widget's tag.
 *
 * @param array|string $atts      Attributes given (a string when none).
 * @param string|null  $content   Text between the opening and closing shortcode.
 * @param string       $shortcode The shortcode's name.
 * @return string
 */
function pvw_render_shortcode( $atts, $content = null, $shortcode = '' ) {
	$widgets = pvw_widgets();
	if ( ! isset( $widgets[ $shortcode ] ) ) {
		return '';
	}
	$widget   = $widgets[ $shortcode ];
	$atts     = is_array( $atts ) ? $atts : array();
	$known    = $widget['attributes'];
	$values   = array();
	$unknown  = array();
	$settings = pvw_settings();

	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word: `[pvw_medical_disclaimer compact]`.
			$name  = str_replace( '_', '-', strtolower( trim( (string) $value ) ) );
			$value = true;
		} else {
			$name = str_replace( '_', '-', strtolower( $key ) );
		}
		if ( ! isset( $known[ $name ] ) ) {
			$unknown[] = $name;
			continue;
		}
		if ( 'boolean' === $known[ $name ] ) {
			$values[ $name ] = true === $value || pvw_truthy( $value );
		} elseif ( true !== $value ) {
			$values[ $name ] = trim( (string) $value );
		}
	}

	if ( 'pv-referral-options' === $widget['tag'] && empty( $values['province'] ) && '' !== $settings['default_province'] ) {
		$values['province'] = $settings['default_province'];
	}
	if ( isset( $values['class'] ) ) {
		$values['class'] = implode( ' ', array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $values['class'] ) ) ) );
	}

	/**
	 * Filters a widget shortcode's attributes before they are escaped and printed.
	 *
	 * @param array<string, string|bool> $values    Attribute name → value (true: boolean attribute present).
	 * @param string                     $shortcode The shortcode's name.
	 */
	$values = apply_filters( 'pvw_shortcode_attributes', $values, $shortcode );

	pvw_enqueue_widgets();

	$inner = '';
	if ( $widget['content'] && null !== $content ) {
		$text = trim( wp_strip_all_tags( do_shortcode( $content ) ) );
		if ( '' !== $text ) {
			$inner = '<p>' . esc_html( $text ) . '</p>';
		}
	}

	// The widget with its content already in the page when this combination is pre-rendered (includes/prerendered.php).
	$html = pvw_prerendered_widget( $widget['tag'], $values, $inner );
	if ( null === $html ) {
		$html = '<' . $widget['tag'] . pvw_attributes_html( $values ) . '>' . $inner . '</' . $widget['tag'] . '>';
	}

	if ( $unknown && current_user_can( 'edit_posts' ) ) {
		$accepted = implode( ', ', array_keys( $known ) );
		$html    .= sprintf(
			'<!-- [%s]: %s -->',
			esc_html( $shortcode ),
			str_replace(
				'--',
				'- -',
				esc_html(
					sprintf(
						/* translators: 1: attribute names given, 2: accepted attribute names. */
						__( 'Ignored attributes: %1$s. Accepted: %2$s.', 'patient-voice-widgets' ),
						implode( ', ', $unknown ),
						$accepted
					)
				)
			)
		);
	}
	return $html;
}
