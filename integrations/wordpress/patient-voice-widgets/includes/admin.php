<?php
/**
 * Settings → Patient Voice Widgets.
 *
 * @package PatientVoiceWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds the page under Settings.
 */
function pvw_add_settings_page() {
	add_options_page(
		__( 'Patient Voice Widgets', 'patient-voice-widgets' ),
		__( 'Patient Voice Widgets', 'patient-voice-widgets' ),
		'manage_options',
		'patient-voice-widgets',
		'pvw_render_settings_page'
	);
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links Existing links.
 * @return string[]
 */
function pvw_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=patient-voice-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'patient-voice-widgets' ) . '</a>' );
	return $links;
}

/**
 * Warns administrators when the library's files are missing (the plugin
 * folder was copied from the source instead of the built zip).
 */
function pvw_missing_assets_notice() {
	if ( pvw_assets_present() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	echo '<div class="notice notice-error"><p>' . esc_html__( 'Patient Voice Widgets: the widget files are missing from the plugin folder, so no widget is shown. Install the zip that the plugin\'s build writes (patient-voice-widgets.zip) instead.', 'patient-voice-widgets' ) . '</p></div>';
}

/**
 * Prints the settings page.
 */
function pvw_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$s              = pvw_settings();
	$name           = PVW_OPTION;
	$labels         = array(
		'functional' => __( 'Functional (preferences, embedded tools)', 'patient-voice-widgets' ),
		'analytics'  => __( 'Analytics (statistics, surveys and reviews)', 'patient-voice-widgets' ),
		'marketing'  => __( 'Marketing (ads on other sites)', 'patient-voice-widgets' ),
	);
	$province_names = pvw_province_names();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'pvw_settings_page' ); ?>
			<h2><?php esc_html_e( 'Consent banner', 'patient-voice-widgets' ); ?></h2>
			<p><?php esc_html_e( 'When it is on, every page of the site shows the banner until the visitor decides, and holds the scripts listed below until their category is allowed.', 'patient-voice-widgets' ); ?></p>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Banner', 'patient-voice-widgets' ); ?></th>
					<td><label><input type="checkbox" id="pvw-banner" name="<?php echo esc_attr( $name ); ?>[banner]" value="1" <?php checked( $s['banner'] ); ?>> <?php esc_html_e( 'Show the consent banner on every page', 'patient-voice-widgets' ); ?></label></td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Privacy policy address', 'patient-voice-widgets' ); ?></th>
					<td>
						<p><label for="pvw-policy-url"><?php esc_html_e( 'English pages', 'patient-voice-widgets' ); ?></label><br>
						<input type="text" class="regular-text code" id="pvw-policy-url" name="<?php echo esc_attr( $name ); ?>[policy_url]" value="<?php echo esc_attr( $s['policy_url'] ); ?>" aria-describedby="pvw-policy-url-help"></p>
						<p><label for="pvw-policy-url-fr"><?php esc_html_e( 'French pages', 'patient-voice-widgets' ); ?></label><br>
						<input type="text" class="regular-text code" id="pvw-policy-url-fr" name="<?php echo esc_attr( $name ); ?>[policy_url_fr]" value="<?php echo esc_attr( $s['policy_url_fr'] ); ?>" aria-describedby="pvw-policy-url-help"></p>
						<p class="description" id="pvw-policy-url-help"><?php esc_html_e( 'An http(s) address or a path such as /privacy, for the pages in that language (the language of the page, as Polylang or WPML set it). Empty: the privacy policy page chosen under Settings → Privacy, in the page\'s language when Polylang or WPML has a translation of it.', 'patient-voice-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="pvw-revision"><?php esc_html_e( 'Policy revision', 'patient-voice-widgets' ); ?></label></th>
					<td>
						<input type="text" class="regular-text code" id="pvw-revision" name="<?php echo esc_attr( $name ); ?>[revision]" value="<?php echo esc_attr( $s['revision'] ); ?>" aria-describedby="pvw-revision-help">
						<p class="description" id="pvw-revision-help"><?php esc_html_e( 'Change it (for example to 2026-11) when your privacy policy changes: everyone is asked again.', 'patient-voice-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Optional categories', 'patient-voice-widgets' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Optional categories', 'patient-voice-widgets' ); ?></legend>
							<?php foreach ( pvw_categories() as $category ) : ?>
								<label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[categories][]" value="<?php echo esc_attr( $category ); ?>" <?php checked( in_array( $category, (array) $s['categories'], true ) ); ?>> <?php echo esc_html( $labels[ $category ] ); ?></label><br>
							<?php endforeach; ?>
							<p class="description"><?php esc_html_e( 'Strictly necessary cookies are always on and are not a choice.', 'patient-voice-widgets' ); ?></p>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Mode', 'patient-voice-widgets' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Mode', 'patient-voice-widgets' ); ?></legend>
							<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[mode]" value="opt-in" <?php checked( 'opt-in', $s['mode'] ); ?>> <?php esc_html_e( 'Opt-in (recommended): nothing optional runs until the visitor allows it', 'patient-voice-widgets' ); ?></label><br>
							<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[mode]" value="notice" <?php checked( 'notice', $s['mode'] ); ?>> <?php esc_html_e( 'Notice: optional uses count as allowed until refused', 'patient-voice-widgets' ); ?></label>
							<p class="description"><?php esc_html_e( 'Notice mode is not valid consent for health information under Quebec\'s Law 25 or PIPEDA.', 'patient-voice-widgets' ); ?></p>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Position', 'patient-voice-widgets' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Position', 'patient-voice-widgets' ); ?></legend>
							<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[position]" value="bottom" <?php checked( 'bottom', $s['position'] ); ?>> <?php esc_html_e( 'A bar at the bottom of the window', 'patient-voice-widgets' ); ?></label><br>
							<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[position]" value="center" <?php checked( 'center', $s['position'] ); ?>> <?php esc_html_e( 'A dialog in the middle of the window', 'patient-voice-widgets' ); ?></label>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Settings button', 'patient-voice-widgets' ); ?></th>
					<td><label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[settings_button]" value="1" <?php checked( $s['settings_button'] ); ?>> <?php esc_html_e( 'Add a "Cookie settings" button at the end of every page, so visitors can change their choice', 'patient-voice-widgets' ); ?></label></td>
				</tr>
				<tr>
					<th scope="row"><label for="pvw-gated"><?php esc_html_e( 'Scripts held until consent', 'patient-voice-widgets' ); ?></label></th>
					<td>
						<textarea class="large-text code" rows="3" id="pvw-gated" name="<?php echo esc_attr( $name ); ?>[gated]" aria-describedby="pvw-gated-help"><?php echo esc_textarea( $s['gated'] ); ?></textarea>
						<p class="description" id="pvw-gated-help"><?php esc_html_e( 'One script per line: its WordPress handle (case-sensitive), then its category, e.g. "google-analytics analytics". The script runs only once the visitor allows that category.', 'patient-voice-widgets' ); ?></p>
						<?php pvw_render_held_scripts(); ?>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'Consent log', 'patient-voice-widgets' ); ?></h2>
			<p><?php esc_html_e( 'Proof of consent: when it is on, the banner sends a receipt of each choice to this site, which keeps it. A receipt holds the event, the choices, the policy revision, the language, the time and a fingerprint of the texts shown; not the IP address, not the browser.', 'patient-voice-widgets' ); ?></p>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Consent log', 'patient-voice-widgets' ); ?></th>
					<td><label><input type="checkbox" id="pvw-log" name="<?php echo esc_attr( $name ); ?>[log]" value="1" <?php checked( $s['log'] ); ?>> <?php esc_html_e( 'Keep the banner\'s consent receipts on this site (Tools → Consent log)', 'patient-voice-widgets' ); ?></label></td>
				</tr>
				<tr>
					<th scope="row"><label for="pvw-log-months"><?php esc_html_e( 'Keep receipts for', 'patient-voice-widgets' ); ?></label></th>
					<td>
						<input type="number" class="small-text" min="1" max="120" step="1" id="pvw-log-months" name="<?php echo esc_attr( $name ); ?>[log_months]" value="<?php echo esc_attr( (string) $s['log_months'] ); ?>" aria-describedby="pvw-log-months-help"> <?php esc_html_e( 'months', 'patient-voice-widgets' ); ?>
						<p class="description" id="pvw-log-months-help"><?php esc_html_e( 'Older receipts are deleted every day. Default: 36 months (3 years).', 'patient-voice-widgets' ); ?></p>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'Widgets', 'patient-voice-widgets' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="pvw-province"><?php esc_html_e( 'Default province or territory', 'patient-voice-widgets' ); ?></label></th>
					<td>
						<select id="pvw-province" name="<?php echo esc_attr( $name ); ?>[default_province]" aria-describedby="pvw-province-help">
							<option value="" <?php selected( '', $s['default_province'] ); ?>><?php esc_html_e( 'None: the visitor picks one', 'patient-voice-widgets' ); ?></option>
							<?php foreach ( $province_names as $code => $province ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $code, $s['default_province'] ); ?>><?php echo esc_html( $province ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description" id="pvw-province-help"><?php esc_html_e( 'Used by [pvw_referral_options] when the shortcode names no province.', 'patient-voice-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>

		<h2><?php esc_html_e( 'Placing widgets', 'patient-voice-widgets' ); ?></h2>
		<p><?php esc_html_e( 'Any user who can write posts can add a Shortcode block with one of these:', 'patient-voice-widgets' ); ?></p>
		<ul>
			<li><code>[pvw_referral_options province="ON"]</code></li>
			<li><code>[pvw_rights_explainer]</code></li>
			<li><code>[pvw_medical_disclaimer variant="story"]</code></li>
			<li><code>[pvw_consent_settings]</code></li>
		</ul>
		<p><?php esc_html_e( 'Or, in a Custom HTML block, a placeholder whose text shows until the widget appears:', 'patient-voice-widgets' ); ?></p>
		<p><code>&lt;div data-pv-widget="referral-options" data-province="ON"&gt;…&lt;/div&gt;</code></p>
	</div>
	<?php
}

