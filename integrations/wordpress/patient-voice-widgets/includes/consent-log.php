<?php
/**
 * The consent log: proof of consent (Quebec's Law 25 asks the organisation
 * to be able to show that consent was given). When it is on, the banner's
 * `receipt-endpoint` is this plugin's REST route `pvw/v1/receipts`, which
 * checks each receipt against the banner's receipt format and keeps it in
 * the plugin's own table: the receipt only, never the IP address or the user
 * agent. Administrators read it under Tools → Consent log (admin-log.php);
 * receipts older than the retention setting are deleted daily by wp-cron.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/*
 * Every query here is on the plugin's own table (its name is
 * $wpdb->prefix . 'pvw_consent_log', never user input). The log is not cached:
 * it is written by visitors and read by administrators.
 */
// phpcs:disable WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching, WordPress.DB.PreparedSQL.InterpolatedNotPrepared

/** The table's schema version, in the option `pvw_db_version`. */
const PVW_LOG_DB_VERSION = '1';

/** The daily purge's wp-cron hook. */
const PVW_LOG_CRON = 'pvw_purge_consent_log';

/** The largest receipt accepted, in bytes (a real one is about 500). */
const PVW_LOG_MAX_BYTES = 4096;

/**
 * The log's table.
 *
 * @return string
 */
function pvw_log_table() {
	global $wpdb;
	return $wpdb->prefix . 'pvw_consent_log';
}

/**
 * Creates or updates the table (dbDelta) and records its schema version.
 */
function pvw_log_install() {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$table   = pvw_log_table();
	$charset = $wpdb->get_charset_collate();
	// dbDelta's format: two spaces after PRIMARY KEY, one key per line.
	dbDelta(
		"CREATE TABLE $table (
  log_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  receipt_id varchar(64) NOT NULL,
  prev_id varchar(64) DEFAULT NULL,
  event varchar(16) NOT NULL,
  method varchar(16) NOT NULL,
  choices text NOT NULL,
  revision varchar(64) NOT NULL,
  lang varchar(35) NOT NULL,
  lib_version varchar(32) NOT NULL,
  text_hash char(64) DEFAULT NULL,
  gpc tinyint(1) NOT NULL DEFAULT 0,
  policy_url text,
  client_time bigint(20) NOT NULL,
  received_gmt datetime NOT NULL,
  PRIMARY KEY  (log_id),
  UNIQUE KEY receipt_id (receipt_id),
  KEY received_gmt (received_gmt),
  KEY event (event)
) $charset;"
	);
	update_option( 'pvw_db_version', PVW_LOG_DB_VERSION );
}

/**
 * On every load: creates the table when its version is not the current one
 * (a new install, an update of the plugin, a site of a network where the
 * plugin was activated for the network), and schedules the daily purge.
 */
function pvw_log_maybe_upgrade() {
	if ( get_option( 'pvw_db_version' ) !== PVW_LOG_DB_VERSION ) {
		pvw_log_install();
	}
	if ( ! wp_next_scheduled( PVW_LOG_CRON ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', PVW_LOG_CRON );
	}
}

/**
 * Whether the table exists (it does not before the first load after activation).
 *
 * @return bool
 */
function pvw_log_table_exists() {
	global $wpdb;
	$table = pvw_log_table();
	return $table === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) );
}

/**
 * The REST route the banner sends its receipts to, while the log is on.
 */
function pvw_log_register_route() {
	if ( ! pvw_settings()['log'] ) {
		return;
	}
	register_rest_route(
		'pvw/v1',
		'/receipts',
		array(
			'methods'             => 'POST',
			'callback'            => 'pvw_log_receive',
			// Public: the banner sends receipts without cookies, as any visitor may.
			'permission_callback' => '__return_true',
		)
	);
}

/**
 * The endpoint's address, for the banner's `receipt-endpoint`.
 *
 * @return string
 */
function pvw_log_endpoint() {
	return rest_url( 'pvw/v1/receipts' );
}

