// `npm run package`: the VSIX, through vsce's API rather than its command line, so that it never stops
// to ask a question in an interactive terminal (the repository field) nor checks the registry for a
// newer vsce. AuthLens has no public repository yet: that is said here, explicitly.
import { createVSIX } from '@vscode/vsce';

try {
  await createVSIX({
    packagePath: 'authlens.vsix',
    dependencies: false, // the bundles carry their dependencies
    rewriteRelativeLinks: false, // README pictures are packaged files, not links to a repository
    allowMissingRepository: true, // no public repository yet
  });
} catch (error) {
  console.error(`npm run package failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