/**
 * Lists the scripts the settings hold and, for choosing, the other scripts
 * of themes and plugins that the site's pages register.
 */
function pvw_render_held_scripts() {
	$held  = pvw_held_scripts();
	$known = pvw_known_handles();
	if ( $held ) {
		echo '<p id="pvw-held-now">' . esc_html__( 'Held now (while the banner is on):', 'patient-voice-widgets' ) . '</p><ul class="pvw-held-list">';
		foreach ( $held as $handle => $categories ) {
			$status = isset( $known[ $handle ] ) ? __( 'registered on the site\'s pages', 'patient-voice-widgets' ) : __( 'not registered on any page seen so far', 'patient-voice-widgets' );
			printf( '<li><code>%1$s</code> — %2$s (%3$s)</li>', esc_html( $handle ), esc_html( $categories ), esc_html( $status ) );
		}
		echo '</ul>';
	}
	$others = array_keys( array_diff_key( array_filter( $known ), $held, array_flip( pvw_own_handles() ) ) );
	if ( $others ) {
		echo '<details><summary>' . esc_html__( 'Other scripts of themes and plugins on the site\'s pages', 'patient-voice-widgets' ) . '</summary><p><code>' . implode( '</code> <code>', array_map( 'esc_html', $others ) ) . '</code></p></details>';
	}
}
