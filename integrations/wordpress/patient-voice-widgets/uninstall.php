<?php
/**
 * Removes the plugin's settings when it is deleted from the Plugins screen.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'pv_widgets_settings' );
delete_option( 'pvw_script_handles' );

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $pvw_site_id ) {
		delete_blog_option( $pvw_site_id, 'pv_widgets_settings' );
		delete_blog_option( $pvw_site_id, 'pvw_script_handles' );
	}
}
