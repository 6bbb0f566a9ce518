/**
 * The e-gov payment gateway (ЭҮТШ, seed 000 Rules p. 2 3)): Ruqsat issues an invoice for a
 * fee in MCI, converted with the MCI in force on the day it is charged; the gateway later posts
 * a "paid" callback, which is trusted only when its HMAC-SHA256 signature with the shared
 * secret matches.
 *
 * A callback is applied once. The gateway retries callbacks until it gets an answer, so the
 * same transaction can arrive twice: the second one is refused with `payment.replayed` and
 * changes nothing (an HTTP handler should still answer 200 to it, so the gateway stops). A
 * wrong amount or a second, different payment of a paid invoice is refused and left for the
 * operator to reconcile: accepting it would either start a case on an underpayment or hide a
 * double charge.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { feeInTenge } from '../money/index.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import { Instant, type Clock } from './clock.ts';
import { requireId } from './id-input.ts';
import type { InvoiceRepository } from '../store/invoices.ts';

export interface InvoiceRequest {
  applicationId: string;
  /** The applicant's IIN or BIN. */
  payerId: string;
  /** The fee in MCI (АЕК), as the catalog states it. */
  mci: number;
  /** The day the fee is charged: the MCI in force on it applies. */
  date: LocalDate;
  purpose: string;
}

export interface Invoice {
  invoiceId: string;
  applicationId: string;
  payerId: string;
  purpose: string;
  date: LocalDate;
  mci: number;
  amountTenge: number;
  /** Tenge per MCI on `date`, and the budget law that set it. */
  mciValue: number;
  mciSource: string;
  payUrl: string;
}

/** What a verified callback says happened. */
export interface PaymentConfirmation {
  invoiceId: string;
  applicationId: string;
  paidAt: string;
  amountTenge: number;
  transactionId: string;
}

/** The port. */
export interface PaymentGateway {
  createInvoice(request: InvoiceRequest): Promise<Invoice>;
  /** Verifies and applies a "paid" callback: the raw body as received and its signature header. */
  verifyCallback(rawBody: string, signatureHeader: string): Promise<PaymentConfirmation>;
}

/** The callback body, as JSON. */
export const PaymentCallback = z.object({
  invoiceId: z.string().min(1),
  transactionId: z.string().min(1),
  amountTenge: z.number().int().nonnegative(),
  paidAt: Instant,
});
export type PaymentCallback = z.infer<typeof PaymentCallback>;

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

/** The signature header for a body: `sha256=` and the hex HMAC-SHA256 of the exact bytes. */
export function signCallback(rawBody: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/**
 * Whether the header is the body's signature with the secret, or with any of the secrets
 * accepted during a key change. The comparison takes the same time whatever the bytes, and
 * every secret is tried, so response times tell an attacker neither bytes nor which secret.
 */
export function isValidSignature(
  rawBody: string,
  signatureHeader: string,
  secret: string | readonly string[],
): boolean {
  const m = SIGNATURE.exec(signatureHeader.trim());
  if (m === null) return false;
  const given = Buffer.from(m[1] ?? '', 'hex');
  let valid = false;
  for (const s of typeof secret === 'string' ? [secret] : secret) {
    const expected = createHmac('sha256', s).update(rawBody, 'utf8').digest();
    if (given.length === expected.length && timingSafeEqual(given, expected)) valid = true;
  }
  return valid;
}

/** Reads a callback body whose signature was already checked; refuses what is not one. */
export function parseCallback(rawBody: string): PaymentCallback {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch (cause) {
    throw new AppError(
      'payment.malformed_callback',
      'Callback body is not JSON',
      { field: 'body' },
      { cause },
    );
  }
  const parsed = PaymentCallback.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'body';
    throw new AppError('payment.malformed_callback', `Callback field ${field} is invalid`, { field });
  }
  return parsed.data;
}

export interface PaymentGatewaySimulatorOptions {
  clock: Clock;
  /** The shared secret both sides sign with. */
  secret: string;
  /**
   * Secrets still accepted on callbacks, never used to sign: the old one while the gateway
   * moves to the new (RUQSAT_PAYMENT_SECRET_PREVIOUS).
   */
  previousSecrets?: readonly string[];
  /** Where the payer is sent; the simulator's page will live there. */
  baseUrl?: string;
}

