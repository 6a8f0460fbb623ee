import * as vscode from 'vscode';
import type { Log } from '../log';
import { redact } from '../../core/redact';
import { renderWebviewPage, webviewRoots } from '../views/webviewHtml';
import { FROM_WEBVIEW, type FromWebview, type ToWebview } from '../../webview/flowTester/messages';
import { CommandId } from '../commandIds';
import { dispatch, messageChecker, type Handlers } from '../../webview/shared/messageTable';
import { FlowSession, type FlowPlatform } from '../../core/flow/flowSession';
import { startLoopbackListener } from '../../node/loopback';
import { loadClientCertificate, readClientCertificateFiles } from '../../node/mtlsFetch';
import { ProfileStore } from './profileStore';
import {
  BUILTIN_DEMO_ID,
  formForOption,
  formToSaved,
  isMtlsMethod,
  parseForm,
  profileOptions,
  savedProfileId,
  storedSecretApplies,
} from '../../core/flow/profiles';
import { flowViewState } from './viewModel';
import type { FlowTesterInspection } from './flowTesterIds';

export { INSPECT_FLOW_TESTER_COMMAND, type FlowTesterInspection } from './flowTesterIds';

/**
 * The address the user's browser reaches a loopback URI of this extension host at. In a remote window VS
 * Code forwards the port (SSH, WSL, containers, Codespaces) or maps it to a proxy path (code-server).
 */
export async function browserReachableUri(local: string): Promise<string> {
  return (await vscode.env.asExternalUri(vscode.Uri.parse(local, true))).toString(true);
}

/**
 * The Flow Tester's host: what `flowTester.ts` requires (dist/flow.js) when the view first resolves or
 * the inspect command first runs. The session, the engine and oauth4webapi come with it.
 */
export function createFlowTesterProvider(context: vscode.ExtensionContext, log: Log): FlowTesterProvider {
  return new FlowTesterProvider(context, log);
}

