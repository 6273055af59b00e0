<?php
/**
 * Removes the plugin's data when it is deleted from the Plugins screen: its
 * options, the consent log's table and its daily purge, on every site of a
 * network, however many there are.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/**
 * Removes the plugin's data from the current site.
 */
function pvw_uninstall_site() {
	global $wpdb;
	delete_option( 'pvw_settings' );
	delete_option( 'pvw_script_handles' );
	delete_option( 'pvw_db_version' );
	wp_clear_scheduled_hook( 'pvw_purge_consent_log' );
	// The plugin's own table; its name is not user input.
	$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . 'pvw_consent_log' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared
}

if ( is_multisite() ) {
	// Every site of every network (network_id 0), in pages of 100 sites in
	// the order of their ids, so that a large network is not loaded at once.
	$pvw_offset = 0;
	do {
		$pvw_site_ids = get_sites(
			array(
				'fields'     => 'ids',
				'number'     => 100,
				'offset'     => $pvw_offset,
				'network_id' => 0,
				'orderby'    => 'id',
				'order'      => 'ASC',
			)
		);
		foreach ( $pvw_site_ids as $pvw_site_id ) {
			switch_to_blog( (int) $pvw_site_id );
			pvw_uninstall_site();
			restore_current_blog();
		}
		$pvw_page_size = count( $pvw_site_ids );
		$pvw_offset   += $pvw_page_size;
	} while ( 100 === $pvw_page_size );
} else {
	pvw_uninstall_site();
}