interface InvoiceState {
  invoice: Invoice;
  paid: { transactionId: string; paidAt: string } | null;
}

/** The payer and the fee in tenge of an invoice request, or why it cannot be billed. */
function billOf(request: InvoiceRequest) {
  for (const field of ['applicationId', 'purpose'] as const) {
    if (typeof request[field] !== 'string' || request[field].trim() === '')
      throw new AppError('payment.invalid_request', `Invoice field ${field} is empty`, { field });
  }
  const payerId = requireId(request.payerId).value;
  const fee = feeInTenge(request.mci, request.date);
  if (fee.tenge === 0)
    throw new AppError('payment.zero_amount', `Fee of ${request.mci} MCI is 0 tenge`, { mci: request.mci });
  return { payerId, fee };
}

/**
 * An in-memory gateway: issues invoices, "pays" them by producing the signed callback the real
 * gateway would post, and verifies callbacks exactly as the real adapter must.
 */
export class PaymentGatewaySimulator implements PaymentGateway {
  private readonly clock: Clock;
  private readonly secret: string;
  /** `secret` first, then the previous ones. */
  private readonly accepted: readonly string[];
  private readonly baseUrl: string;
  private readonly invoices = new Map<string, InvoiceState>();
  /** Transactions applied, by id: a replay is found here whatever its body says. */
  private readonly transactions = new Map<string, string>();
  private nextInvoice = 1;
  private nextTransaction = 1;

  constructor(options: PaymentGatewaySimulatorOptions) {
    this.clock = options.clock;
    this.secret = options.secret;
    this.accepted = [options.secret, ...(options.previousSecrets ?? [])];
    this.baseUrl = (options.baseUrl ?? '/simulator/payment').replace(/\/+$/, '');
  }

  /**
   * An invoice for the fee. Asking again for the same unpaid bill (application, payer, amount,
   * purpose) returns the same invoice, so a retried request does not bill twice.
   */
  async createInvoice(request: InvoiceRequest): Promise<Invoice> {
    const { payerId, fee } = billOf(request);

    for (const s of this.invoices.values()) {
      const i = s.invoice;
      if (
        s.paid === null &&
        i.applicationId === request.applicationId &&
        i.payerId === payerId &&
        i.amountTenge === fee.tenge &&
        i.purpose === request.purpose
      )
        return { ...i };
    }
    const invoiceId = `SIM-INV-${String(this.nextInvoice++).padStart(6, '0')}`;
    const invoice: Invoice = {
      invoiceId,
      applicationId: request.applicationId,
      payerId,
      purpose: request.purpose,
      date: request.date,
      mci: request.mci,
      amountTenge: fee.tenge,
      mciValue: fee.mci.tenge,
      mciSource: fee.mci.source,
      payUrl: `${this.baseUrl}/${encodeURIComponent(invoiceId)}`,
    };
    this.invoices.set(invoiceId, { invoice, paid: null });
    return { ...invoice };
  }

  async verifyCallback(rawBody: string, signatureHeader: string): Promise<PaymentConfirmation> {
    if (!isValidSignature(rawBody, signatureHeader, this.accepted))
      throw new AppError('payment.bad_signature', 'Callback signature does not match', {});
    const callback = parseCallback(rawBody);
    const state = this.invoices.get(callback.invoiceId);
    if (state === undefined)
      throw new AppError('payment.unknown_invoice', `No invoice ${callback.invoiceId}`, {
        invoiceId: callback.invoiceId,
      });
    if (this.transactions.has(callback.transactionId))
      throw new AppError('payment.replayed', `Transaction ${callback.transactionId} already applied`, {
        transactionId: callback.transactionId,
        invoiceId: callback.invoiceId,
      });
    if (state.paid !== null)
      throw new AppError('payment.already_paid', `Invoice ${callback.invoiceId} is already paid`, {
        invoiceId: callback.invoiceId,
        transactionId: state.paid.transactionId,
      });
    if (callback.amountTenge !== state.invoice.amountTenge)
      throw new AppError(
        'payment.amount_mismatch',
        `Invoice ${callback.invoiceId}: paid ${callback.amountTenge}, due ${state.invoice.amountTenge}`,
        { invoiceId: callback.invoiceId, paid: callback.amountTenge, expected: state.invoice.amountTenge },
      );
    state.paid = { transactionId: callback.transactionId, paidAt: callback.paidAt };
    this.transactions.set(callback.transactionId, callback.invoiceId);
    return {
      invoiceId: callback.invoiceId,
      applicationId: state.invoice.applicationId,
      paidAt: callback.paidAt,
      amountTenge: callback.amountTenge,
      transactionId: callback.transactionId,
    };
  }

