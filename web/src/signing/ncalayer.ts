/**
 * NCALayer, the national CA's desktop signer, over its local WebSocket (wss://127.0.0.1:13579).
 *
 * The current API is the module `kz.gov.pki.knca.basics`, method `sign`, with named arguments;
 * it answers `{status, body: {result}}` (`status: true` without `result` = the person cancelled,
 * `status: false` = an error with `code`, `message`, `details`). Older NCALayer builds only have
 * `kz.gov.pki.knca.commonUtils` (`createCAdESFromBase64` with positional arguments), which
 * answers `{code: "200", responseObject}` (`code: "500", message: "action.canceled"` when the
 * person cancels); an NCALayer without the basics module answers
 * `{success: false, errorCode: "MODULE_NOT_FOUND"}`, and then `protocol: 'auto'` asks again the
 * old way on the same connection. Right after the socket opens NCALayer greets with
 * `{result: {version}}`; it also sends `--heartbeat--` now and then: both are skipped.
 *
 * The signature is a detached CMS (CAdES-BES) over the decoded bytes of `base64Data`, which is
 * what `POST /applications/:id/submit` and `POST /auth/eds-login` expect.
 */
import { normalizeBase64 } from './base64.ts';
import { SigningError } from './errors.ts';

export const NCALAYER_URL = 'wss://127.0.0.1:13579/';
export const BASICS_MODULE = 'kz.gov.pki.knca.basics';
export const COMMON_UTILS_MODULE = 'kz.gov.pki.knca.commonUtils';

/** Extended key usages NCALayer filters keys by: emailProtection = SIGN key, clientAuth = AUTH key. */
export const EKU = { sign: '1.3.6.1.5.5.7.3.4', auth: '1.3.6.1.5.5.7.3.2' } as const;

/** What this module needs of a WebSocket (the browser's fits; tests pass a fake). */
export interface WebSocketLike {
  onopen: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface ConnectionOptions {
  /** Default `wss://127.0.0.1:13579/`. */
  url?: string;
  /** Default `globalThis.WebSocket`. */
  WebSocket?: WebSocketConstructor;
}

export type NcaLocale = 'kk' | 'ru' | 'en';

export interface NcaSignOptions extends ConnectionOptions {
  /** SIGN key for documents (default), AUTH key for login: NCALayer offers only keys of that kind. */
  purpose?: 'sign' | 'auth';
  /** Language of NCALayer's dialog. Default 'ru'. */
  locale?: NcaLocale;
  /** 'auto' (default): basics, then commonUtils if NCALayer has no basics module. */
  protocol?: 'auto' | 'basics' | 'commonUtils';
  /**
   * Key stores NCALayer may offer (`PKCS12`, `AKKaztokenStore`, `AKKZIDCardStore`, …); null = all
   * (default). The old protocol takes one: the first, else `PKCS12`.
   */
  allowedStorages?: readonly string[] | null;
  /**
   * `signerParams.chain`: `[]` (default) lets NCALayer offer certificates of any CA, the national
   * CA's test CA included (the server decides what it trusts); null leaves the field out, so
   * NCALayer offers only certificates of the production CA.
   */
  chain?: readonly string[] | null;
  /** Ask NCALayer for a timestamp from the national CA's TSA (`tsaProfile: {}`). Default true. */
  timestamp?: boolean;
  /** How long to wait for the socket to open. Default 5000 ms. */
  connectTimeoutMs?: number;
  /** How long to wait for the signature (the person picks a key and types a password). Default none. */
  responseTimeoutMs?: number;
}

/** The `kz.gov.pki.knca.basics` `sign` request for a detached CMS over base64 data. */
export function basicsSignRequest(base64Data: string, options: NcaSignOptions = {}) {
  const purpose = options.purpose ?? 'sign';
  const chain = options.chain === undefined ? [] : options.chain;
  return {
    module: BASICS_MODULE,
    method: 'sign',
    args: {
      allowedStorages: options.allowedStorages ?? null,
      format: 'cms',
      data: base64Data,
      signingParams: {
        decode: true,
        encapsulate: false,
        digested: false,
        ...((options.timestamp ?? true) ? { tsaProfile: {} } : {}),
      },
      signerParams: {
        extKeyUsageOids: [EKU[purpose]],
        ...(chain === null ? {} : { chain: [...chain] }),
      },
      locale: options.locale ?? 'ru',
    },
  };
}

/** The legacy `kz.gov.pki.knca.commonUtils` `createCAdESFromBase64` request (detached). */
export function commonUtilsSignRequest(base64Data: string, options: NcaSignOptions = {}) {
  return {
    module: COMMON_UTILS_MODULE,
    method: 'createCAdESFromBase64',
    args: [
      options.allowedStorages?.[0] ?? 'PKCS12',
      (options.purpose ?? 'sign') === 'auth' ? 'AUTHENTICATION' : 'SIGNATURE',
      base64Data,
      false,
    ],
  };
}

function constructorOf(options: ConnectionOptions): WebSocketConstructor | null {
  return (
    options.WebSocket ?? (globalThis as unknown as { WebSocket?: WebSocketConstructor }).WebSocket ?? null
  );
}

function quietClose(socket: WebSocketLike): void {
  socket.onopen = socket.onerror = socket.onclose = socket.onmessage = null;
  try {
    socket.close();
  } catch {
    // already closed
  }
}

/**
 * Whether NCALayer answers: opens the socket and closes it again. Resolves false on an error,
 * a close or after `timeoutMs`; never throws. (A browser may take seconds to fail a connection
 * to a closed local port: keep the timeout short and show "NCALayer not found" on false.)
 */
export function isNcaLayerRunning(timeoutMs = 1500, options: ConnectionOptions = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const Ctor = constructorOf(options);
    if (Ctor === null) {
      resolve(false);
      return;
    }
    let socket: WebSocketLike;
    try {
      socket = new Ctor(options.url ?? NCALAYER_URL);
    } catch {
      resolve(false);
      return;
    }
    let done = false;
    const finish = (running: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      quietClose(socket);
      resolve(running);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.onopen = () => finish(true);
    socket.onerror = () => finish(false);
    socket.onclose = () => finish(false);
  });
}

