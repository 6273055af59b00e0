<?php
/**
 * Tools → Consent log: the receipts the consent log kept, with filters,
 * pages and a CSV export. Administrators only (manage_options).
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Receipts per page of the log screen. */
const PVW_LOG_PER_PAGE = 50;

/**
 * Adds the screen under Tools.
 */
function pvw_add_log_page() {
	add_management_page(
		__( 'Consent log', 'patient-voice-widgets' ),
		__( 'Consent log', 'patient-voice-widgets' ),
		'manage_options',
		'pvw-consent-log',
		'pvw_render_log_page'
	);
}

/**
 * The events of a receipt, translated.
 *
 * @return array<string, string>
 */
function pvw_log_event_labels() {
	return array(
		'given'     => __( 'Given (first choice)', 'patient-voice-widgets' ),
		'updated'   => __( 'Updated', 'patient-voice-widgets' ),
		'withdrawn' => __( 'Withdrawn (a category refused after being allowed)', 'patient-voice-widgets' ),
		'reset'     => __( 'Reset', 'patient-voice-widgets' ),
	);
}

/**
 * How a choice was made, translated.
 *
 * @return array<string, string>
 */
function pvw_log_method_labels() {
	return array(
		'accept-all' => __( '"Accept all"', 'patient-voice-widgets' ),
		'reject-all' => __( '"Reject all"', 'patient-voice-widgets' ),
		'custom'     => __( 'Own choice in the preferences', 'patient-voice-widgets' ),
		'notice'     => __( '"Got it" (notice mode)', 'patient-voice-widgets' ),
		'gpc'        => __( 'Global Privacy Control', 'patient-voice-widgets' ),
		'api'        => __( 'By the site\'s script', 'patient-voice-widgets' ),
	);
}

/**
 * The filters of a request (the screen's form or the export's), checked.
 *
 * @param array<string, mixed> $source $_GET, unslashed.
 * @return array{from: string, to: string, event: string, choice: string}
 */
function pvw_log_filters( array $source ) {
	$get     = function ( $key ) use ( $source ) {
		return isset( $source[ $key ] ) && is_string( $source[ $key ] ) ? sanitize_text_field( $source[ $key ] ) : '';
	};
	$date    = function ( $value ) {
		return preg_match( '/^\d{4}-\d{2}-\d{2}$/', $value ) && wp_checkdate( (int) substr( $value, 5, 2 ), (int) substr( $value, 8, 2 ), (int) substr( $value, 0, 4 ), $value ) ? $value : '';
	};
	$event   = $get( 'event' );
	$choice  = $get( 'choice' );
	$choices = array();
	foreach ( pvw_categories() as $category ) {
		$choices[] = $category . ':1';
		$choices[] = $category . ':0';
	}
	return array(
		'from'   => $date( $get( 'from' ) ),
		'to'     => $date( $get( 'to' ) ),
		'event'  => isset( pvw_log_event_labels()[ $event ] ) ? $event : '',
		'choice' => in_array( $choice, $choices, true ) ? $choice : '',
	);
}

/**
 * A receipt's choices as "allowed" and "refused" lists.
 *
 * @param string $json The stored choices.
 * @return array{allowed: string[], refused: string[]}
 */
function pvw_log_choice_lists( $json ) {
	$choices = json_decode( (string) $json, true );
	$lists   = array(
		'allowed' => array(),
		'refused' => array(),
	);
	foreach ( is_array( $choices ) ? $choices : array() as $category => $allowed ) {
		$lists[ $allowed ? 'allowed' : 'refused' ][] = (string) $category;
	}
	return $lists;
}

/**
 * Prints the log screen.
 */