/**
 * The rate limit: at most `requests` receipts from one client per `window` seconds.
 *
 * @return array{requests: int, window: int}
 */
function pvw_log_rate_limit() {
	/**
	 * Filters the consent log's rate limit (per client: the IP address the request comes from).
	 *
	 * @param array{requests: int, window: int} $limit At most `requests` per `window` seconds.
	 */
	$limit = apply_filters(
		'pvw_consent_log_rate_limit',
		array(
			'requests' => 60,
			'window'   => 10 * MINUTE_IN_SECONDS,
		)
	);
	return array(
		'requests' => max( 1, (int) $limit['requests'] ),
		'window'   => max( 1, (int) $limit['window'] ),
	);
}

/**
 * Counts a request against its client's window; false when over the limit.
 * The client is known by a keyed hash (HMAC with the site's secret salt) of
 * its IP address, in a transient that expires with the window: the address
 * itself is never stored, and the hash no longer than the window.
 *
 * @return bool
 */
function pvw_log_rate_ok() {
	$limit  = pvw_log_rate_limit();
	$client = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	/**
	 * Filters who a request comes from, for the rate limit (behind a reverse proxy: the visitor's address the proxy gives).
	 *
	 * @param string $client The request's IP address.
	 */
	$client = (string) apply_filters( 'pvw_consent_log_client', $client );
	$key    = 'pvw_rl_' . substr( hash_hmac( 'sha256', $client, wp_salt( 'nonce' ) ), 0, 40 );
	$now    = time();
	$state  = get_transient( $key );
	if ( ! is_array( $state ) || ! isset( $state['start'], $state['count'] ) || $state['start'] + $limit['window'] <= $now ) {
		$state = array(
			'start' => $now,
			'count' => 0,
		);
	}
	if ( $state['count'] >= $limit['requests'] ) {
		return false;
	}
	++$state['count'];
	set_transient( $key, $state, max( 1, $state['start'] + $limit['window'] - $now ) );
	return true;
}

/**
 * Checks a receipt's JSON against the banner's receipt format (version 1).
 * Pure: returns the receipt's values or what is wrong.
 *
 * @param string $body The request's body.
 * @param int    $now  The server's time (seconds since the epoch).
 * @return array{receipt: array<string, mixed>|null, problem: string}
 */
