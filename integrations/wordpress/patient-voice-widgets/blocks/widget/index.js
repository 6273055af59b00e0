/* global wp */
/**
 * "Patient Voice widget" block for the block editor (its metadata:
 * block.json beside this file). A dynamic block: the
 * editor shows a summary and the settings in the sidebar; the page shows the
 * widget (rendered by PHP, like the shortcodes). Plain script, no build step.
 */
(function (blocks, element, blockEditor, components, i18n) {
  'use strict';
  var el = element.createElement;
  var __ = i18n.__;
  var D = 'patient-voice-widgets';

  var WIDGETS = [
    {value: 'referral-options', label: __('How to get a second opinion (referral options)', D)},
    {value: 'rights-explainer', label: __('The right to a second opinion (rights explainer)', D)},
    {value: 'medical-disclaimer', label: __('Medical disclaimer', D)},
    {value: 'consent-settings', label: __('"Cookie settings" button', D)},
  ];
  // Code → name, translated, from PHP (pvw_province_names(), printed before this script).
  var PROVINCES = (window.pvwBlock && window.pvwBlock.provinces) || {};
  var LANGS = [
    {value: '', label: __('The page’s language', D)},
    {value: 'en', label: 'English'},
    {value: 'fr', label: 'Français'},
  ];
  var HEADINGS = [{value: '', label: __('Default', D)}]
    .concat(['1', '2', '3', '4', '5', '6'].map(function (n) {
      /* translators: %s: a heading level, 1 to 6. */
      return {value: n, label: i18n.sprintf(__('Heading %s', D), n)};
    }))
    .concat([{value: 'none', label: __('Not a heading', D)}]);
  var DEFAULT_LABEL = __('Default', D);
  // Each choice's label, shown in the sidebar and in the block's summary (never the raw code).
  var CHOICES = {
    mode: {list: __('Every route at once', D), guide: __('Questions, then the routes in order', D)},
    citations: {footnotes: __('As footnotes', D), inline: __('In the text', D)},
    variant: {general: __('General information', D), story: __('Personal story', D), reviewed: __('Reviewed by a professional', D)},
  };
  var LANG_NAMES = {en: 'English', fr: 'Français'};

  /** The summary under the block's title: each setting by its label, e.g. "Québec · Questions, then the routes in order · Français". */
  function summaryOf(a) {
    var parts = [];
    if (a.widget === 'referral-options') parts.push(PROVINCES[a.province], CHOICES.mode[a.mode]);
    if (a.widget === 'rights-explainer') parts.push(CHOICES.citations[a.citations]);
    if (a.widget === 'medical-disclaimer') parts.push(CHOICES.variant[a.variant], a.org);
    if (a.compact && a.widget !== 'consent-settings') parts.push(__('Compact', D));
    parts.push(LANG_NAMES[a.lang]);
    return parts.filter(Boolean).join(' · ');
  }

  /** A select's choices: "Default", then each value with its label. */
  function options(labels) {
    return [{value: '', label: DEFAULT_LABEL}].concat(
      Object.keys(labels).map(function (v) {
        return {value: v, label: labels[v]};
      })
    );
  }

  function Edit(props) {
    var a = props.attributes;
    var set = function (name) {
      return function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      };
    };
    var select = function (name, label, choices) {
      return el(components.SelectControl, {key: name, label: label, value: a[name], options: choices, onChange: set(name)});
    };
    var text = function (name, label, help) {
      return el(components.TextControl, {key: name, label: label, help: help, value: a[name], onChange: set(name)});
    };
    var toggle = function (name, label) {
      return el(components.ToggleControl, {key: name, label: label, checked: !!a[name], onChange: set(name)});
    };

    var fields = [select('widget', __('Widget', D), WIDGETS), select('lang', __('Language', D), LANGS)];
    if (a.widget === 'referral-options') {
      fields.push(
        select('province', __('Province or territory', D), [{value: '', label: __('The site’s default, or the visitor picks one', D)}].concat(Object.keys(PROVINCES).map(function (p) {
          return {value: p, label: PROVINCES[p]};
        }))),
        select('mode', __('Mode', D), options(CHOICES.mode)),
        text('routes', __('Routes', D), __('Some of: family-doctor specialist walk-in insurance. Empty: all four.', D)),
        select('headingLevel', __('Title level', D), HEADINGS),
        toggle('compact', __('Compact: titles only', D))
      );
    } else if (a.widget === 'rights-explainer') {
      fields.push(
        select('citations', __('Sources', D), options(CHOICES.citations)),
        select('headingLevel', __('Title level', D), HEADINGS),
        toggle('compact', __('Compact callout with a “Read more” button', D)),
        toggle('open', __('Compact callout starts open', D))
      );
    } else if (a.widget === 'medical-disclaimer') {
      fields.push(
        select('variant', __('Variant', D), options(CHOICES.variant)),
        text('org', __('Organization name', D)),
        text('orgFr', __('Organization name in French', D)),
        text('reviewedBy', __('Reviewed by', D)),
        text('reviewedOn', __('Reviewed on (YYYY-MM-DD)', D)),
        select('headingLevel', __('Title level', D), HEADINGS),
        toggle('compact', __('Compact: one line and a button', D)),
        toggle('open', __('Compact form starts open', D))
      );
    }

    var current = WIDGETS.filter(function (w) {
      return w.value === a.widget;
    })[0];
    var summary = summaryOf(a);
    return el(
      'div',
      blockEditor.useBlockProps(),
      el(blockEditor.InspectorControls, null, el(components.PanelBody, {title: __('Widget settings', D), initialOpen: true}, fields)),
      el(
        components.Placeholder,
        {
          icon: 'heart',
          label: current ? current.label : __('Patient Voice widget', D),
          instructions: (summary ? summary + ' — ' : '') + __('Shown on the published page. Settings are in the sidebar.', D),
        },
        select('widget', __('Widget', D), WIDGETS)
      )
    );
  }

  // Title, attributes, apiVersion… come from block.json (registered by PHP).
  blocks.registerBlockType('patient-voice/widget', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n);
