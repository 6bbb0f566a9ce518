/**
 * Issue 15, the payment simulator (demo only): `return` is where the applicant is sent after
 * paying. It must be a path on this site — "//evil", "/\evil" and the tab / line-break tricks
 * ("/%09/evil", browsers drop the tab and go to //evil; "/%0D%0A…", a header injection that was a
 * 500) are refused with 400, nothing paid; a same-site path still gets its 303.
 */
import { describe, expect, it } from 'vitest';
import { alice, loginApplicant, submittedFlag } from '../server/harness.ts';
import { securitySuite } from './suite.ts';

const suite = securitySuite('payment-redirect');

async function invoice(): Promise<string> {
  const me = await loginApplicant(suite.server().app, alice);
  const id = await submittedFlag(suite.server().app, me);
  const res = await suite.send('POST', `/api/v1/applications/${id}/payment`, {
    auth: me,
    route: '/api/v1/applications/:id/payment',
  });
  return res.json<{ invoiceId: string }>().invoiceId;
}

// As an attacker writes them in a link (already percent-encoded where they must be).
const hostile = [
  '//evil.example',
  '/\\evil.example',
  '/%5Cevil.example',
  '/%09/evil.example',
  '/%0D%0ALocation:%20https://evil.example',
  '/%0a/evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  '%2F%2Fevil.example',
  '/%E2%80%AE/evil',
  ' /cabinet',
];

describe('payment simulator return', () => {
  it(`refuses ${hostile.length} off-site returns with 400 on the page and on pay; the invoice stays unpaid`, async () => {
    const id = await invoice();
    for (const back of hostile) {
      const attack = suite.attack('open redirect through return');
      const page = await suite.send('GET', `/simulator/payment/${id}?return=${back}`, {
        route: '/simulator/payment/:invoiceId',
      });
      expect(page.status, back).toBe(400);
      const pay = await suite.send('POST', `/simulator/payment/${id}/pay?return=${back}`, {
        route: '/simulator/payment/:invoiceId/pay',
      });
      expect(pay.status, back).toBe(400);
      expect(pay.headers.get('location')).toBeNull();
      attack.held();
    }
    const page = await suite.send('GET', `/simulator/payment/${id}`, {
      route: '/simulator/payment/:invoiceId',
    });
    expect(page.text).toContain('<form');
  });

  it('a path on this site is followed with 303', async () => {
    const id = await invoice();
    const pay = await suite.send('POST', `/simulator/payment/${id}/pay?return=%2Fcabinet%3Fpaid%3D1`, {
      route: '/simulator/payment/:invoiceId/pay',
    });
    expect(pay.status).toBe(303);
    expect(pay.headers.get('location')).toBe('/cabinet?paid=1');
  });
});