/** A field of NCALayer's answer as text ('' when absent or not a scalar). */
const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : fallback;

type Parsed = { kind: 'skip' } | { kind: 'signature'; base64: string } | { kind: 'no-basics' };

/** Reads one message from NCALayer: a signature, "no basics module", a message to skip, or throws. */
function interpret(data: unknown): Parsed {
  if (typeof data !== 'string') return { kind: 'skip' };
  let response: unknown;
  try {
    response = JSON.parse(data);
  } catch {
    return { kind: 'skip' }; // "--heartbeat--" and the like
  }
  if (typeof response !== 'object' || response === null) return { kind: 'skip' };
  const r = response as Record<string, unknown>;
  // The greeting {result: {version}} and keep-alive {}.
  if (!('status' in r) && !('code' in r) && !('success' in r) && !('errorCode' in r)) return { kind: 'skip' };
  if (r.success === false && r.errorCode === 'MODULE_NOT_FOUND') return { kind: 'no-basics' };
  if ('status' in r) {
    if (r.status !== true) {
      if (r.code === 'MODULE_NOT_FOUND') return { kind: 'no-basics' };
      throw failed(text(r.code, 'ERROR'), text(r.message), r.details);
    }
    // Some builds answered {status: true, responseObject} before the body envelope.
    if (typeof r.responseObject === 'string' && r.responseObject.length > 0)
      return { kind: 'signature', base64: normalizeBase64(r.responseObject) };
    const body = r.body as Record<string, unknown> | undefined;
    if (body === undefined || body === null || !('result' in body))
      throw new SigningError('signing.ncalayer_canceled', 'cancelled in NCALayer');
    const result = Array.isArray(body.result) ? (body.result as unknown[])[0] : body.result;
    if (typeof result !== 'string' || result.length === 0)
      throw failed('NO_SIGNATURE', 'NCALayer answered without a signature');
    return { kind: 'signature', base64: normalizeBase64(result) };
  }
  if ('code' in r) {
    if (text(r.code) === '200' && typeof r.responseObject === 'string' && r.responseObject.length > 0)
      return { kind: 'signature', base64: normalizeBase64(r.responseObject) };
    if (r.message === 'action.canceled')
      throw new SigningError('signing.ncalayer_canceled', 'cancelled in NCALayer');
    throw failed(text(r.code, 'ERROR'), text(r.message));
  }
  throw failed(text(r.errorCode, 'ERROR'), 'NCALayer refused the request');
}

