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
		'#<!--lit-part ([A-Za-z0-9+/=]+)-->(<!--lit-node 0-->)?<(h[1-6]|p) ((?:id="[^"]*" part="[^"]*" )?class="(heading|label)">)(.*?)</\3><!--/lit-part-->#s',
		function ( $m ) use ( $mapping, $markers ) {
			// Labels inside cards (a heading one level below the card's) are keyed `label:<level>`.
			$prefix = 'label' === $m[5] ? 'label:' : '';
			$from   = $prefix . ( 'p' === $m[3] ? 'none' : substr( $m[3], 1 ) );
			if ( ! isset( $markers[ $from ] ) || $markers[ $from ] !== $m[1] ) {
				return $m[0];
			}
			$to  = isset( $mapping[ $from ] ) ? (string) $mapping[ $from ] : substr( $from, strlen( $prefix ) );
			$tag = 'none' === $to ? 'p' : 'h' . $to;
			if ( ! isset( $markers[ $prefix . $to ] ) ) {
				return $m[0];
			}
			return '<!--lit-part ' . $markers[ $prefix . $to ] . '-->' . $m[2] . '<' . $tag . ' ' . $m[4] . $m[6] . '</' . $tag . '><!--/lit-part-->';
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
	// The rendering's own light DOM (the footnotes' slotted anchors), when it has some, follows its shadow root.
	$parts  = explode( '</template>', $html, 2 );
	$shadow = $parts[0];
	$light  = isset( $parts[1] ) ? $parts[1] : '';
	// The library hydrates only what matches its data-pv-hash: the hash of what is printed here (names put in, headings mapped).
	$content = (string) preg_replace( '/^<template\b[^>]*>/', '', $common['head'] ) . $shadow;
	$hash    = pvw_prerendered_hash( $tag, $values, $content );
	return '<' . $tag . pvw_attributes_html( array( 'data-pv-hash' => $hash ) + $values ) . '>' . $common['head'] . $shadow . '</template>' . $light . $inner . '</' . $tag . '>';
}

/**
 * The library's `data-pv-hash` of a pre-rendered widget (src/internal/prerender.ts
 * in the library): cyrb53 over a canonical list of the host's attributes
 * (sorted by name) and of its shadow root's elements, attributes and text,
 * as the browser parses them (comments left out). The shadow root's markup
 * is the library's own rendering with escaped names put in, so a small
 * tokenizer is enough: tags with quoted attributes, comments, text.
 *
 * @param string                     $tag     The widget's tag.
 * @param array<string, string|bool> $values  The host's attributes as printed by pvw_attributes_html().
 * @param string                     $content The shadow root's markup (what the `<template>` holds).
 * @return string
 */
function pvw_prerendered_hash( $tag, array $values, $content ) {
	$host = array();
	foreach ( $values as $name => $value ) {
		if ( ! preg_match( '/^[a-z][a-z0-9-]*$/', $name ) || false === $value || '' === $value || null === $value || 'data-pv-hash' === $name || 'defer-hydration' === $name ) {
			continue;
		}
		// As the browser reads it: the value pvw_attributes_html() prints (esc_attr() keeps entities already there), decoded.
		$host[ $name ] = true === $value ? '' : html_entity_decode( esc_attr( (string) $value ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	$parts = array( pvw_canon_open( $tag, $host ) );
	$void  = array( 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr' );
	$raw   = '';
	preg_match_all( '#<!--.*?-->|</([A-Za-z][^\s/>]*)\s*>|<([A-Za-z][^\s/>]*)((?:\s+[^\s"\'>/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'>]+))?)*)\s*(/?)>|[^<]+|<#s', $content, $tokens, PREG_SET_ORDER );
	foreach ( $tokens as $t ) {
		$token = $t[0];
		if ( '' !== $raw ) {
			// Inside <style>: text up to its end tag, not decoded.
			if ( isset( $t[1] ) && '' !== $t[1] && strtolower( $t[1] ) === $raw ) {
				$parts[] = pvw_canon_text( $raw_text );
				$parts[] = '</' . $raw . '>';
				$raw     = '';
			} else {
				$raw_text .= $token;
			}
			continue;
		}
		if ( 0 === strpos( $token, '<!--' ) ) {
			continue;
		}
		if ( isset( $t[1] ) && '' !== $t[1] ) {
			$parts[] = '</' . $t[1] . '>';
			continue;
		}
		if ( isset( $t[2] ) && '' !== $t[2] ) {
			$attributes = array();
			preg_match_all( '#([^\s"\'>/=]+)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'>]+)))?#', $t[3], $found, PREG_SET_ORDER );
			foreach ( $found as $a ) {
				$value = isset( $a[4] ) && '' !== $a[4] ? $a[4] : ( isset( $a[3] ) && '' !== $a[3] ? $a[3] : ( isset( $a[2] ) ? $a[2] : '' ) );
				if ( ! isset( $attributes[ $a[1] ] ) ) {
					$attributes[ $a[1] ] = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
				}
			}
			$parts[] = pvw_canon_open( $t[2], $attributes );
			if ( in_array( strtolower( $t[2] ), $void, true ) || '/' === $t[4] ) {
				$parts[] = '</' . $t[2] . '>';
			} elseif ( 'style' === strtolower( $t[2] ) ) {
				$raw      = 'style';
				$raw_text = '';
			}
			continue;
		}
		$parts[] = pvw_canon_text( html_entity_decode( $token, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	}
	$parts[] = '</' . $tag . '>';
	return pvw_cyrb53( implode( "\n", $parts ) );
}

