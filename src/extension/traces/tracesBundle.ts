/**
 * What dist/traces.js holds: SAML decoding (xmldom), HAR analysis and sanitizing, their views and the
 * agent's explain_har. The desktop extension loads it on the first SAML or HAR use (the build turns the
 * dynamic imports of these modules into a require of this file), so activation never parses xmldom.
 * The web bundle and the CLI keep them inline.
 */
export * from '../../core/saml/decode';
export * from '../../core/har/index';
export * from './samlHtml';
export * from './traceHtml';
export * from '../../core/agent/explainHarTool';