function failed(ncaCode: string, message: string, details?: unknown): SigningError {
  const detail = typeof details === 'string' && details !== '' ? ` (${details})` : '';
  return new SigningError('signing.ncalayer_failed', `NCALayer: ${ncaCode}: ${message}${detail}`, {
    ncaCode,
    message,
  });
}

/**
 * Signs the bytes `base64Data` stands for with a key the person picks in NCALayer, returning a
 * detached CMS in base64. Errors: `signing.ncalayer_unavailable` (no NCALayer),
 * `signing.ncalayer_canceled`, `signing.ncalayer_failed`, `signing.ncalayer_timeout`.
 */
export function signWithNcaLayer(base64Data: string, options: NcaSignOptions = {}): Promise<string> {
  const data = normalizeBase64(base64Data);
  const protocol = options.protocol ?? 'auto';
  return new Promise<string>((resolve, reject) => {
    const Ctor = constructorOf(options);
    if (Ctor === null) {
      reject(new SigningError('signing.ncalayer_unavailable', 'no WebSocket in this environment'));
      return;
    }
    let socket: WebSocketLike;
    try {
      socket = new Ctor(options.url ?? NCALAYER_URL);
    } catch (error) {
      reject(
        new SigningError('signing.ncalayer_unavailable', 'cannot open NCALayer socket', {}, { cause: error }),
      );
      return;
    }
    let opened = false;
    let sent: 'basics' | 'commonUtils' | null = null;
    let settled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const settle = (error: SigningError | null, signature?: string) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      quietClose(socket);
      if (error === null) resolve(signature as string);
      else reject(error);
    };
    const send = (which: 'basics' | 'commonUtils') => {
      sent = which;
      const request =
        which === 'basics' ? basicsSignRequest(data, options) : commonUtilsSignRequest(data, options);
      try {
        socket.send(JSON.stringify(request));
      } catch (error) {
        settle(new SigningError('signing.ncalayer_failed', 'cannot send to NCALayer', {}, { cause: error }));
        return;
      }
      if (options.responseTimeoutMs !== undefined)
        timers.push(
          setTimeout(
            () => settle(new SigningError('signing.ncalayer_timeout', 'NCALayer did not answer')),
            options.responseTimeoutMs,
          ),
        );
    };
    const first = protocol === 'commonUtils' ? 'commonUtils' : 'basics';
    timers.push(
      setTimeout(() => {
        if (!opened)
          settle(new SigningError('signing.ncalayer_unavailable', 'NCALayer did not open the connection'));
      }, options.connectTimeoutMs ?? 5000),
    );
    socket.onopen = () => {
      opened = true;
      // NCALayer greets first; ask after the greeting, or after a second without one.
      timers.push(
        setTimeout(() => {
          if (sent === null && !settled) send(first);
        }, 1000),
      );
    };
    socket.onerror = (event) => {
      settle(
        opened
          ? new SigningError('signing.ncalayer_failed', 'NCALayer connection error', {}, { cause: event })
          : new SigningError('signing.ncalayer_unavailable', 'NCALayer is not running', {}, { cause: event }),
      );
    };
    socket.onclose = () => {
      settle(
        opened
          ? new SigningError('signing.ncalayer_failed', 'NCALayer closed the connection')
          : new SigningError('signing.ncalayer_unavailable', 'NCALayer is not running'),
      );
    };
    socket.onmessage = (event) => {
      if (settled) return;
      let parsed: Parsed;
      try {
        parsed = interpret(event.data);
      } catch (error) {
        settle(error instanceof SigningError ? error : failed('ERROR', String(error)));
        return;
      }
      if (parsed.kind === 'signature') {
        if (sent !== null) settle(null, parsed.base64);
        return;
      }
      if (parsed.kind === 'no-basics') {
        if (sent === 'basics' && protocol === 'auto') send('commonUtils');
        else settle(failed('MODULE_NOT_FOUND', `NCALayer has no ${sent ?? first} module`));
        return;
      }
      // A greeting or a heartbeat: the first one means NCALayer is ready for the request.
      if (sent === null) send(first);
    };
  });
}
