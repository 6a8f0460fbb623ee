import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CommandId } from '../../../../src/extension/commandIds';
import { isWebUrl, mdCodeBlock, mdCommandTarget, mdText, mdWebLink } from '../../../../src/extension/views/markdownText';
import { entraLookupLink, referenceLinks } from '../../../../src/core/errors/referenceLinks';

test('a command link target survives any argument: nothing can end the link early, and it decodes back', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (value) => {
      const target = mdCommandTarget(CommandId.copyValue, value);
      assert.match(target, /^command:authlens\.copyValue\?[^\s()<>'"[\]]*$/);
      assert.equal(JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1))), value);
    }),
  );
});

test('a fenced block cannot be closed by backticks in its content', () => {
  const block = mdCodeBlock('a ``` b ````` c');
  const fence = block.slice(0, block.indexOf('\n'));
  assert.equal(fence, '``````');
  assert.ok(block.endsWith(`\n${fence}`));
});

test('only https URLs become links', () => {
  assert.equal(isWebUrl('https://learn.microsoft.com/entra'), true);
  for (const url of [
    'javascript:alert(1)',
    'command:authlens.copyValue',
    'http://example.com',
    'file:///etc/passwd',
    'https://user:pw@example.com/',
    'not a url',
  ]) {
    assert.equal(isWebUrl(url), false, url);
  }
  assert.equal(mdWebLink('x', 'javascript:alert(1)'), 'x');
  assert.equal(mdWebLink('RFC', 'https://example.com/a(b) c'), '[RFC](https://example.com/a%28b%29%20c)');
});

test("AADSTS codes get Microsoft's live lookup; duplicates and non-https links are dropped", () => {
  assert.deepEqual(entraLookupLink('AADSTS9999999')?.url, 'https://login.microsoftonline.com/error?code=9999999');
  assert.equal(entraLookupLink('invalid_grant'), undefined);
  const links = referenceLinks('AADSTS50058', {
    code: 'AADSTS50058',
    family: 'entra',
    name: 'UserInformationNotProvided',
    summary: '',
    causes: [],
    fixes: [],
    links: [
      { title: 'a', url: 'https://login.microsoftonline.com/error?code=50058' },
      { title: 'bad', url: 'http://x.example' },
    ],
  });
  assert.deepEqual(
    links.map((link) => link.url),
    ['https://login.microsoftonline.com/error?code=50058'],
  );
  assert.deepEqual(
    referenceLinks('AADSTS1234567').map((link) => link.url),
    ['https://login.microsoftonline.com/error?code=1234567'],
  );
});

test('no text can become a theme icon: the hover renders $(name) after markdown has dropped backslash escapes', () => {
  // What VS Code does: marked turns `\\(` into `(`, then $(name) in the resulting HTML becomes an icon.
  const rendered = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const icon = /(?<!\\)\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/;
  for (const value of ['$(alert)', '$(shield-x)', '$(sync~spin)', 'a$(bug)b', '\\$(bug)']) {
    assert.doesNotMatch(rendered(mdText(value)), icon, value);
  }
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (value) => {
      assert.doesNotMatch(rendered(mdText(`$(${value})`)), icon);
    }),
  );
});