function pvw_log_parse_receipt( $body, $now ) {
	$fail = function ( $problem ) {
		return array(
			'receipt' => null,
			'problem' => $problem,
		);
	};
	$data = json_decode( $body, true );
	if ( ! is_array( $data ) || array_values( $data ) === $data ) {
		return $fail( 'not a JSON object' );
	}
	$fields = array( 'v', 'id', 'prev', 'event', 'method', 'choices', 'revision', 'lang', 'version', 'textHash', 'gpc', 'ts', 'policy' );
	$extra  = array_diff( array_keys( $data ), $fields );
	if ( $extra ) {
		return $fail( 'unknown field ' . implode( ', ', $extra ) );
	}
	$missing = array_diff( $fields, array_keys( $data ) );
	if ( $missing ) {
		return $fail( 'missing field ' . implode( ', ', $missing ) );
	}
	$id_pattern = '/^[A-Za-z0-9_-]{8,64}$/';
	$checks     = array(
		'v'        => 1 === $data['v'],
		'id'       => is_string( $data['id'] ) && preg_match( $id_pattern, $data['id'] ),
		'prev'     => null === $data['prev'] || ( is_string( $data['prev'] ) && preg_match( $id_pattern, $data['prev'] ) ),
		'event'    => in_array( $data['event'], array( 'given', 'updated', 'withdrawn', 'reset' ), true ),
		'method'   => in_array( $data['method'], array( 'accept-all', 'reject-all', 'custom', 'notice', 'gpc', 'api' ), true ),
		'revision' => is_string( $data['revision'] ) && '' !== $data['revision'] && strlen( $data['revision'] ) <= 64 && sanitize_text_field( $data['revision'] ) === $data['revision'],
		'lang'     => is_string( $data['lang'] ) && preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/', $data['lang'] ),
		'version'  => is_string( $data['version'] ) && preg_match( '/^[0-9A-Za-z.+-]{1,32}$/', $data['version'] ),
		'textHash' => null === $data['textHash'] || ( is_string( $data['textHash'] ) && preg_match( '/^[0-9a-f]{64}$/', $data['textHash'] ) ),
		'gpc'      => is_bool( $data['gpc'] ),
		// Milliseconds, from 2020 to a day ahead of this server (a browser's clock may be off).
		'ts'       => is_int( $data['ts'] ) && $data['ts'] >= 1577836800000 && $data['ts'] <= ( $now + DAY_IN_SECONDS ) * 1000,
		'policy'   => null === $data['policy'] || ( is_string( $data['policy'] ) && strlen( $data['policy'] ) <= 2048 && preg_match( '#^https?://[^\s<>"]+$#', $data['policy'] ) ),
		'choices'  => is_array( $data['choices'] ) && count( $data['choices'] ) <= 20,
	);
	foreach ( $checks as $field => $ok ) {
		if ( ! $ok ) {
			return $fail( 'bad ' . $field );
		}
	}
	$choices = array();
	foreach ( $data['choices'] as $category => $allowed ) {
		if ( ! is_string( $category ) || ! preg_match( '/^[a-z0-9_-]{1,32}$/', $category ) || 'necessary' === $category || ! is_bool( $allowed ) ) {
			return $fail( 'bad choices' );
		}
		$choices[ $category ] = $allowed;
	}
	ksort( $choices );
	$data['choices'] = $choices;
	if ( null !== $data['policy'] ) {
		$data['policy'] = esc_url_raw( $data['policy'], array( 'http', 'https' ) );
	}
	return array(
		'receipt' => $data,
		'problem' => '',
	);
}

/**
 * The REST callback: rate limit (429), size (413), format (400), then the
 * receipt is kept (201; 200 for a receipt already kept: the banner may send one twice).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function pvw_log_receive( $request ) {
	if ( ! pvw_log_rate_ok() ) {
		return new WP_Error( 'pvw_rate_limited', 'Too many receipts from this client; try again later.', array( 'status' => 429 ) );
	}
	$length = (int) $request->get_header( 'content_length' );
	$body   = (string) $request->get_body();
	if ( $length > PVW_LOG_MAX_BYTES || strlen( $body ) > PVW_LOG_MAX_BYTES ) {
		return new WP_Error( 'pvw_too_large', sprintf( 'A receipt is at most %d bytes.', PVW_LOG_MAX_BYTES ), array( 'status' => 413 ) );
	}
	$parsed = pvw_log_parse_receipt( $body, time() );
	if ( null === $parsed['receipt'] ) {
		return new WP_Error( 'pvw_bad_receipt', 'Not a consent receipt: ' . $parsed['problem'] . '.', array( 'status' => 400 ) );
	}
	if ( ! pvw_log_table_exists() ) {
		pvw_log_install();
	}
	$r     = $parsed['receipt'];
	$table = pvw_log_table();
	global $wpdb;
	// INSERT IGNORE: the first receipt of each id is kept, a second one changes nothing.
	$inserted = $wpdb->query(
		$wpdb->prepare(
			"INSERT IGNORE INTO $table (receipt_id, prev_id, event, method, choices, revision, lang, lib_version, text_hash, gpc, policy_url, client_time, received_gmt) VALUES (%s, NULLIF(%s, ''), %s, %s, %s, %s, %s, %s, NULLIF(%s, ''), %d, NULLIF(%s, ''), %d, %s)",
			$r['id'],
			(string) $r['prev'],
			$r['event'],
			$r['method'],
			wp_json_encode( (object) $r['choices'] ),
			$r['revision'],
			$r['lang'],
			$r['version'],
			(string) $r['textHash'],
			$r['gpc'] ? 1 : 0,
			(string) $r['policy'],
			$r['ts'],
			gmdate( 'Y-m-d H:i:s' )
		)
	);
	if ( false === $inserted ) {
		return new WP_Error( 'pvw_not_stored', 'The receipt could not be stored.', array( 'status' => 500 ) );
	}
	return new WP_REST_Response( array( 'stored' => 1 === $inserted ), 1 === $inserted ? 201 : 200 );
}

/**
 * The daily purge: deletes the receipts older than the retention setting, in batches.
 *
 * @return int How many were deleted.
 */