  findInvoice(invoiceId: string): (Invoice & { paid: boolean; transactionId: string | null }) | null {
    const state = this.invoices.get(invoiceId);
    if (state === undefined) return null;
    return { ...state.invoice, paid: state.paid !== null, transactionId: state.paid?.transactionId ?? null };
  }

  /**
   * The payer pays: the callback body and signature header the gateway would post. Nothing
   * changes until that callback is verified. `amountTenge` and `transactionId` can be
   * overridden to test an underpayment or a replay.
   */
  pay(
    invoiceId: string,
    overrides: { amountTenge?: number; transactionId?: string } = {},
  ): { rawBody: string; signatureHeader: string } {
    const state = this.invoices.get(invoiceId);
    if (state === undefined)
      throw new AppError('payment.unknown_invoice', `No invoice ${invoiceId}`, { invoiceId });
    const body: PaymentCallback = {
      invoiceId,
      transactionId: overrides.transactionId ?? `SIM-TX-${String(this.nextTransaction++).padStart(8, '0')}`,
      amountTenge: overrides.amountTenge ?? state.invoice.amountTenge,
      paidAt: this.clock().toISOString(),
    };
    const rawBody = JSON.stringify(body);
    return { rawBody, signatureHeader: signCallback(rawBody, this.secret) };
  }
}

/**
 * The gateway's side in the store (src/store/invoices.ts): invoices survive a restart and are
 * shared by every server process on the database. Callbacks are checked as by the simulator
 * (HMAC over the exact bytes, then the invoice, the amount, the transaction); of two concurrent
 * callbacks exactly one marks the invoice paid. `pay` plays the bank, as the simulator does.
 */
export class StoredPaymentGateway implements PaymentGateway {
  private readonly invoices: InvoiceRepository;
  private readonly clock: Clock;
  private readonly secret: string;
  /** `secret` first, then the previous ones. */
  private readonly accepted: readonly string[];
  private readonly baseUrl: string;

  constructor(options: PaymentGatewaySimulatorOptions & { invoices: InvoiceRepository }) {
    this.invoices = options.invoices;
    this.clock = options.clock;
    this.secret = options.secret;
    this.accepted = [options.secret, ...(options.previousSecrets ?? [])];
    this.baseUrl = (options.baseUrl ?? '/simulator/payment').replace(/\/+$/, '');
  }

  /** As the simulator's: the same unpaid bill asked for again is the same invoice. */
  async createInvoice(request: InvoiceRequest): Promise<Invoice> {
    const { payerId, fee } = billOf(request);
    const open = await this.invoices.findOpen({
      applicationId: request.applicationId,
      payerId,
      amountTenge: fee.tenge,
      purpose: request.purpose,
    });
    if (open !== undefined) {
      const { paid: _p, transactionId: _t, ...invoice } = open;
      return invoice;
    }
    const invoiceId = `INV-${randomBytes(8).toString('hex').toUpperCase()}`;
    const invoice: Invoice = {
      invoiceId,
      applicationId: request.applicationId,
      payerId,
      purpose: request.purpose,
      date: request.date,
      mci: request.mci,
      amountTenge: fee.tenge,
      mciValue: fee.mci.tenge,
      mciSource: fee.mci.source,
      payUrl: `${this.baseUrl}/${encodeURIComponent(invoiceId)}`,
    };
    await this.invoices.insert(invoice, this.clock());
    return invoice;
  }