/**
 * An element's start in the canonical form: `<name a="…" b="…">`, attributes sorted by name, values as JSON strings.
 *
 * @param string                $name       Element name.
 * @param array<string, string> $attributes Name → value.
 * @return string
 */
function pvw_canon_open( $name, array $attributes ) {
	ksort( $attributes, SORT_STRING );
	$out = '<' . $name;
	foreach ( $attributes as $a => $value ) {
		$out .= ' ' . $a . '=' . pvw_canon_text( $value );
	}
	return $out . '>';
}

/**
 * A string as JavaScript's JSON.stringify() writes it.
 *
 * @param string $text Text.
 * @return string
 */
function pvw_canon_text( $text ) {
	return (string) wp_json_encode( (string) $text, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS );
}

/**
 * The low 32 bits of a product, as Math.imul gives them (unsigned here).
 *
 * @param int $a 32-bit value.
 * @param int $b 32-bit value.
 * @return int
 */
function pvw_imul( $a, $b ) {
	$a &= 0xffffffff;
	$b &= 0xffffffff;
	return ( ( ( $a & 0xffff ) * $b ) + ( ( ( ( $a >> 16 ) * $b ) & 0xffff ) << 16 ) ) & 0xffffffff;
}

/**
 * The library's hash (cyrb53) of a string's UTF-16 code units, in base 36.
 *
 * @param string $s UTF-8 text.
 * @return string
 */
function pvw_cyrb53( $s ) {
	$h1    = 0xdeadbeef;
	$h2    = 0x41c6ce57;
	$units = '' === $s ? array() : unpack( 'v*', mb_convert_encoding( $s, 'UTF-16LE', 'UTF-8' ) );
	foreach ( $units as $c ) {
		$h1 = pvw_imul( $h1 ^ $c, 2654435761 );
		$h2 = pvw_imul( $h2 ^ $c, 1597334677 );
	}
	$h1  = pvw_imul( $h1 ^ ( $h1 >> 16 ), 2246822507 ) ^ pvw_imul( $h2 ^ ( $h2 >> 13 ), 3266489909 );
	$h2  = pvw_imul( $h2 ^ ( $h2 >> 16 ), 2246822507 ) ^ pvw_imul( $h1 ^ ( $h1 >> 13 ), 3266489909 );
	$n   = ( $h2 & 2097151 ) * 4294967296 + $h1;
	$out = '';
	do {
		$out = '0123456789abcdefghijklmnopqrstuvwxyz'[ $n % 36 ] . $out;
		$n   = intdiv( $n, 36 );
	} while ( $n > 0 );
	return $out;
}

/**
 * Pre-rendered shadow content as plain HTML: without the rendering's
 * comments, slot, buttons and form controls, nor what is hidden.
 *
 * @param string $html Pre-rendered shadow content.
 * @return string
 */
function pvw_prerendered_plain( $html ) {
	$html = preg_replace( '#<!--.*?-->|</template>#s', '', $html );
	$html = preg_replace( '#<(button|select|slot|template|style|svg)\b.*?</\1\s*>#s', '', $html );
	$html = preg_replace( '#<(input|img)\b[^>]*>#', '', $html );
	return '<div class="pv-widget-text">' . trim( preg_replace( '/\s+/', ' ', $html ) ) . '</div>';
}