function pvw_render_log_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only filters of a list.
	$filters  = pvw_log_filters( wp_unslash( $_GET ) );
	$exists   = pvw_log_table_exists();
	$total    = $exists ? pvw_log_count( $filters ) : 0;
	$pages    = max( 1, (int) ceil( $total / PVW_LOG_PER_PAGE ) );
	$paged    = isset( $_GET['paged'] ) ? min( $pages, max( 1, absint( $_GET['paged'] ) ) ) : 1; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the page number of a list.
	$rows     = $exists ? pvw_log_rows( $filters, PVW_LOG_PER_PAGE, ( $paged - 1 ) * PVW_LOG_PER_PAGE ) : array();
	$settings = pvw_settings();
	$events   = pvw_log_event_labels();
	$methods  = pvw_log_method_labels();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Consent log', 'patient-voice-widgets' ); ?></h1>
		<?php if ( ! $settings['log'] ) : ?>
			<div class="notice notice-warning inline"><p>
				<?php
				printf(
					/* translators: %s: the settings page's name, a link. */
					esc_html__( 'The consent log is off: no new receipt is kept. Turn it on under %s.', 'patient-voice-widgets' ),
					'<a href="' . esc_url( admin_url( 'options-general.php?page=patient-voice-widgets' ) ) . '">' . esc_html__( 'Settings → Patient Voice Widgets', 'patient-voice-widgets' ) . '</a>'
				);
				?>
			</p></div>
		<?php endif; ?>
		<p><?php esc_html_e( 'Each row is a receipt the consent banner sent after a visitor\'s choice: the event, the choices, the policy revision, the language and a fingerprint (SHA-256) of the texts shown. No IP address, no browser and nothing else about the visitor is kept.', 'patient-voice-widgets' ); ?></p>
		<p>
			<?php
			printf(
				/* translators: %d: a number of months. */
				esc_html( _n( 'Receipts older than %d month are deleted every day.', 'Receipts older than %d months are deleted every day.', (int) $settings['log_months'], 'patient-voice-widgets' ) ),
				(int) $settings['log_months']
			);
			?>
		</p>

		<form method="get" class="pvw-log-filters">
			<input type="hidden" name="page" value="pvw-consent-log">
			<label for="pvw-log-from"><?php esc_html_e( 'From', 'patient-voice-widgets' ); ?></label>
			<input type="date" id="pvw-log-from" name="from" value="<?php echo esc_attr( $filters['from'] ); ?>">
			<label for="pvw-log-to"><?php esc_html_e( 'To', 'patient-voice-widgets' ); ?></label>
			<input type="date" id="pvw-log-to" name="to" value="<?php echo esc_attr( $filters['to'] ); ?>">
			<label for="pvw-log-event"><?php esc_html_e( 'Event', 'patient-voice-widgets' ); ?></label>
			<select id="pvw-log-event" name="event">
				<option value=""><?php esc_html_e( 'All events', 'patient-voice-widgets' ); ?></option>
				<?php foreach ( $events as $value => $label ) : ?>
					<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $value, $filters['event'] ); ?>><?php echo esc_html( $label ); ?></option>
				<?php endforeach; ?>
			</select>
			<label for="pvw-log-choice"><?php esc_html_e( 'Category', 'patient-voice-widgets' ); ?></label>
			<select id="pvw-log-choice" name="choice">
				<option value=""><?php esc_html_e( 'All choices', 'patient-voice-widgets' ); ?></option>
				<?php foreach ( pvw_categories() as $category ) : ?>
					<?php foreach ( array( '1', '0' ) as $allowed ) : ?>
						<?php $value = $category . ':' . $allowed; ?>
						<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $value, $filters['choice'] ); ?>>
							<?php
							echo esc_html(
								sprintf(
									/* translators: %s: a category (functional, analytics, marketing). */
									'1' === $allowed ? __( '%s allowed', 'patient-voice-widgets' ) : __( '%s refused', 'patient-voice-widgets' ),
									$category
								)
							);
							?>
						</option>
					<?php endforeach; ?>
				<?php endforeach; ?>
			</select>
			<?php submit_button( __( 'Filter', 'patient-voice-widgets' ), 'secondary', 'pvw-log-filter', false ); ?>
		</form>

		<form method="get" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" class="pvw-log-export">
			<input type="hidden" name="action" value="pvw_consent_log_csv">
			<?php foreach ( $filters as $key => $value ) : ?>
				<input type="hidden" name="<?php echo esc_attr( $key ); ?>" value="<?php echo esc_attr( $value ); ?>">
			<?php endforeach; ?>
			<?php wp_nonce_field( 'pvw_consent_log_csv', '_wpnonce', false ); ?>
			<p>
				<?php submit_button( __( 'Download CSV', 'patient-voice-widgets' ), 'secondary', 'pvw-log-csv', false ); ?>
				<span class="description"><?php esc_html_e( 'Every receipt matching the filters, for your records or an access request.', 'patient-voice-widgets' ); ?></span>
			</p>
		</form>

		<p class="pvw-log-count">
			<?php
			/* translators: %s: a number of receipts. */
			echo esc_html( sprintf( _n( '%s receipt', '%s receipts', $total, 'patient-voice-widgets' ), number_format_i18n( $total ) ) );
			?>
		</p>
		<table class="widefat striped pvw-log">
			<thead>
				<tr>
					<th scope="col"><?php esc_html_e( 'Received', 'patient-voice-widgets' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Event', 'patient-voice-widgets' ); ?></th>
					<th scope="col"><?php esc_html_e( 'How', 'patient-voice-widgets' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Allowed', 'patient-voice-widgets' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Refused', 'patient-voice-widgets' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Policy revision', 'patient-voice-widgets' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Language', 'patient-voice-widgets' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Receipt', 'patient-voice-widgets' ); ?></th>
				</tr>
			</thead>
			<tbody>
				<?php if ( ! $rows ) : ?>
					<tr><td colspan="8"><?php esc_html_e( 'No receipt.', 'patient-voice-widgets' ); ?></td></tr>
				<?php endif; ?>
				<?php foreach ( $rows as $row ) : ?>
					<?php $lists = pvw_log_choice_lists( $row['choices'] ); ?>
					<tr data-receipt="<?php echo esc_attr( $row['receipt_id'] ); ?>">
						<td><?php echo esc_html( get_date_from_gmt( $row['received_gmt'], get_option( 'date_format' ) . ' ' . get_option( 'time_format' ) ) ); ?></td>
						<td><?php echo esc_html( isset( $events[ $row['event'] ] ) ? $events[ $row['event'] ] : $row['event'] ); ?></td>
						<td>
							<?php echo esc_html( isset( $methods[ $row['method'] ] ) ? $methods[ $row['method'] ] : $row['method'] ); ?>
							<?php if ( $row['gpc'] ) : ?>
								<br><?php esc_html_e( '(Global Privacy Control sent)', 'patient-voice-widgets' ); ?>
							<?php endif; ?>
						</td>
						<td><?php echo esc_html( $lists['allowed'] ? implode( ', ', $lists['allowed'] ) : '—' ); ?></td>
						<td><?php echo esc_html( $lists['refused'] ? implode( ', ', $lists['refused'] ) : '—' ); ?></td>
						<td><code><?php echo esc_html( $row['revision'] ); ?></code></td>
						<td><?php echo esc_html( $row['lang'] ); ?></td>
						<td><code title="<?php echo esc_attr( (string) $row['text_hash'] ); ?>"><?php echo esc_html( $row['receipt_id'] ); ?></code></td>
					</tr>
				<?php endforeach; ?>
			</tbody>
		</table>
		<?php
		$links = paginate_links(
			array(
				'base'      => add_query_arg( 'paged', '%#%' ),
				'format'    => '',
				'current'   => $paged,
				'total'     => $pages,
				'prev_text' => __( '‹ Newer', 'patient-voice-widgets' ),
				'next_text' => __( 'Older ›', 'patient-voice-widgets' ),
			)
		);
		if ( $links ) {
			echo '<nav class="tablenav"><div class="tablenav-pages pvw-log-pages" aria-label="' . esc_attr__( 'Pages of the consent log', 'patient-voice-widgets' ) . '">' . wp_kses_post( $links ) . '</div></nav>';
		}
		?>
	</div>
	<?php
}

/**
 * A CSV cell: quoted, and with a leading apostrophe when a spreadsheet would
 * read it as a formula (=, +, -, @, tab, carriage return).
 *
 * @param mixed $value The value.
 * @return string
 */
function pvw_csv_cell( $value ) {
	$value = (string) $value;
	if ( '' !== $value && false !== strpos( "=+-@\t\r", $value[0] ) ) {
		$value = "'" . $value;
	}
	return '"' . str_replace( '"', '""', $value ) . '"';
}

/**
 * The CSV export (admin-post.php?action=pvw_consent_log_csv): the receipts matching the
 * filters as CSV (UTF-8 with a byte order mark, for spreadsheets).
 * Administrators only, with the log screen's nonce.
 */
function pvw_export_log_csv() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to export the consent log.', 'patient-voice-widgets' ), '', array( 'response' => 403 ) );
	}
	check_admin_referer( 'pvw_consent_log_csv' );
	$filters = pvw_log_filters( wp_unslash( $_GET ) );
	nocache_headers();
	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="consent-log-' . gmdate( 'Y-m-d' ) . '.csv"' );
	header( 'X-Content-Type-Options: nosniff' );
	$columns = array( 'received_utc', 'receipt_id', 'previous_id', 'event', 'method', 'allowed', 'refused', 'revision', 'language', 'library_version', 'gpc', 'text_sha256', 'policy_url', 'browser_time_utc' );
	$lines   = array( implode( ',', array_map( 'pvw_csv_cell', $columns ) ) );
	$exists  = pvw_log_table_exists();
	for ( $offset = 0; $exists; $offset += 500 ) {
		$rows = pvw_log_rows( $filters, 500, $offset );
		foreach ( $rows as $row ) {
			$lists   = pvw_log_choice_lists( $row['choices'] );
			$lines[] = implode(
				',',
				array_map(
					'pvw_csv_cell',
					array(
						str_replace( ' ', 'T', $row['received_gmt'] ) . 'Z',
						$row['receipt_id'],
						$row['prev_id'],
						$row['event'],
						$row['method'],
						implode( ' ', $lists['allowed'] ),
						implode( ' ', $lists['refused'] ),
						$row['revision'],
						$row['lang'],
						$row['lib_version'],
						$row['gpc'] ? 'yes' : 'no',
						$row['text_hash'],
						$row['policy_url'],
						gmdate( 'Y-m-d\TH:i:s\Z', (int) floor( $row['client_time'] / 1000 ) ),
					)
				)
			);
		}
		if ( count( $rows ) < 500 ) {
			break;
		}
	}
	// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CSV, each cell quoted by pvw_csv_cell(), sent as text/csv.
	echo "\xEF\xBB\xBF" . implode( "\r\n", $lines ) . "\r\n";
	exit;
}
