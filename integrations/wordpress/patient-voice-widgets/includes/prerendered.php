<?php
/**
 * Pre-rendered widgets: shortcodes and the block print the widget with its
 * content already in the page (declarative shadow DOM, the library's own
 * server rendering made at build time by integrations/wordpress/prerender.mjs
 * for every combination of the choices offered), so that readers without
 * JavaScript see it and the page does not move when the script takes over.
 * Feeds get the same text as plain HTML.
 *
 * Organisation and reviewer names are not in the files: tokens there are
 * replaced here with the escaped value. Combinations that are not
 * pre-rendered (a `routes` choice, a `reviewed-on` date, a value the widget
 * does not know) are printed as before: the widget renders once its script runs.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What every combination of a widget shares (its shadow root's opening and
 * styles, its default heading level, its heading markers and level mappings), or null.
 *
 * @param string $widget Widget name, e.g. `medical-disclaimer`.
 * @return array|null
 */
function pvw_prerendered_common( $widget ) {
	static $cache = array();
	if ( ! array_key_exists( $widget, $cache ) ) {
		$file             = PVW_DIR . 'assets/prerendered/' . $widget . '.php';
		$data             = preg_match( '/^[a-z-]+$/', $widget ) && is_readable( $file ) ? include $file : null;
		$cache[ $widget ] = is_array( $data ) ? $data : null;
	}
	return $cache[ $widget ];
}

/**
 * One combination's shadow content (after the styles), or null.
 *
 * @param string $widget Widget name.
 * @param string $lang   `en` or `fr`.
 * @param string $key    The combination's key (`en|list||0`).
 * @return string|null
 */
function pvw_prerendered_entry( $widget, $lang, $key ) {
	static $cache = array();
	$file         = $widget . '-' . $lang;
	if ( ! array_key_exists( $file, $cache ) ) {
		$path           = PVW_DIR . 'assets/prerendered/' . $file . '.php';
		$data           = preg_match( '/^[a-z-]+$/', $file ) && is_readable( $path ) ? include $path : null;
		$cache[ $file ] = is_array( $data ) ? $data : array();
	}
	return isset( $cache[ $file ][ $key ] ) && is_string( $cache[ $file ][ $key ] ) ? $cache[ $file ][ $key ] : null;
}

/**
 * The language a widget shows: its `lang`, else the page's (`get_locale()`,
 * which Polylang and WPML set per page, as in `<html lang>`).
 * Only English and French; null for another `lang` value.
 *
 * @param array<string, string|bool> $values The widget's attributes.
 * @return string|null `en`, `fr` or null.
 */
function pvw_prerendered_lang( array $values ) {
	$lang = isset( $values['lang'] ) && is_string( $values['lang'] ) ? strtolower( trim( $values['lang'] ) ) : '';
	if ( '' === $lang ) {
		$lang = strtolower( get_locale() );
		return 0 === strpos( $lang, 'fr' ) ? 'fr' : 'en';
	}
	if ( preg_match( '/^(en|fr)(-[a-z0-9]+)*$/', $lang, $m ) ) {
		return $m[1];
	}
	return null;
}

/**
 * The key of the pre-rendered combination for these attributes, with the
 * free-text values to put in and the heading level, or null when this
 * combination is not pre-rendered. Keys as prerender.mjs writes them.
 *
 * @param string                     $widget Widget name.
 * @param array<string, string|bool> $values The widget's attributes (strings, true for booleans).
 * @return array{key: string, lang: string, tokens: array<string, string>, level: string}|null
 */
function pvw_prerendered_key( $widget, array $values ) {
	$lang = pvw_prerendered_lang( $values );
	if ( null === $lang ) {
		return null;
	}
	$get    = function ( $name, $fallback = '' ) use ( $values ) {
		return isset( $values[ $name ] ) && is_string( $values[ $name ] ) && '' !== trim( $values[ $name ] ) ? trim( $values[ $name ] ) : $fallback;
	};
	$flag   = function ( $name ) use ( $values ) {
		return ! empty( $values[ $name ] ) ? '1' : '0';
	};
	$level  = $get( 'heading-level' );
	$tokens = array();
	switch ( $widget ) {
		case 'medical-disclaimer':
			$variant = $get( 'variant', 'general' );
			if ( ! in_array( $variant, array( 'general', 'story', 'reviewed' ), true ) || ( 'reviewed' === $variant && '' !== $get( 'reviewed-on' ) ) ) {
				return null;
			}
			// As the widget does: in French, the French name when there is one.
			$org = 'fr' === $lang && '' !== $get( 'org-fr' ) ? $get( 'org-fr' ) : $get( 'org' );
			if ( '' !== $org ) {
				$tokens['PVW-TOKEN-ORG'] = $org;
			}
			$reviewer = 'reviewed' === $variant ? $get( 'reviewed-by' ) : '';
			if ( '' !== $reviewer ) {
				$tokens['PVW-TOKEN-REVIEWER'] = $reviewer;
			}
			$key = implode( '|', array( $lang, $variant, $flag( 'compact' ), $flag( 'open' ), '' !== $org ? '1' : '0', '' !== $reviewer ? '1' : '0' ) );
			break;
		case 'rights-explainer':
			$citations = $get( 'citations', 'footnotes' );
			if ( ! in_array( $get( 'variant', 'full' ), array( 'full' ), true ) || ! in_array( $citations, array( 'footnotes', 'inline' ), true ) ) {
				return null;
			}
			$key = implode( '|', array( $lang, $citations, $flag( 'compact' ), $flag( 'open' ) ) );
			break;
		case 'referral-options':
			$mode     = $get( 'mode', 'list' );
			$province = strtoupper( $get( 'province' ) );
			if ( ! in_array( $mode, array( 'list', 'guide' ), true ) || ( '' !== $province && ! isset( pvw_province_names()[ $province ] ) ) || '' !== $get( 'routes' ) ) {
				return null;
			}
			$key = implode( '|', array( $lang, $mode, $province, $flag( 'compact' ) ) );
			break;
		case 'consent-settings':
			$key = $lang;
			break;
		default:
			return null;
	}
	return array(
		'key'    => $key,
		'lang'   => $lang,
		'tokens' => $tokens,
		'level'  => $level,
	);
}