  async verifyCallback(rawBody: string, signatureHeader: string): Promise<PaymentConfirmation> {
    if (!isValidSignature(rawBody, signatureHeader, this.accepted))
      throw new AppError('payment.bad_signature', 'Callback signature does not match', {});
    const callback = parseCallback(rawBody);
    const invoice = await this.findInvoice(callback.invoiceId);
    if (invoice === null)
      throw new AppError('payment.unknown_invoice', `No invoice ${callback.invoiceId}`, {
        invoiceId: callback.invoiceId,
      });
    const replay = () =>
      new AppError('payment.replayed', `Transaction ${callback.transactionId} already applied`, {
        transactionId: callback.transactionId,
        invoiceId: callback.invoiceId,
      });
    if (await this.invoices.transactionUsed(callback.transactionId)) throw replay();
    const alreadyPaid = (transactionId: string | null) =>
      new AppError('payment.already_paid', `Invoice ${callback.invoiceId} is already paid`, {
        invoiceId: callback.invoiceId,
        transactionId: transactionId ?? '',
      });
    if (invoice.paid) throw alreadyPaid(invoice.transactionId);
    if (callback.amountTenge !== invoice.amountTenge)
      throw new AppError(
        'payment.amount_mismatch',
        `Invoice ${callback.invoiceId}: paid ${callback.amountTenge}, due ${invoice.amountTenge}`,
        { invoiceId: callback.invoiceId, paid: callback.amountTenge, expected: invoice.amountTenge },
      );
    const outcome = await this.invoices.markPaid(callback.invoiceId, callback.transactionId, callback.paidAt);
    // The same transaction applied to another invoice in the meantime.
    if (outcome === 'transaction-used') throw replay();
    if (outcome === 'already-paid') {
      // A concurrent callback paid it first: the same transaction is a replay, another one a double payment.
      const now = await this.findInvoice(callback.invoiceId);
      if (now?.transactionId === callback.transactionId) throw replay();
      throw alreadyPaid(now?.transactionId ?? null);
    }
    return {
      invoiceId: callback.invoiceId,
      applicationId: invoice.applicationId,
      paidAt: callback.paidAt,
      amountTenge: callback.amountTenge,
      transactionId: callback.transactionId,
    };
  }

  /**
   * For a callback whose transaction already paid its invoice: what it confirmed (so the caller
   * can make sure the payment reached the application, idempotently); null for any other body.
   * The signature is checked again here.
   */
  async replayedConfirmation(rawBody: string, signatureHeader: string): Promise<PaymentConfirmation | null> {
    if (!isValidSignature(rawBody, signatureHeader, this.accepted)) return null;
    const callback = parseCallback(rawBody);
    const invoice = await this.findInvoice(callback.invoiceId);
    if (invoice?.transactionId !== callback.transactionId) return null;
    return {
      invoiceId: invoice.invoiceId,
      applicationId: invoice.applicationId,
      paidAt: callback.paidAt,
      amountTenge: callback.amountTenge,
      transactionId: callback.transactionId,
    };
  }

  async findInvoice(
    invoiceId: string,
  ): Promise<(Invoice & { paid: boolean; transactionId: string | null }) | null> {
    return (await this.invoices.find(invoiceId)) ?? null;
  }

  /** The bank's side, as in the simulator: the signed callback body the gateway would post. */
  async pay(
    invoiceId: string,
    overrides: { amountTenge?: number; transactionId?: string } = {},
  ): Promise<{ rawBody: string; signatureHeader: string }> {
    const invoice = await this.findInvoice(invoiceId);
    if (invoice === null)
      throw new AppError('payment.unknown_invoice', `No invoice ${invoiceId}`, { invoiceId });
    const body: PaymentCallback = {
      invoiceId,
      transactionId: overrides.transactionId ?? `TX-${randomBytes(8).toString('hex').toUpperCase()}`,
      amountTenge: overrides.amountTenge ?? invoice.amountTenge,
      paidAt: this.clock().toISOString(),
    };
    const rawBody = JSON.stringify(body);
    return { rawBody, signatureHeader: signCallback(rawBody, this.secret) };
  }
}