export class FlowTesterProvider implements vscode.WebviewViewProvider {
  private view?: vscode.WebviewView;
  private session?: FlowSession;
  /** The page's script said "ready" and has not been destroyed since: messages posted now arrive. */
  private ready = false;
  /** How many times a page of this view said "ready" (a hidden view's page is recreated when shown). */
  private readyCount = 0;
  /** The last notice posted while no page listened (hidden), given to the next page. */
  private pendingNotice?: ToWebview;
  /** What the webview posts is checked against the message table; each kind of odd message is logged once. */
  private readonly check = messageChecker(FROM_WEBVIEW, (problem) => this.log.warn(`flow tester: ${problem} from the webview`));
  private selected = BUILTIN_DEMO_ID;
  private readonly store: ProfileStore;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: Log,
  ) {
    this.store = new ProfileStore(context.secrets);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    this.readyCount = 0;
    view.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(this.context.extensionUri) };
    view.webview.html = renderWebviewPage(view.webview, this.context.extensionUri, {
      title: 'Flow Tester',
      body: '<main id="app"></main>',
      script: 'flowTester',
      styles: ['flowTester.css'],
    });
    this.session?.dispose();
    this.session = new FlowSession(this.platform(), (state) => this.post({ type: 'state', state: flowViewState(state) }));
    view.webview.onDidReceiveMessage((raw: unknown) => {
      const message = this.check(raw);
      if (!message) return;
      this.handle(message).catch((error: unknown) => {
        this.log.error(error instanceof Error ? error : String(error));
        this.notify('error', `Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
    // Hidden, the page is gone: nothing is posted until the next page says "ready".
    view.onDidChangeVisibility(() => {
      if (!view.visible && this.view === view) this.ready = false;
    });
    view.onDidDispose(() => {
      if (this.view !== view) return;
      this.session?.dispose();
      this.session = undefined;
      this.view = undefined;
      this.ready = false;
    });
  }

  inspect(): FlowTesterInspection {
    return {
      resolved: this.view !== undefined,
      ready: this.ready,
      readyCount: this.readyCount,
      ...(this.session ? { state: flowViewState(this.session.snapshot()) } : {}),
    };
  }

  dispose(): void {
    this.session?.dispose();
  }

  sendProfiles(): void {
    const { profiles, problems } = this.store.read();
    const options = profileOptions(profiles);
    if (!options.some((o) => o.id === this.selected)) this.selected = options[0]?.id ?? BUILTIN_DEMO_ID;
    this.post({ type: 'init', profiles: options, selected: this.selected });
    if (problems.length) this.notify('error', `Some saved profiles were skipped: ${problems.join(' ')}`);
  }

  private async handle(message: FromWebview): Promise<void> {
    const session = this.session;
    if (!session) return;
    return dispatch(this.handlers(session), message);
  }

  /** One handler per message type of the table: a type added there and not handled here does not compile. */
  private handlers(session: FlowSession): Handlers<FromWebview, Promise<void> | void> {
    return {
      ready: async () => {
        // Every page says it once it listens; a page recreated after the view was hidden gets all again.
        this.ready = true;
        if (this.readyCount++ === 0) {
          const first = this.store.read().profiles[0];
          this.selected = first ? savedProfileId(first.name) : BUILTIN_DEMO_ID;
        }
        this.sendProfiles();
        await this.sendForm(this.selected);
        this.post({ type: 'state', state: flowViewState(session.snapshot()) });
        const notice = this.pendingNotice;
        this.pendingNotice = undefined;
        if (notice) this.post(notice);
      },
      problem: (message) => this.log.warn(`flow tester webview: ${redact(message.text)}`),
      selectProfile: (message) => {
        this.selected = message.id;
        return this.sendForm(message.id);
      },
      discover: (message) => this.run(session, message),
      start: (message) => this.run(session, message),
      saveProfile: async (message) => {
        const parsed = formToSaved(message.form);
        if (!parsed.ok) return this.notify('error', parsed.error);
        // A client_secret typed as an extra parameter goes to secret storage, never into the settings.
        const clientSecret = message.clientSecret ?? parsed.clientSecret;
        await this.store.save(parsed.value, clientSecret);
        this.selected = savedProfileId(parsed.value.name);
        this.sendProfiles();
        await this.sendForm(this.selected);
        const others = (parsed.withheld ?? []).filter((name) => name !== 'client_secret');
        const withheld = others.length
          ? ` ${others.join(', ')} ${others.length === 1 ? 'is a secret and was' : 'are secrets and were'} not saved: settings are plain text; type ${others.length === 1 ? 'it' : 'them'} again when you run the flow.`
          : '';
        return this.notify(
          'info',
          `Profile "${parsed.value.name}" saved${clientSecret ? "; its secret is in VS Code's secret storage" : ''}.${withheld}`,
        );
      },
      deleteProfile: async (message) => {
        const name = message.name.trim();
        const confirmed = await vscode.window.showWarningMessage(
          `Delete the Flow Tester profile "${name}" and its stored secret?`,
          { modal: true },
          'Delete',
        );
        if (confirmed !== 'Delete') return;
        if (!(await this.store.remove(name))) return this.notify('error', `There is no saved profile named "${name}".`);
        this.selected = BUILTIN_DEMO_ID;
        this.sendProfiles();
        await this.sendForm(this.selected);
        return this.notify('info', `Profile "${name}" deleted.`);
      },
      openBrowser: (message) => session.openBrowser(message.revision, message.params, 'open', message.force === true),
      copyAuthorizeUrl: (message) => session.openBrowser(message.revision, message.params, 'copy', message.force === true),
      explainLanding: async (message) => {
        await session.explainLanding(message.text);
      },
      copyToken: (message) => session.copyToken(message.tokenId),
      copyHttp: () => session.copyHttp(),
      exportReport: () => session.exportReport(),
      cancel: () => session.cancel(),
      reset: () => session.reset(),
      runAction: (message) => session.runAction(message.action),
      decodeToken: (message) => session.decodeToken(message.tokenId),
      copyCurl: (message) => session.copyCurl(message.stepId, message.exchange),
      openVerificationUri: () => session.openVerificationUri(),
      copyUserCode: () => session.copyUserCode(),
      pickFile: async (message) => {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: message.field === 'certFile' ? 'Use this certificate' : 'Use this key',
          title: message.field === 'certFile' ? 'Client certificate (PEM)' : 'Private key of the client certificate (PEM)',
          filters: { 'PEM files': ['pem', 'crt', 'cer', 'key'], 'All files': ['*'] },
        });
        const file = picked?.[0];
        // Only the path goes to the page: the file is read by the host when the flow starts.
        if (file) this.post({ type: 'filePicked', field: message.field, path: file.fsPath });
      },
    };
  }

  private async run(session: FlowSession, message: Extract<FromWebview, { type: 'start' | 'discover' }>): Promise<void> {
    const parsed = parseForm(message.form);
    if (!parsed.ok) return this.notify('error', parsed.error);
    const secret = message.clientSecret ?? (await this.savedSecret(message.form.name, parsed.value));
    // mTLS: the certificate authenticates; the secret field only optionally holds its key.
    if (parsed.value.authMethod !== 'none' && !isMtlsMethod(parsed.value.authMethod) && !secret) {
      return this.notify(
        'error',
        'This client authenticates with a secret: type it in the Client secret field (or save it with the profile).',
      );
    }
    this.log.info(`flow tester: ${message.type} ${parsed.value.grant} against ${parsed.value.issuer}`);
    return message.type === 'start' ? session.start(parsed.value, secret) : session.discover(parsed.value, secret);
  }

  private async sendForm(id: string): Promise<void> {
    const choice = formForOption(id, this.store.read().profiles);
    if (!choice) return this.notify('error', 'That profile no longer exists.');
    if (!choice.savedName) choice.form.redirectPort = String(this.store.redirectPortSetting());
    const secretStored = choice.savedName ? (await this.store.secret(choice.savedName)) !== undefined : false;
    this.post({ type: 'form', form: choice.form, secretStored, notes: choice.notes, ...(choice.docs ? { docs: choice.docs } : {}) });
  }

  private async savedSecret(name: string, request: { issuer: string; clientId: string }): Promise<string | undefined> {
    const trimmed = name.trim();
    if (
      !storedSecretApplies(
        this.store.read().profiles.find((p) => p.name === trimmed),
        request,
      )
    )
      return undefined;
    return this.store.secret(trimmed);
  }

  private platform(): FlowPlatform {
    return {
      startListener: startLoopbackListener,
      readClientCertificate: (certFile, key) => readClientCertificateFiles(certFile, key),
      loadClientCertificate: (pem) => loadClientCertificate(pem),
      openExternal: async (url) => {
        // A string keeps the URL byte for byte; vscode.Uri would re-encode the query.
        const open = vscode.env.openExternal as unknown as (target: vscode.Uri | string) => Thenable<boolean>;
        try {
          return await open(url);
        } catch {
          return vscode.env.openExternal(vscode.Uri.parse(url, true));
        }
      },
      copyText: async (text) => vscode.env.clipboard.writeText(text),
      askRevealSecrets: async () => {
        const reveal = 'Copy with secrets';
        const redacted = 'Copy redacted';
        const choice = await vscode.window.showWarningMessage(
          'Copy this request as curl with the real code, tokens and client secret? Anyone with the command can replay it.',
          { modal: true },
          reveal,
          redacted,
        );
        return choice === reveal ? 'reveal' : choice === redacted ? 'redacted' : undefined;
      },
      confirmCopyToken: async (label) => {
        const copy = `Copy ${label}`;
        const choice = await vscode.window.showWarningMessage(
          `Copy the ${label} to the clipboard? It is a live credential: anyone who has it can use it until it expires.`,
          { modal: true },
          copy,
        );
        return choice === copy;
      },
      openDocument: async (content, language) => {
        const document = await vscode.workspace.openTextDocument({ content, language });
        await vscode.window.showTextDocument(document, { preview: false });
      },
      decodeToken: async (token, hints) => {
        await vscode.commands.executeCommand(CommandId.decodeToken, token);
        if (hints?.verifyWith)
          await vscode.commands.executeCommand(CommandId.verifySignature, token, { kind: 'discovery', issuer: hints.verifyWith });
      },
      notify: (level, text) => this.notify(level, text),
      log: (message) => this.log.info(message),
      callbackTimeoutMs: () => this.store.timeoutMs(),
      externalUri: browserReachableUri,
    };
  }

  private notify(level: 'info' | 'error', text: string): void {
    // Error text can quote a response or a URL; the page gets it redacted, like the log.
    this.post({ type: 'notice', level, text: redact(text) });
    if (level === 'error') this.log.warn(`flow tester: ${text}`);
  }

  /** Posts only to a page that said "ready": before that nobody listens, and "ready" brings the whole state anyway. */
  private post(message: ToWebview): void {
    if (this.view && this.ready) void this.view.webview.postMessage(message);
    else if (message.type === 'notice') this.pendingNotice = message;
  }
}
