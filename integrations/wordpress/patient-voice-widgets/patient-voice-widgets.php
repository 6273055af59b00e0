<?php
/**
 * Plugin Name:       Patient Voice Widgets
 * Plugin URI:        https://www.npmjs.com/package/patient-voice-widgets
 * Description:       Bilingual (English/French) widgets for Canadian health nonprofits: routes to a second opinion, patient rights, medical disclaimers and a consent banner. Shortcodes and placeholders that Authors and Contributors can use; every file is served from this site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            patient-voice-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       patient-voice-widgets
 * Domain Path:       /languages
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'PVW_VERSION', '0.1.0' );
define( 'PVW_FILE', __FILE__ );
define( 'PVW_DIR', plugin_dir_path( __FILE__ ) );
define( 'PVW_URL', plugin_dir_url( __FILE__ ) );
define( 'PVW_OPTION', 'pvw_settings' );

require_once PVW_DIR . 'includes/widgets.php';
require_once PVW_DIR . 'includes/settings.php';
require_once PVW_DIR . 'includes/held-scripts.php';
require_once PVW_DIR . 'includes/assets.php';
require_once PVW_DIR . 'includes/prerendered.php';
require_once PVW_DIR . 'includes/shortcodes.php';
require_once PVW_DIR . 'includes/block.php';
require_once PVW_DIR . 'includes/admin.php';
require_once PVW_DIR . 'includes/consent-log.php';
require_once PVW_DIR . 'includes/admin-log.php';

/**
 * Adds the default settings on activation (existing settings are kept).
 */
function pvw_activate() {
	if ( false === get_option( PVW_OPTION ) ) {
		add_option( PVW_OPTION, pvw_default_settings() );
	}
}
register_activation_hook( __FILE__, 'pvw_activate' );

/**
 * Creates the consent log's table and schedules its daily purge on activation.
 */
function pvw_activate_log() {
	pvw_log_install();
	pvw_log_maybe_upgrade();
}
register_activation_hook( __FILE__, 'pvw_activate_log' );

/**
 * Stops the daily purge while the plugin is inactive (the receipts are kept).
 */
function pvw_deactivate() {
	wp_clear_scheduled_hook( PVW_LOG_CRON );
}
register_deactivation_hook( __FILE__, 'pvw_deactivate' );

/**
 * Loads the admin screens' translations, if any (languages/patient-voice-widgets-<locale>.mo).
 */
function pvw_load_textdomain() {
	load_plugin_textdomain( 'patient-voice-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}

add_action( 'init', 'pvw_load_textdomain' );
add_action( 'init', 'pvw_register_shortcodes' );
add_action( 'init', 'pvw_register_block' );
add_action( 'admin_init', 'pvw_register_setting' );
add_action( 'admin_menu', 'pvw_add_settings_page' );
add_action( 'admin_menu', 'pvw_add_log_page' );
add_action( 'init', 'pvw_log_maybe_upgrade' );
add_action( 'rest_api_init', 'pvw_log_register_route' );
add_action( 'admin_post_pvw_consent_log_csv', 'pvw_export_log_csv' );
add_action( PVW_LOG_CRON, 'pvw_log_purge' );
add_action( 'admin_notices', 'pvw_missing_assets_notice' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'pvw_action_links' );

add_action( 'wp_enqueue_scripts', 'pvw_enqueue_for_request' );
// Ahead of everything in <head> (plugins that print Google's snippet often hook at 0 or 1).
add_action( 'wp_head', 'pvw_print_consent_defaults', PHP_INT_MIN );
add_action( 'wp_body_open', 'pvw_print_banner', 1 );
add_action( 'wp_footer', 'pvw_print_banner', 1 );
add_action( 'wp_footer', 'pvw_print_settings_button', 5 );
foreach ( array( 'the_content', 'render_block', 'widget_text', 'widget_block_content' ) as $pvw_filter ) {
	add_filter( $pvw_filter, 'pvw_refuse_placeholders', 99 );
}
add_filter( 'the_content', 'pvw_detect_widgets', 100 );
add_filter( 'render_block', 'pvw_detect_widgets', 100 );
add_filter( 'widget_text', 'pvw_detect_widgets', 100 );
add_filter( 'script_loader_tag', 'pvw_script_loader_tag', 10, 2 );
add_action( 'wp_print_footer_scripts', 'pvw_record_script_handles', 100 );