/**
 * Gives every heading of a pre-rendered widget the level asked for: each
 * level is its own template in the library, so its hydration marker changes
 * with the element (mappings checked against the library's own rendering by
 * prerender.mjs).
 *
 * @param string $html    Pre-rendered shadow content.
 * @param array  $mapping Level → level (`2` → `3`…; `none`: not a heading).
 * @param array  $markers Level → its template's marker.
 * @return string
 */
function pvw_prerendered_headings( $html, array $mapping, array $markers ) {
	return preg_replace_callback(
		'#<!--lit-part ([A-Za-z0-9+/=]+)--><!--lit-node 0--><(h[1-6]|p) (id="[^"]*" part="[^"]*" class="heading">)(.*?)</\2><!--/lit-part-->#s',
		function ( $m ) use ( $mapping, $markers ) {
			$from = 'p' === $m[2] ? 'none' : substr( $m[2], 1 );
			if ( ! isset( $markers[ $from ] ) || $markers[ $from ] !== $m[1] ) {
				return $m[0];
			}
			$to  = isset( $mapping[ $from ] ) ? (string) $mapping[ $from ] : $from;
			$tag = 'none' === $to ? 'p' : 'h' . $to;
			return '<!--lit-part ' . $markers[ $to ] . '--><!--lit-node 0--><' . $tag . ' ' . $m[3] . $m[4] . '</' . $tag . '><!--/lit-part-->';
		},
		$html
	);
}

/**
 * A widget's tag with its content pre-rendered, or null when this
 * combination is not pre-rendered. In feeds: the same text as plain HTML
 * (feed readers run no script and show no shadow DOM), from the full form
 * (not compact; every route, not the guide's questions).
 *
 * @param string                     $tag    The widget's tag, e.g. `pv-medical-disclaimer`.
 * @param array<string, string|bool> $values Its attributes (strings, true for booleans).
 * @param string                     $inner  Escaped HTML to put inside the tag (the disclaimer's extra text).
 * @return string|null
 */
function pvw_prerendered_widget( $tag, array $values, $inner = '' ) {
	$widget = substr( $tag, 3 );
	$common = pvw_prerendered_common( $widget );
	if ( null === $common ) {
		return null;
	}
	$feed = is_feed();
	if ( $feed && 'consent-settings' === $widget ) {
		return ''; // A button for cookie choices means nothing in a feed.
	}
	if ( $feed ) {
		unset( $values['compact'], $values['open'] );
		if ( isset( $values['mode'] ) ) {
			$values['mode'] = 'list';
		}
	}
	$found = pvw_prerendered_key( $widget, $values );
	if ( null === $found ) {
		return null;
	}
	$html = pvw_prerendered_entry( $widget, $found['lang'], $found['key'] );
	if ( null === $html ) {
		return null;
	}
	$level = $found['level'];
	if ( '' !== $level && (string) $common['default_level'] !== $level ) {
		if ( ! isset( $common['levels'][ $level ] ) ) {
			return null;
		}
		$html = pvw_prerendered_headings( $html, (array) $common['levels'][ $level ], (array) $common['markers'] );
	}
	foreach ( $found['tokens'] as $token => $value ) {
		$html = str_replace( $token, esc_html( $value ), $html );
	}
	if ( $feed ) {
		return pvw_prerendered_plain( $html ) . $inner;
	}
	$values['lang']                = isset( $values['lang'] ) && '' !== $values['lang'] ? $values['lang'] : $found['lang'];
	$values['data-pv-prerendered'] = true;
	return '<' . $tag . pvw_attributes_html( $values ) . '>' . $common['head'] . $html . '</template>' . $inner . '</' . $tag . '>';
}

/**
 * Pre-rendered shadow content as plain HTML: without the rendering's
 * comments, slot, buttons and form controls, nor what is hidden.
 *
 * @param string $html Pre-rendered shadow content.
 * @return string
 */
function pvw_prerendered_plain( $html ) {
	$html = preg_replace( '/<!--.*?-->/s', '', $html );
	$html = preg_replace( '#<(button|select|slot|template|style|svg)\b.*?</\1>#s', '', $html );
	$html = preg_replace( '#<(input|img)\b[^>]*>#', '', $html );
	return '<div class="pv-widget-text">' . trim( preg_replace( '/\s+/', ' ', $html ) ) . '</div>';
}
