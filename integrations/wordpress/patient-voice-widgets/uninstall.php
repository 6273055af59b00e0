<?php
/**
 * Removes the plugin's options when it is deleted from the Plugins screen:
 * on every site of a network, however many there are.
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
	delete_option( 'pvw_settings' );
	delete_option( 'pvw_script_handles' );
}

if ( is_multisite() ) {
	$pvw_offset = 0;
	do {
		// In pages of 100, so a large network does not load every site at once.
		$pvw_site_ids = get_sites(
			array(
				'fields' => 'ids',
				'number' => 100,
				'offset' => $pvw_offset,
			)
		);
		foreach ( $pvw_site_ids as $pvw_site_id ) {
			switch_to_blog( $pvw_site_id );
			pvw_uninstall_site();
			restore_current_blog();
		}
		$pvw_offset   += 100;
		$pvw_full_page = 100 === count( $pvw_site_ids );
	} while ( $pvw_full_page );
} else {
	pvw_uninstall_site();
}
