/**
 * The payment gateway's invoices (`payment_invoices`, migration 0008): they survive a restart
 * and are shared by every server process on the database. An invoice is marked paid by
 * `UPDATE … WHERE transaction_id IS NULL`, so of two concurrent callbacks exactly one applies;
 * a transaction id is unique across invoices. The gateway's rules:
 * src/integrations/payment-gateway.ts.
 */
import type pg from 'pg';

export interface InvoiceRecord {
  invoiceId: string;
  applicationId: string;
  payerId: string;
  purpose: string;
  /** YYYY-MM-DD: the day the fee is charged. */
  date: string;
  mci: number;
  amountTenge: number;
  mciValue: number;
  mciSource: string;
  payUrl: string;
}

export interface StoredInvoice extends InvoiceRecord {
  paid: boolean;
  transactionId: string | null;
}

interface InvoiceRow {
  invoice_id: string;
  application_id: string;
  payer_id: string;
  purpose: string;
  charge_date: string;
  mci: string;
  amount_tenge: string;
  mci_value: string;
  mci_source: string;
  pay_url: string;
  transaction_id: string | null;
}

const invoiceColumns = `invoice_id, application_id, payer_id, purpose, to_char(charge_date, 'YYYY-MM-DD') AS charge_date,
  mci, amount_tenge, mci_value, mci_source, pay_url, transaction_id`;

function invoiceOf(row: InvoiceRow): StoredInvoice {
  return {
    invoiceId: row.invoice_id,
    applicationId: row.application_id,
    payerId: row.payer_id,
    purpose: row.purpose,
    date: row.charge_date,
    mci: Number(row.mci),
    amountTenge: Number(row.amount_tenge),
    mciValue: Number(row.mci_value),
    mciSource: row.mci_source,
    payUrl: row.pay_url,
    paid: row.transaction_id !== null,
    transactionId: row.transaction_id,
  };
}

/** What marking an invoice paid did. */
export type PaidOutcome = 'paid' | 'already-paid' | 'transaction-used';

export class InvoiceRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** The oldest unpaid invoice of this bill, if any. */
  async findOpen(bill: {
    applicationId: string;
    payerId: string;
    amountTenge: number;
    purpose: string;
  }): Promise<StoredInvoice | undefined> {
    const { rows } = await this.pool.query<InvoiceRow>(
      `SELECT ${invoiceColumns} FROM payment_invoices
       WHERE application_id = $1 AND payer_id = $2 AND amount_tenge = $3 AND purpose = $4 AND transaction_id IS NULL
       ORDER BY created_at LIMIT 1`,
      [bill.applicationId, bill.payerId, bill.amountTenge, bill.purpose],
    );
    return rows[0] === undefined ? undefined : invoiceOf(rows[0]);
  }

  async insert(invoice: InvoiceRecord, createdAt: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO payment_invoices (invoice_id, application_id, payer_id, purpose, charge_date, mci, amount_tenge,
         mci_value, mci_source, pay_url, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        invoice.invoiceId,
        invoice.applicationId,
        invoice.payerId,
        invoice.purpose,
        invoice.date,
        invoice.mci,
        invoice.amountTenge,
        invoice.mciValue,
        invoice.mciSource,
        invoice.payUrl,
        createdAt,
      ],
    );
  }

  async find(invoiceId: string): Promise<StoredInvoice | undefined> {
    const { rows } = await this.pool.query<InvoiceRow>(
      `SELECT ${invoiceColumns} FROM payment_invoices WHERE invoice_id = $1`,
      [invoiceId],
    );
    return rows[0] === undefined ? undefined : invoiceOf(rows[0]);
  }

  /** Whether a payment transaction already paid some invoice. */
  async transactionUsed(transactionId: string): Promise<boolean> {
    const { rows } = await this.pool.query(
      'SELECT invoice_id FROM payment_invoices WHERE transaction_id = $1',
      [transactionId],
    );
    return rows.length > 0;
  }

  /**
   * Marks the invoice paid by the transaction, unless it is paid already (by a concurrent
   * callback, say) or the transaction paid another invoice meanwhile (unique violation).
   */
  async markPaid(invoiceId: string, transactionId: string, paidAt: string): Promise<PaidOutcome> {
    try {
      const { rows } = await this.pool.query(
        `UPDATE payment_invoices SET transaction_id = $2, paid_at = $3
         WHERE invoice_id = $1 AND transaction_id IS NULL RETURNING invoice_id`,
        [invoiceId, transactionId, paidAt],
      );
      return rows.length === 0 ? 'already-paid' : 'paid';
    } catch (error) {
      if ((error as { code?: string }).code === '23505') return 'transaction-used';
      throw error;
    }
  }
}