function pvw_log_purge() {
	global $wpdb;
	if ( ! pvw_log_table_exists() ) {
		return 0;
	}
	$table   = pvw_log_table();
	$months  = (int) pvw_settings()['log_months'];
	$cutoff  = gmdate( 'Y-m-d H:i:s', strtotime( '-' . $months . ' months' ) );
	$deleted = 0;
	do {
		$batch    = (int) $wpdb->query( $wpdb->prepare( "DELETE FROM $table WHERE received_gmt < %s ORDER BY received_gmt LIMIT 1000", $cutoff ) );
		$deleted += $batch;
	} while ( 1000 === $batch );
	return $deleted;
}

/**
 * The WHERE clause for the log screen's filters, and its values.
 *
 * @param array{from: string, to: string, event: string, choice: string} $filters Dates as Y-m-d (site time), an event, a `category:1` or `category:0`.
 * @return array{0: string, 1: array<int, string>}
 */
function pvw_log_where( array $filters ) {
	global $wpdb;
	$where  = array( '1=1' );
	$values = array();
	if ( '' !== $filters['from'] ) {
		$where[]  = 'received_gmt >= %s';
		$values[] = get_gmt_from_date( $filters['from'] . ' 00:00:00' );
	}
	if ( '' !== $filters['to'] ) {
		$where[]  = 'received_gmt <= %s';
		$values[] = get_gmt_from_date( $filters['to'] . ' 23:59:59' );
	}
	if ( '' !== $filters['event'] ) {
		$where[]  = 'event = %s';
		$values[] = $filters['event'];
	}
	if ( '' !== $filters['choice'] ) {
		list( $category, $allowed ) = explode( ':', $filters['choice'] );
		// Choices are stored as JSON written by this plugin: {"analytics":true,…}.
		$where[]  = 'choices LIKE %s';
		$values[] = '%' . $wpdb->esc_like( '"' . $category . '":' . ( '1' === $allowed ? 'true' : 'false' ) ) . '%';
	}
	return array( implode( ' AND ', $where ), $values );
}

/**
 * Receipts matching the filters, newest first.
 *
 * @param array{from: string, to: string, event: string, choice: string} $filters See pvw_log_where().
 * @param int                                                            $limit   How many.
 * @param int                                                            $offset  From which.
 * @return array<int, array<string, mixed>>
 */
function pvw_log_rows( array $filters, $limit, $offset ) {
	global $wpdb;
	list( $where, $values ) = pvw_log_where( $filters );
	$values[]               = (int) $limit;
	$values[]               = (int) $offset;
	// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- $where is built of placeholders only (pvw_log_where), $values has one value each.
	return $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . pvw_log_table() . " WHERE $where ORDER BY received_gmt DESC, log_id DESC LIMIT %d OFFSET %d", $values ), ARRAY_A );
}

/**
 * How many receipts match the filters.
 *
 * @param array{from: string, to: string, event: string, choice: string} $filters See pvw_log_where().
 * @return int
 */
function pvw_log_count( array $filters ) {
	global $wpdb;
	list( $where, $values ) = pvw_log_where( $filters );
	$sql                    = 'SELECT COUNT(*) FROM ' . pvw_log_table() . " WHERE $where";
	// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- $where is built of placeholders only (pvw_log_where), $values has one value each.
	return (int) $wpdb->get_var( $values ? $wpdb->prepare( $sql, $values ) : $sql );
}
// phpcs:enable
